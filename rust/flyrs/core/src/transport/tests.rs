//! End-to-end tests of the client against the in-process server, on 127.0.0.1 only.

use super::test_server::{
    TestServer, CONCAT, FAIL, FAIL_DETAILS, FAIL_MESSAGE, HANG, HANGS_CANCELLED, HEADERS, LARGE,
    SLEEP,
};
use super::{block_on, CallError, ChannelConfig, Client};
use crate::services::method_by_path;
use bytes::Bytes;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};
use tokio_stream::wrappers::ReceiverStream;

const CREATE_TASK: &str = "/flyteidl.service.AdminService/CreateTask";
const GET_TASK_LOGS: &str = "/flyteidl.service.AsyncAgentService/GetTaskLogs";
const EXECUTE_TASK_SYNC: &str = "/flyteidl.service.SyncAgentService/ExecuteTaskSync";
const FIVE_SECONDS: Option<Duration> = Some(Duration::from_secs(5));

fn insecure_config(server: &TestServer) -> ChannelConfig {
    let mut config = ChannelConfig::new(format!("127.0.0.1:{}", server.port()));
    config.insecure = true;
    config.connect_timeout = Duration::from_secs(2);
    config
}

fn connect(config: &ChannelConfig) -> Client {
    Client::connect(config).expect("valid config")
}

fn unary(client: &Client, path: &str, request: &[u8]) -> Result<Bytes, CallError> {
    let request = Bytes::copy_from_slice(request);
    block_on(client.unary(path, request, FIVE_SECONDS)).expect("runtime")
}

#[test]
fn unary_round_trip_through_a_table_path() {
    let server = TestServer::start();
    let client = connect(&insecure_config(&server));
    let path = &method_by_path(CREATE_TASK).unwrap().path;
    let payload = b"\x0a\x03abc\x12\x00\xff\x00";
    assert_eq!(&unary(&client, path, payload).unwrap()[..], payload);
    // An empty message is a valid message; clones share the connection.
    assert!(unary(&client.clone(), path, b"").unwrap().is_empty());
    // A path the server does not serve is UNIMPLEMENTED.
    let err = unary(&client, "/flyteidl.service.AdminService/Nope", b"").unwrap_err();
    assert_eq!(err.code_name(), "UNIMPLEMENTED");
}

