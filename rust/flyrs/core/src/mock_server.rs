//! A programmable gRPC server for tests and benchmarks that serves every RPC of the nine
//! `flyteidl.service` services, moving encoded messages like the client does.
//!
//! Per RPC a caller programs a [`Reply`]: the response messages (one for a unary call,
//! any number for a stream), optionally followed by an error status, after an optional
//! delay. Every call is recorded as a [`Received`]: the request messages, the metadata and
//! the deadline the client sent; the record keeps the latest [`RECORD_LIMIT`] calls, so a
//! server left running under load (a benchmark, a soak) does not grow. An RPC with no
//! reply programmed answers UNIMPLEMENTED, unless the server was told to answer empty
//! messages ([`MockServer::reply_empty`]).

use crate::server::{answer_by_kind, serve, BoxFuture, ServerTls, Serving};
use crate::services::{method_by_path, Method, MethodKind};
use crate::transport::error::CallError;
use bytes::Bytes;
use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tokio_stream::Stream;
use tonic::body::Body;
use tonic::metadata::MetadataMap;
use tonic::server::{ServerStreamingService, StreamingService, UnaryService};
use tonic::{Code, Request, Response, Status, Streaming};

/// What the server answers to one RPC.
#[derive(Clone, Debug, Default)]
pub struct Reply {
    /// Encoded response messages: exactly one for a unary RPC unless `error` is set.
    pub messages: Vec<Bytes>,
    /// A status to end the call with, after `messages` for a stream.
    pub error: Option<CallError>,
    /// How long to wait, once the request has arrived, before answering.
    pub delay: Duration,
}

/// One call the server received.
#[derive(Clone, Debug)]
pub struct Received {
    /// `/package.Service/Method`.
    pub path: String,
    /// The request messages, as sent (one for unary and server-streaming RPCs).
    pub messages: Vec<Bytes>,
    /// Every request header but the HTTP/2 pseudo-headers, in arrival order; `-bin`
    /// values as sent (base64).
    pub metadata: Vec<(String, Vec<u8>)>,
    /// The deadline the client sent in `grpc-timeout`, if any.
    pub timeout: Option<Duration>,
}

/// How many of the latest calls the record keeps.
pub const RECORD_LIMIT: usize = 10_000;

#[derive(Default)]
struct State {
    /// Per path, the replies still to give; the last one is repeated.
    replies: Mutex<HashMap<String, VecDeque<Reply>>>,
    /// The latest calls, oldest first, at most [`RECORD_LIMIT`].
    received: Mutex<VecDeque<Received>>,
    /// The paths of calls the client cancelled (or dropped) before their reply.
    cancelled: Mutex<Vec<String>>,
    reply_empty: AtomicBool,
}

/// Records a call as cancelled if its handler is dropped before it answers: hyper drops
/// the handler when the client resets the stream.
struct Unanswered<'a> {
    state: &'a State,
    method: &'a Method,
    answered: bool,
}

impl Unanswered<'_> {
    async fn wait(mut self, by: Duration) {
        delay(by).await;
        self.answered = true;
    }
}

impl Drop for Unanswered<'_> {
    fn drop(&mut self) {
        if !self.answered {
            lock(&self.state.cancelled).push(self.method.path.clone());
        }
    }
}