fn headers_seen(config: &ChannelConfig, timeout: Option<Duration>) -> Vec<(String, String)> {
    let client = connect(config);
    let reply = block_on(client.unary(HEADERS, Bytes::new(), timeout))
        .unwrap()
        .unwrap();
    String::from_utf8(reply.to_vec())
        .unwrap()
        .lines()
        .filter_map(|l| l.split_once(": "))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

#[test]
fn metadata_and_grpc_timeout_reach_the_server() {
    let server = TestServer::start();
    let mut config = insecure_config(&server);
    config.metadata = vec![
        ("authorization".into(), "Bearer secret-token".into()),
        ("X-Flyte-Project".into(), "flytesnacks".into()),
        ("x-trace-bin".into(), "\u{1}\u{2}".into()),
    ];
    let seen = headers_seen(&config, Some(Duration::from_millis(1500)));
    assert_eq!(header(&seen, "authorization"), Some("Bearer secret-token"));
    assert_eq!(header(&seen, "x-flyte-project"), Some("flytesnacks"));
    // Binary metadata travels base64-encoded, unpadded.
    assert_eq!(header(&seen, "x-trace-bin"), Some("AQI"));
    let timeout = header(&seen, "grpc-timeout").expect("grpc-timeout sent");
    assert_eq!(
        timeout, "1500000u",
        "1.5 s in the most precise 8-digit unit"
    );
    assert!(header(&seen, "user-agent").is_some_and(|ua| ua.starts_with("flyrs/")));

    // No deadline, no header.
    let seen = headers_seen(&config, None);
    assert_eq!(header(&seen, "grpc-timeout"), None);
}

#[test]
fn a_slow_server_yields_deadline_exceeded_at_the_deadline() {
    let server = TestServer::start();
    let client = connect(&insecure_config(&server));
    // Warm the connection so the deadline measures the call alone.
    assert_eq!(&unary(&client, SLEEP, b"0").unwrap()[..], b"0");
    let started = Instant::now();
    let deadline = Some(Duration::from_millis(200));
    let err = block_on(client.unary(SLEEP, Bytes::from_static(b"3000"), deadline))
        .unwrap()
        .unwrap_err();
    let elapsed = started.elapsed();
    assert_eq!(err.code_name(), "DEADLINE_EXCEEDED", "{err}");
    assert_eq!(err.code, 4);
    assert!(elapsed >= Duration::from_millis(190), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(1), "{elapsed:?}");
    // A call within its deadline is unaffected.
    let fast = block_on(client.unary(SLEEP, Bytes::from_static(b"10"), deadline));
    assert_eq!(&fast.unwrap().unwrap()[..], b"10");
}

#[test]
fn server_streaming_returns_every_message_in_order() {
    let server = TestServer::start();
    let client = connect(&insecure_config(&server));
    let received = block_on(async {
        let mut stream = client
            .server_streaming(GET_TASK_LOGS, Bytes::from_static(b"100"), FIVE_SECONDS)
            .await?;
        let mut received = Vec::new();
        while let Some(message) = stream.message().await {
            received.push(String::from_utf8(message?.to_vec()).unwrap());
        }
        Ok::<_, CallError>(received)
    })
    .unwrap()
    .unwrap();
    let expected: Vec<String> = (0..100).map(|i| i.to_string()).collect();
    assert_eq!(received, expected);
}

#[test]
fn server_streaming_errors_and_deadline() {
    let server = TestServer::start();
    let client = connect(&insecure_config(&server));
    // A bad request fails the stream with the server's status.
    let err = block_on(async {
        let mut stream = client
            .server_streaming(GET_TASK_LOGS, Bytes::from_static(b"x"), FIVE_SECONDS)
            .await?;
        stream.message().await.transpose()
    })
    .unwrap()
    .unwrap_err();
    assert_eq!(err.code_name(), "INVALID_ARGUMENT");

    // The deadline bounds the whole stream, not just its start.
    let (tx, rx) = tokio::sync::mpsc::channel::<Bytes>(1);
    let started = Instant::now();
    let result = block_on(async {
        let mut responses = client
            .bidi_streaming(
                EXECUTE_TASK_SYNC,
                ReceiverStream::new(rx),
                Some(Duration::from_millis(300)),
            )
            .await?;
        tx.send(Bytes::from_static(b"first")).await.unwrap();
        let first = responses.message().await.transpose()?;
        // Keep the request side open and wait past the deadline.
        let after = responses.message().await.transpose();
        Ok::<_, CallError>((first, after, responses.message().await.is_none()))
    })
    .unwrap();
    let (first, after, ended) = result.unwrap();
    assert_eq!(first.as_deref(), Some(&b"first"[..]));
    assert_eq!(after.unwrap_err().code_name(), "DEADLINE_EXCEEDED");
    assert!(ended, "nothing after DEADLINE_EXCEEDED");
    assert!(started.elapsed() < Duration::from_secs(2));
    drop(tx);
}

#[test]
fn bidirectional_echo() {
    let server = TestServer::start();
    let client = connect(&insecure_config(&server));
    // All at once.
    let requests: Vec<Bytes> = (0..20u8)
        .map(|i| Bytes::from(vec![i; i as usize]))
        .collect();
    let echoed = block_on(async {
        let mut stream = client
            .bidi_streaming(
                EXECUTE_TASK_SYNC,
                tokio_stream::iter(requests.clone()),
                FIVE_SECONDS,
            )
            .await?;
        let mut echoed = Vec::new();
        while let Some(message) = stream.message().await {
            echoed.push(message?);
        }
        Ok::<_, CallError>(echoed)
    })
    .unwrap()
    .unwrap();
    assert_eq!(echoed, requests);

    // In lock step: each reply arrives before the next request is sent.
    let replies = block_on(async {
        let (tx, rx) = tokio::sync::mpsc::channel::<Bytes>(1);
        let mut stream = client
            .bidi_streaming(EXECUTE_TASK_SYNC, ReceiverStream::new(rx), FIVE_SECONDS)
            .await?;
        let mut replies = Vec::new();
        for word in ["ping", "pong", "done"] {
            tx.send(Bytes::from(word)).await.unwrap();
            replies.push(stream.message().await.transpose()?);
        }
        drop(tx);
        let end = stream.message().await;
        Ok::<_, CallError>((replies, end.is_none()))
    })
    .unwrap()
    .unwrap();
    let words: Vec<&[u8]> = replies.0.iter().map(|r| r.as_deref().unwrap()).collect();
    assert_eq!(words, [&b"ping"[..], b"pong", b"done"]);
    assert!(replies.1, "the stream ends when the requests do");
}

#[test]
fn a_fed_request_stream_ends_or_aborts_the_call() {
    let server = TestServer::start();
    let client = connect(&insecure_config(&server));
    let (feed, requests) = crate::transport::request_channel();
    let mut stream = block_on(client.bidi_streaming_fed(EXECUTE_TASK_SYNC, requests, FIVE_SECONDS))
        .unwrap()
        .unwrap();
    // The producer is a plain thread, as a Python iterator's is.
    let producer = std::thread::spawn(move || {
        feed.send_blocking(Bytes::from_static(b"one")).unwrap();
        feed
    });
    let feed = producer.join().unwrap();
    let first = block_on(stream.message()).unwrap();
    assert_eq!(first.unwrap().unwrap(), Bytes::from_static(b"one"));
    feed.abort();
    let after = block_on(stream.message()).unwrap().unwrap();
    assert_eq!(after.unwrap_err().code_name(), "CANCELLED");
    assert!(block_on(stream.message()).unwrap().is_none());

    // Dropping the feed ends the requests, and so the echo.
    let (feed, requests) = crate::transport::request_channel();
    let mut stream = block_on(client.bidi_streaming_fed(EXECUTE_TASK_SYNC, requests, FIVE_SECONDS))
        .unwrap()
        .unwrap();
    std::thread::spawn(move || feed.send_blocking(Bytes::from_static(b"x")).unwrap())
        .join()
        .unwrap();
    let all = block_on(async {
        let mut all = Vec::new();
        while let Some(m) = stream.message().await {
            all.push(m.unwrap());
        }
        all
    })
    .unwrap();
    assert_eq!(all, [Bytes::from_static(b"x")]);
}

#[test]
fn handles_can_be_shared_across_threads() {
    // What the Python bindings rely on: a client is shared freely; a response stream
    // moves between threads (wrap it in a Mutex to share it).
    fn shared<T: Send + Sync + Clone + 'static>() {}
    fn movable<T: Send + 'static>() {}
    shared::<Client>();
    shared::<CallError>();
    movable::<super::ResponseStream>();
}

#[test]
fn client_streaming_sends_every_message() {
    let server = TestServer::start();
    let client = connect(&insecure_config(&server));
    let parts = ["flyte", "-", "remote"].map(Bytes::from);
    let joined = block_on(client.client_streaming(CONCAT, tokio_stream::iter(parts), FIVE_SECONDS))
        .unwrap()
        .unwrap();
    assert_eq!(&joined[..], b"flyte-remote");
}

#[test]
fn dropping_a_call_cancels_it_on_the_server() {
    let server = TestServer::start();
    let client = connect(&insecure_config(&server));
    let before = HANGS_CANCELLED.load(Ordering::SeqCst);
    // No deadline: only dropping the future (here, by an outer timeout) ends the call.
    let call = client.unary(HANG, Bytes::new(), None);
    let outcome =
        block_on(async { tokio::time::timeout(Duration::from_millis(200), call).await }).unwrap();
    assert!(outcome.is_err(), "the call cannot have finished");
    let started = Instant::now();
    while HANGS_CANCELLED.load(Ordering::SeqCst) == before {
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "the server never saw the cancel"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    // The connection stays usable.
    assert_eq!(
        &unary(&client, CREATE_TASK, b"still here").unwrap()[..],
        b"still here"
    );
}

#[test]
fn a_server_status_comes_back_intact() {
    let server = TestServer::start();
    let client = connect(&insecure_config(&server));
    let err = unary(&client, FAIL, b"").unwrap_err();
    assert_eq!(err.code, 5);
    assert_eq!(err.code_name(), "NOT_FOUND");
    assert_eq!(err.message, FAIL_MESSAGE);
    assert_eq!(&err.details[..], FAIL_DETAILS);
}

#[test]
fn a_closed_port_is_unavailable_without_hanging() {
    // Bound but not listening: connections are refused, and no other test's server can
    // take the port while `reserved` lives.
    let reserved = tokio::net::TcpSocket::new_v4().unwrap();
    reserved.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let port = reserved.local_addr().unwrap().port();
    let mut config = ChannelConfig::new(format!("127.0.0.1:{port}"));
    config.insecure = true;
    config.connect_timeout = Duration::from_secs(2);
    let client = connect(&config);
    let started = Instant::now();
    let err = block_on(client.unary(CREATE_TASK, Bytes::new(), None))
        .unwrap()
        .unwrap_err();
    assert_eq!(err.code_name(), "UNAVAILABLE", "{err}");
    assert!(started.elapsed() < Duration::from_secs(2));
    // The message says where and why: "127.0.0.1:PORT: tcp connect error: Connection refused ...".
    assert!(
        err.message.starts_with(&format!("127.0.0.1:{port}: ")),
        "{err}"
    );
    assert!(err.message.contains("refused"), "{err}");
}

/// A listener that accepts TCP connections and never speaks (the TLS handshake cannot
/// finish), and a client of it whose connect timeout is 300 ms.
fn silent_server() -> (std::net::TcpListener, Client) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let mut config = ChannelConfig::new(format!(
        "localhost:{}",
        listener.local_addr().unwrap().port()
    ));
    config.connect_timeout = Duration::from_millis(300);
    (listener, connect(&config))
}

#[test]
fn a_silent_server_is_unavailable_after_the_connect_timeout() {
    let (listener, client) = silent_server();
    let started = Instant::now();
    let err = block_on(client.unary(CREATE_TASK, Bytes::new(), None))
        .unwrap()
        .unwrap_err();
    let elapsed = started.elapsed();
    assert_eq!(err.code_name(), "UNAVAILABLE", "{err}");
    assert!(err.message.contains("handshake timeout"), "{err}");
    assert!(elapsed >= Duration::from_millis(250), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
    drop(listener);
}

#[test]
fn calls_waiting_on_a_failing_connect_share_its_failure() {
    // Sixteen calls at once to a silent server: one attempt to connect, whose failure all
    // of them get, rather than sixteen attempts in turn (4.8 s of connect timeouts).
    let (listener, client) = silent_server();
    let started = Instant::now();
    let failures = block_on(async {
        let mut calls = tokio::task::JoinSet::new();
        for _ in 0..16 {
            let client = client.clone();
            calls.spawn(async move { client.unary(CREATE_TASK, Bytes::new(), None).await });
        }
        let mut failures = Vec::new();
        while let Some(done) = calls.join_next().await {
            failures.push(done.unwrap().unwrap_err());
        }
        failures
    })
    .unwrap();
    let elapsed = started.elapsed();
    assert_eq!(failures.len(), 16);
    for err in &failures {
        assert_eq!(err.code_name(), "UNAVAILABLE", "{err}");
        assert!(err.message.contains("handshake timeout"), "{err}");
    }
    assert!(elapsed < Duration::from_millis(2400), "{elapsed:?}");
    // A call after the failure tries again rather than reusing it.
    let again = Instant::now();
    let err = block_on(client.unary(CREATE_TASK, Bytes::new(), None))
        .unwrap()
        .unwrap_err();
    assert_eq!(err.code_name(), "UNAVAILABLE", "{err}");
    assert!(again.elapsed() >= Duration::from_millis(250));
    drop(listener);
}

#[test]
fn a_response_over_the_receive_limit_is_resource_exhausted() {
    let server = TestServer::start();
    let mut config = insecure_config(&server);
    config.max_receive_bytes = 1024 * 1024;
    let client = connect(&config);
    let within = unary(&client, LARGE, b"1048576").unwrap();
    assert_eq!(within.len(), 1024 * 1024);
    let err = unary(&client, LARGE, b"1048577").unwrap_err();
    assert_eq!(err.code_name(), "RESOURCE_EXHAUSTED", "{err}");
    assert!(
        err.message.contains("1048577") && err.message.contains("1048576"),
        "{err}"
    );
    // The connection survives it.
    assert_eq!(&unary(&client, CREATE_TASK, b"ok").unwrap()[..], b"ok");
}

#[test]
fn malformed_endpoints_and_paths_are_errors() {
    for endpoint in ["localhost:abc", "", "ftp://host:21", "host/path:80"] {
        let mut config = ChannelConfig::new(endpoint);
        config.insecure = true;
        let err = Client::connect(&config).unwrap_err();
        assert_eq!(err.code_name(), "INVALID_ARGUMENT");
        assert!(err.message.contains(&format!("{endpoint:?}")), "{err}");
    }
    let server = TestServer::start();
    let client = connect(&insecure_config(&server));
    let err = unary(&client, "CreateTask", b"").unwrap_err();
    assert_eq!(err.code_name(), "INVALID_ARGUMENT");
}

#[test]
fn calls_outside_a_runtime_fail_instead_of_panicking() {
    let server = TestServer::start();
    let client = connect(&insecure_config(&server));
    let call = client.unary(CREATE_TASK, Bytes::new(), FIVE_SECONDS);
    // Poll it on a bare executor: no tokio context.
    let waker = std::task::Waker::noop();
    let mut cx = std::task::Context::from_waker(waker);
    let mut call = std::pin::pin!(call);
    match std::future::Future::poll(call.as_mut(), &mut cx) {
        std::task::Poll::Ready(Err(err)) => assert_eq!(err.code_name(), "FAILED_PRECONDITION"),
        other => panic!("expected an error, got {other:?}"),
    }
}

mod tls {
    use super::*;
    use rcgen::{generate_simple_self_signed, CertifiedKey};

    fn certificate(name: &str) -> (String, String) {
        let CertifiedKey { cert, signing_key } =
            generate_simple_self_signed(vec![name.to_string()]).unwrap();
        (cert.pem(), signing_key.serialize_pem())
    }

    fn tls_config(server: &TestServer, ca: Option<&str>) -> ChannelConfig {
        let mut config = ChannelConfig::new(format!("localhost:{}", server.port()));
        config.ca_cert_pem = ca.map(|pem| pem.as_bytes().to_vec());
        config.connect_timeout = Duration::from_secs(2);
        config
    }

    fn call(config: &ChannelConfig) -> Result<Bytes, CallError> {
        let client = connect(config);
        unary(&client, CREATE_TASK, b"over tls")
    }

    #[test]
    fn the_given_ca_is_trusted() {
        let (cert, key) = certificate("localhost");
        let server = TestServer::start_tls(&cert, &key);
        assert_eq!(
            &call(&tls_config(&server, Some(&cert))).unwrap()[..],
            b"over tls"
        );
        let mut https = tls_config(&server, Some(&cert));
        https.endpoint = format!("https://localhost:{}", server.port());
        assert_eq!(&call(&https).unwrap()[..], b"over tls");
    }

    #[test]
    fn an_unknown_issuer_is_refused() {
        let (cert, key) = certificate("localhost");
        let server = TestServer::start_tls(&cert, &key);
        let started = Instant::now();
        let err = call(&tls_config(&server, None)).unwrap_err();
        assert_eq!(err.code_name(), "UNAVAILABLE", "{err}");
        assert!(started.elapsed() < Duration::from_secs(2));
        // Another self-signed CA does not vouch for it either.
        let (other, _) = certificate("localhost");
        let err = call(&tls_config(&server, Some(&other))).unwrap_err();
        assert_eq!(err.code_name(), "UNAVAILABLE", "{err}");
    }

    #[test]
    fn a_name_not_in_the_certificate_is_refused() {
        let (cert, key) = certificate("example.test");
        let server = TestServer::start_tls(&cert, &key);
        let err = call(&tls_config(&server, Some(&cert))).unwrap_err();
        assert_eq!(err.code_name(), "UNAVAILABLE", "{err}");
    }

    #[test]
    fn plaintext_to_a_tls_server_fails() {
        let (cert, key) = certificate("localhost");
        let server = TestServer::start_tls(&cert, &key);
        let mut config = insecure_config(&server);
        config.endpoint = format!("localhost:{}", server.port());
        let started = Instant::now();
        let err = call(&config).unwrap_err();
        // The TLS server rejects the HTTP/2 preface. tonic reports that as an h2 protocol
        // error: INTERNAL when its "server" feature is on (these tests), UNKNOWN otherwise,
        // which the mapping makes UNAVAILABLE. Either way: an error, at once.
        assert!(
            ["UNAVAILABLE", "INTERNAL"].contains(&err.code_name()),
            "{err}"
        );
        assert!(started.elapsed() < Duration::from_secs(2), "{err}");
    }

    /// A chain for `name`: root CA, intermediate CA, leaf. Returns the chain the server
    /// presents (leaf and intermediate), the leaf's key, and the root.
    fn chain(name: &str) -> (String, String, String) {
        use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};
        let ca = |cn: &str| {
            let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
            params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
            params.distinguished_name.push(DnType::CommonName, cn);
            params
        };
        let root = CertifiedIssuer::self_signed(ca("root"), KeyPair::generate().unwrap()).unwrap();
        let intermediate =
            CertifiedIssuer::signed_by(ca("intermediate"), KeyPair::generate().unwrap(), &root)
                .unwrap();
        let key = KeyPair::generate().unwrap();
        let leaf = CertificateParams::new(vec![name.to_string()])
            .unwrap()
            .signed_by(&key, &intermediate)
            .unwrap();
        (
            format!("{}{}", leaf.pem(), intermediate.pem()),
            key.serialize_pem(),
            root.pem(),
        )
    }

    #[test]
    fn skip_verify_trusts_a_whole_chain_on_first_use() {
        let (presented, key, root) = chain("localhost");
        let server = TestServer::start_tls(&presented, &key);
        // The chain is a real one: the root verifies it.
        assert!(call(&tls_config(&server, Some(&root))).is_ok());
        assert!(call(&tls_config(&server, None)).is_err());
        let mut skip = tls_config(&server, None);
        skip.insecure_skip_verify = true;
        assert_eq!(&call(&skip).unwrap()[..], b"over tls");
        // The name need not match either: it is the first certificate that is trusted.
        skip.endpoint = format!("127.0.0.1:{}", server.port());
        assert_eq!(&call(&skip).unwrap()[..], b"over tls");
        let chain = block_on(crate::transport::tls::presented_chain(
            &format!("127.0.0.1:{}", server.port()),
            "localhost",
            Duration::from_secs(2),
        ))
        .unwrap()
        .unwrap();
        assert_eq!(chain.len(), 2, "leaf and intermediate");
    }

    #[test]
    fn a_pinned_certificate_may_not_change() {
        use crate::transport::tls::TrustOnFirstUse;
        use rustls::client::danger::ServerCertVerifier;
        use rustls::pki_types::pem::PemObject;
        use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
        use std::sync::Arc;
        let der = |pem: &str| CertificateDer::from_pem_slice(pem.as_bytes()).unwrap();
        let (first, _) = certificate("localhost");
        let (second, _) = certificate("localhost");
        let verifier = TrustOnFirstUse::new(Arc::new(rustls::crypto::ring::default_provider()));
        let name = ServerName::try_from("localhost").unwrap();
        let check =
            |pem: &str| verifier.verify_server_cert(&der(pem), &[], &name, &[], UnixTime::now());
        assert!(check(&first).is_ok());
        assert!(check(&first).is_ok());
        let changed = check(&second).unwrap_err().to_string();
        assert!(
            changed.contains("changed since it was first trusted"),
            "{changed}"
        );
    }

    #[test]
    fn a_ca_without_certificates_is_rejected_up_front() {
        let mut config = ChannelConfig::new("localhost:443");
        config.ca_cert_pem = Some(b"not a certificate".to_vec());
        let err = Client::connect(&config).unwrap_err();
        assert_eq!(err.code_name(), "INVALID_ARGUMENT");
    }
}

mod credentials {
    use super::*;
    use crate::transport::credentials::BoxFuture;
    use crate::transport::test_server::AUTHORIZED;
    use crate::transport::{CallCredentials, CallHeaders};
    use std::sync::atomic::AtomicU64;
    use std::sync::Arc;

    /// Sends `Bearer stale` until refused once, then `Bearer good` (unless `never_good`).
    #[derive(Default)]
    struct Renewing {
        generation: AtomicU64,
        renewals: AtomicU64,
        asked: AtomicU64,
        never_good: bool,
    }

    impl CallCredentials for Renewing {
        fn headers(&self) -> BoxFuture<'_, Result<CallHeaders, CallError>> {
            self.asked.fetch_add(1, Ordering::SeqCst);
            let generation = self.generation.load(Ordering::SeqCst);
            let token = if generation == 0 || self.never_good {
                "Bearer stale"
            } else {
                "Bearer good"
            };
            let pairs = vec![("authorization".parse().unwrap(), token.parse().unwrap())];
            Box::pin(async move { Ok(CallHeaders { generation, pairs }) })
        }

        fn refused(&self, generation: u64) -> BoxFuture<'_, Result<bool, CallError>> {
            // As an authenticator does: only the first refusal of a generation renews.
            if self
                .generation
                .compare_exchange(
                    generation,
                    generation + 1,
                    Ordering::SeqCst,
                    Ordering::SeqCst,
                )
                .is_ok()
            {
                self.renewals.fetch_add(1, Ordering::SeqCst);
            }
            Box::pin(async { Ok(true) })
        }
    }

    #[test]
    fn a_refused_call_renews_once_and_is_made_once_more() {
        let server = TestServer::start();
        let credentials = Arc::new(Renewing::default());
        let client = connect(&insecure_config(&server)).with_credentials(credentials.clone());
        let calls: Vec<_> = (0..20)
            .map(|i| {
                let client = client.clone();
                std::thread::spawn(move || unary(&client, AUTHORIZED, &[i]))
            })
            .collect();
        for (i, call) in calls.into_iter().enumerate() {
            assert_eq!(&call.join().unwrap().unwrap()[..], &[i as u8]);
        }
        assert_eq!(credentials.renewals.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn a_call_refused_again_fails_without_a_loop() {
        let server = TestServer::start();
        let credentials = Arc::new(Renewing {
            never_good: true,
            ..Renewing::default()
        });
        let client = connect(&insecure_config(&server)).with_credentials(credentials.clone());
        let err = unary(&client, AUTHORIZED, b"x").unwrap_err();
        assert_eq!(err.code_name(), "UNAUTHENTICATED");
        assert_eq!(err.message, "bad token");
        assert_eq!(credentials.asked.load(Ordering::SeqCst), 2, "one retry");
        assert_eq!(credentials.renewals.load(Ordering::SeqCst), 1);
    }
}

#[test]
fn a_forked_child_runs_its_own_runtime_and_refuses_the_parents_clients() {
    let server = TestServer::start();
    let parents = connect(&insecure_config(&server));
    assert_eq!(
        &unary(&parents, CREATE_TASK, b"before").unwrap()[..],
        b"before"
    );
    // SAFETY: the child only makes calls and exits with `_exit`, never returning into the
    // test harness.
    let pid = unsafe { libc::fork() };
    assert!(pid >= 0, "fork failed");
    if pid == 0 {
        // A client made before the fork says so at once; a new one works (on a runtime of
        // the child's own), against the server the parent still runs.
        let inherited = matches!(unary(&parents, CREATE_TASK, b"x"),
            Err(e) if e.code_name() == "FAILED_PRECONDITION" && e.message.contains("forked"));
        let fresh = connect(&insecure_config(&server));
        let works = unary(&fresh, CREATE_TASK, b"child").is_ok_and(|r| &r[..] == b"child");
        let code = if inherited && works { 0 } else { 1 };
        // SAFETY: `_exit` skips atexit handlers and destructors inherited from the parent.
        unsafe { libc::_exit(code) };
    }
    let started = Instant::now();
    let mut status = 0;
    loop {
        // SAFETY: waiting on our own child.
        let done = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
        if done == pid {
            break;
        }
        if started.elapsed() > Duration::from_secs(5) {
            // SAFETY: killing our own child.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            panic!("the forked child hung");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "child status {status}"
    );
}