/// Locks that survive a panicking holder: the data (replies, records) stays consistent.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl State {
    fn reply_for(&self, method: &Method) -> Reply {
        if let Some(queue) = lock(&self.replies).get_mut(&method.path) {
            if queue.len() > 1 {
                if let Some(reply) = queue.pop_front() {
                    return reply;
                }
            }
            if let Some(reply) = queue.front() {
                return reply.clone();
            }
        }
        if self.reply_empty.load(Ordering::Relaxed) {
            let messages = match method.kind {
                MethodKind::Unary | MethodKind::ClientStreaming => vec![Bytes::new()],
                _ => Vec::new(),
            };
            return Reply {
                messages,
                ..Reply::default()
            };
        }
        Reply {
            error: Some(CallError::new(
                Code::Unimplemented,
                format!("no reply programmed for {}", method.path),
            )),
            ..Reply::default()
        }
    }

    /// Waits `by` before answering `method`, noting the call if it is cancelled meanwhile.
    async fn before_reply(&self, method: &Method, by: Duration) {
        Unanswered {
            state: self,
            method,
            answered: false,
        }
        .wait(by)
        .await
    }

    fn record(&self, method: &Method, metadata: &MetadataMap, messages: Vec<Bytes>) {
        let headers = metadata.as_ref();
        let timeout = headers
            .get("grpc-timeout")
            .and_then(|v| crate::server::parse_grpc_timeout(v.as_bytes()));
        let metadata = headers
            .iter()
            .map(|(k, v)| (k.as_str().to_string(), v.as_bytes().to_vec()))
            .collect();
        // Copies: a decoded message shares the connection's read buffer, which a record
        // kept for long would pin, kilobytes per call.
        let messages = messages.iter().map(|m| Bytes::copy_from_slice(m)).collect();
        let mut received = lock(&self.received);
        if received.len() == RECORD_LIMIT {
            received.pop_front();
        }
        received.push_back(Received {
            path: method.path.clone(),
            messages,
            metadata,
            timeout,
        });
    }
}

/// A running server; it stops when [`MockServer::stop`] is called or it is dropped.
pub struct MockServer {
    serving: Serving,
    state: Arc<State>,
}

impl MockServer {
    /// Binds `addr` (port 0 picks a free one) and serves there, with `tls` if given.
    pub fn start(addr: SocketAddr, tls: Option<ServerTls>) -> Result<MockServer, CallError> {
        let state = Arc::new(State::default());
        let answering = Arc::clone(&state);
        let serving = serve(addr, tls, move |request| {
            Box::pin(route(Arc::clone(&answering), request))
        })?;
        Ok(MockServer { serving, state })
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.serving.addr()
    }

    /// Programs the reply of the RPC at `path`, replacing any earlier ones.
    pub fn set_reply(&self, path: &str, reply: Reply) -> Result<(), CallError> {
        self.program(path, reply, false)
    }

    /// Queues a reply for the RPC at `path` after those programmed already: each call takes
    /// the next one, and the last is repeated.
    pub fn queue_reply(&self, path: &str, reply: Reply) -> Result<(), CallError> {
        self.program(path, reply, true)
    }

    fn program(&self, path: &str, reply: Reply, queue: bool) -> Result<(), CallError> {
        let method = method_by_path(path).ok_or_else(|| {
            CallError::invalid_argument(format!("{path:?} is not an RPC of flyteidl.service"))
        })?;
        let single = matches!(method.kind, MethodKind::Unary | MethodKind::ClientStreaming);
        if single && reply.error.is_none() && reply.messages.len() != 1 {
            return Err(CallError::invalid_argument(format!(
                "{} returns one message; got {}",
                method.path,
                reply.messages.len()
            )));
        }
        if let Some(error) = &reply.error {
            if error.status_code() == Code::Ok {
                return Err(CallError::invalid_argument(
                    "an error reply needs a status code other than OK",
                ));
            }
        }
        let mut replies = lock(&self.state.replies);
        let replies = replies.entry(method.path.clone()).or_default();
        if !queue {
            replies.clear();
        }
        replies.push_back(reply);
        Ok(())
    }

    /// Whether RPCs with no programmed reply answer empty messages instead of UNIMPLEMENTED.
    pub fn reply_empty(&self, on: bool) {
        self.state.reply_empty.store(on, Ordering::Relaxed);
    }

    /// The calls received so far (the latest [`RECORD_LIMIT`]), oldest first.
    pub fn received(&self) -> Vec<Received> {
        lock(&self.state.received).iter().cloned().collect()
    }

    /// The paths of the calls cancelled before their reply, oldest first.
    pub fn cancelled(&self) -> Vec<String> {
        lock(&self.state.cancelled).clone()
    }

    /// Forgets the programmed replies and the received calls.
    pub fn reset(&self) {
        lock(&self.state.cancelled).clear();
        lock(&self.state.replies).clear();
        lock(&self.state.received).clear();
    }

    /// Stops accepting connections; calls in flight finish.
    pub fn stop(&self) {
        self.serving.stop();
    }
}

impl std::fmt::Debug for MockServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockServer")
            .field("addr", &self.addr())
            .finish_non_exhaustive()
    }
}

type BoxStream = Pin<Box<dyn Stream<Item = Result<Bytes, Status>> + Send>>;

/// Routes on the request path to the flyteidl method and answers by its kind.
async fn route(state: Arc<State>, request: http::Request<Body>) -> http::Response<Body> {
    let Some(method) = method_by_path(request.uri().path()) else {
        let path = request.uri().path().to_string();
        return Status::unimplemented(format!("unknown RPC {path}")).into_http();
    };
    answer_by_kind(Handler { state, method }, method.kind, request).await
}

#[derive(Clone)]
struct Handler {
    state: Arc<State>,
    method: &'static Method,
}

fn status(error: &CallError) -> Status {
    Status::with_details(
        error.status_code(),
        error.message.clone(),
        error.details.clone(),
    )
}

/// Waits `by`; no wait at all for zero (tokio would wait for its next 1 ms timer tick).
async fn delay(by: Duration) {
    if !by.is_zero() {
        tokio::time::sleep(by).await;
    }
}

/// The programmed reply as a response stream, after its delay.
async fn answer(state: &State, method: &Method) -> Result<Response<BoxStream>, Status> {
    let reply = state.reply_for(method);
    state.before_reply(method, reply.delay).await;
    if reply.messages.is_empty() {
        if let Some(error) = &reply.error {
            // No message first: a plain error status (trailers-only), as servers send it.
            return Err(status(error));
        }
    }
    let trailer = reply.error.as_ref().map(|e| Err(status(e)));
    let items = reply.messages.into_iter().map(Ok).chain(trailer);
    Ok(Response::new(
        Box::pin(tokio_stream::iter(items)) as BoxStream
    ))
}

impl UnaryService<Bytes> for Handler {
    type Response = Bytes;
    type Future = BoxFuture<Result<Response<Bytes>, Status>>;

    fn call(&mut self, request: Request<Bytes>) -> Self::Future {
        let this = self.clone();
        Box::pin(async move {
            let (metadata, _, message) = request.into_parts();
            this.state.record(this.method, &metadata, vec![message]);
            let reply = this.state.reply_for(this.method);
            this.state.before_reply(this.method, reply.delay).await;
            match (reply.error, reply.messages.into_iter().next()) {
                (Some(error), _) => Err(status(&error)),
                (None, Some(message)) => Ok(Response::new(message)),
                (None, None) => Err(Status::internal("no message programmed")),
            }
        })
    }
}

impl ServerStreamingService<Bytes> for Handler {
    type Response = Bytes;
    type ResponseStream = BoxStream;
    type Future = BoxFuture<Result<Response<BoxStream>, Status>>;

    fn call(&mut self, request: Request<Bytes>) -> Self::Future {
        let this = self.clone();
        Box::pin(async move {
            let (metadata, _, message) = request.into_parts();
            this.state.record(this.method, &metadata, vec![message]);
            answer(&this.state, this.method).await
        })
    }
}

impl StreamingService<Bytes> for Handler {
    type Response = Bytes;
    type ResponseStream = BoxStream;
    type Future = BoxFuture<Result<Response<BoxStream>, Status>>;

    /// Reads every request before answering, so the record is complete when the client
    /// sees the reply.
    fn call(&mut self, request: Request<Streaming<Bytes>>) -> Self::Future {
        let this = self.clone();
        Box::pin(async move {
            let (metadata, _, mut requests) = request.into_parts();
            let mut messages = Vec::new();
            while let Some(message) = requests.message().await? {
                messages.push(message);
            }
            this.state.record(this.method, &metadata, messages);
            answer(&this.state, this.method).await
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transport::{block_on, ChannelConfig, Client};

    const GET_TASK: &str = "/flyteidl.service.AdminService/GetTask";
    const LOGS: &str = "/flyteidl.service.AsyncAgentService/GetTaskLogs";
    const SYNC: &str = "/flyteidl.service.SyncAgentService/ExecuteTaskSync";

    fn server_and_client() -> (MockServer, Client) {
        let server = MockServer::start(SocketAddr::from(([127, 0, 0, 1], 0)), None).unwrap();
        let mut config = ChannelConfig::new(server.addr().to_string());
        config.insecure = true;
        config.metadata = vec![("x-test".into(), "yes".into())];
        let client = Client::connect(&config).unwrap();
        (server, client)
    }

    fn error(code: Code, message: &str) -> CallError {
        CallError {
            details: Bytes::from_static(b"\x01\x02"),
            ..CallError::new(code, message)
        }
    }

    #[test]
    fn the_record_keeps_copies_of_the_latest_calls() {
        let state = State::default();
        let method = method_by_path(GET_TASK).unwrap();
        let buffer = Bytes::from(vec![7u8; 64]);
        for i in 0..=RECORD_LIMIT {
            let mut metadata = MetadataMap::new();
            metadata.insert("x-call", i.to_string().parse().unwrap());
            state.record(method, &metadata, vec![buffer.slice(0..8)]);
        }
        let received = lock(&state.received);
        assert_eq!(received.len(), RECORD_LIMIT);
        // The oldest call went; the one after it is first.
        assert_eq!(
            received[0].metadata,
            [("x-call".to_string(), b"1".to_vec())]
        );
        let message = &received[0].messages[0];
        assert_eq!(message, &buffer.slice(0..8));
        assert_ne!(
            message.as_ptr(),
            buffer.as_ptr(),
            "a copy, not a view of the buffer"
        );
    }

    #[test]
    fn unary_replies_and_records() {
        let (server, client) = server_and_client();
        let reply = Reply {
            messages: vec![Bytes::from_static(b"\x0a\x01x")],
            ..Reply::default()
        };
        server.set_reply(GET_TASK, reply).unwrap();
        let timeout = Some(Duration::from_secs(30));
        let got = block_on(client.unary(GET_TASK, Bytes::from_static(b"req"), timeout)).unwrap();
        assert_eq!(got.unwrap(), Bytes::from_static(b"\x0a\x01x"));
        let received = server.received();
        assert_eq!(received.len(), 1);
        assert_eq!(received[0].path, GET_TASK);
        assert_eq!(received[0].messages, [Bytes::from_static(b"req")]);
        let sent = received[0].timeout.unwrap();
        assert!(sent <= Duration::from_secs(30) && sent > Duration::from_secs(29));
        assert!(received[0]
            .metadata
            .iter()
            .any(|(k, v)| k == "x-test" && v == b"yes"));

        server
            .set_reply(
                GET_TASK,
                Reply {
                    error: Some(error(Code::NotFound, "missing ✗")),
                    ..Reply::default()
                },
            )
            .unwrap();
        let failed = block_on(client.unary(GET_TASK, Bytes::new(), None)).unwrap();
        assert_eq!(failed.unwrap_err(), error(Code::NotFound, "missing ✗"));
        server.reset();
        assert!(server.received().is_empty());
    }

    #[test]
    fn unprogrammed_rpcs_are_unimplemented_or_empty() {
        let (server, client) = server_and_client();
        let err = block_on(client.unary(GET_TASK, Bytes::new(), None))
            .unwrap()
            .unwrap_err();
        assert_eq!(err.code_name(), "UNIMPLEMENTED");
        assert!(err.message.contains("GetTask"), "{}", err.message);
        server.reply_empty(true);
        let empty = block_on(client.unary(GET_TASK, Bytes::new(), None)).unwrap();
        assert_eq!(empty.unwrap(), Bytes::new());
        let unknown = block_on(client.unary("/x.Y/Z", Bytes::new(), None)).unwrap();
        assert_eq!(unknown.unwrap_err().code_name(), "UNIMPLEMENTED");
    }

    #[test]
    fn streams_reply_in_order_then_end_with_the_error() {
        let (server, client) = server_and_client();
        let reply = Reply {
            messages: vec![Bytes::from_static(b"a"), Bytes::from_static(b"b")],
            error: Some(error(Code::Unavailable, "gone")),
            delay: Duration::from_millis(10),
        };
        server.set_reply(LOGS, reply.clone()).unwrap();
        server.set_reply(SYNC, reply).unwrap();
        let collect = |mut stream: crate::transport::ResponseStream| {
            block_on(async move {
                let mut items = Vec::new();
                while let Some(item) = stream.message().await {
                    items.push(item);
                }
                items
            })
            .unwrap()
        };
        let expected = vec![
            Ok(Bytes::from_static(b"a")),
            Ok(Bytes::from_static(b"b")),
            Err(error(Code::Unavailable, "gone")),
        ];
        let logs = block_on(client.server_streaming(LOGS, Bytes::from_static(b"q"), None));
        assert_eq!(collect(logs.unwrap().unwrap()), expected);
        let requests = tokio_stream::iter(vec![Bytes::from_static(b"1"), Bytes::from_static(b"2")]);
        let sync = block_on(client.bidi_streaming(SYNC, requests, None));
        assert_eq!(collect(sync.unwrap().unwrap()), expected);
        let received = server.received();
        assert_eq!(received[1].path, SYNC);
        assert_eq!(
            received[1].messages,
            [Bytes::from_static(b"1"), Bytes::from_static(b"2")]
        );
    }

    #[test]
    fn an_aborted_feed_never_looks_like_complete_requests() {
        let (server, client) = server_and_client();
        let reply = Reply {
            messages: vec![Bytes::new()],
            ..Reply::default()
        };
        server.set_reply(SYNC, reply).unwrap();
        for _ in 0..20 {
            let (feed, requests) = crate::transport::request_channel();
            let producer = std::thread::spawn(move || {
                feed.send_blocking(Bytes::from_static(b"partial")).unwrap();
                feed.abort();
            });
            let call = block_on(client.bidi_streaming_fed(SYNC, requests, None)).unwrap();
            producer.join().unwrap();
            assert_eq!(call.unwrap_err().code_name(), "CANCELLED");
        }
        // The server's handler records a call only once it has read the requests' end.
        std::thread::sleep(Duration::from_millis(200));
        assert!(server.received().is_empty(), "{:?}", server.received());
    }

    #[test]
    fn queued_replies_are_taken_in_order_and_the_last_repeats() {
        let (server, client) = server_and_client();
        server
            .set_reply(
                GET_TASK,
                Reply {
                    error: Some(error(Code::Unavailable, "warming up")),
                    ..Reply::default()
                },
            )
            .unwrap();
        let ok = Reply {
            messages: vec![Bytes::from_static(b"ok")],
            ..Reply::default()
        };
        server.queue_reply(GET_TASK, ok).unwrap();
        let call = || block_on(client.unary(GET_TASK, Bytes::new(), None)).unwrap();
        assert_eq!(call().unwrap_err().code_name(), "UNAVAILABLE");
        assert_eq!(call().unwrap(), Bytes::from_static(b"ok"));
        assert_eq!(call().unwrap(), Bytes::from_static(b"ok"));
    }

    #[test]
    fn bad_replies_are_refused() {
        let (server, _) = server_and_client();
        let two = Reply {
            messages: vec![Bytes::new(), Bytes::new()],
            ..Reply::default()
        };
        assert!(server.set_reply(GET_TASK, two).is_err());
        assert!(server.set_reply("/x.Y/Z", Reply::default()).is_err());
        let ok_status = Reply {
            error: Some(CallError::new(Code::Ok, "")),
            ..Reply::default()
        };
        assert!(server.set_reply(GET_TASK, ok_status).is_err());
    }

    #[test]
    fn grpc_timeout_values() {
        use crate::server::parse_grpc_timeout;
        assert_eq!(parse_grpc_timeout(b"5S"), Some(Duration::from_secs(5)));
        assert_eq!(
            parse_grpc_timeout(b"250m"),
            Some(Duration::from_millis(250))
        );
        assert_eq!(parse_grpc_timeout(b"2H"), Some(Duration::from_secs(7200)));
        assert_eq!(parse_grpc_timeout(b"7n"), Some(Duration::from_nanos(7)));
        for bad in [&b""[..], b"S", b"5", b"5x", b"123456789S", b"-5S"] {
            assert_eq!(parse_grpc_timeout(bad), None, "{bad:?}");
        }
    }
}
