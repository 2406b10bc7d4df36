//! An in-process gRPC server for the transport tests: the mock server's plumbing with a
//! few byte-level behaviours routed on the request path (echo, sleep, hang, sizes).

use super::codec::BytesCodec;
use crate::server::{serve, BoxFuture, ServerTls, Serving};
use crate::services::{method_by_path, MethodKind};
use bytes::Bytes;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio_stream::Stream;
use tonic::body::Body;
use tonic::server::{
    ClientStreamingService, Grpc, ServerStreamingService, StreamingService, UnaryService,
};
use tonic::{Code, Request, Response, Status, Streaming};

/// Replies with every request header, one `name: value` line each, sorted.
pub const HEADERS: &str = "/test.Echo/Headers";
/// Sleeps for the number of milliseconds in the request, then echoes it.
pub const SLEEP: &str = "/test.Echo/Sleep";
/// Fails with NOT_FOUND, [`FAIL_MESSAGE`] and [`FAIL_DETAILS`].
pub const FAIL: &str = "/test.Echo/Fail";
pub const FAIL_MESSAGE: &str = "no such execution: ✗";
pub const FAIL_DETAILS: &[u8] = b"\x08\x05\x12\x00\xff";
/// Replies with as many bytes as the request says.
pub const LARGE: &str = "/test.Echo/Large";
/// Never replies; counts in [`HANGS_CANCELLED`] the calls dropped while hanging.
pub const HANG: &str = "/test.Echo/Hang";
pub static HANGS_CANCELLED: AtomicUsize = AtomicUsize::new(0);
/// UNAUTHENTICATED unless the call has `authorization: Bearer good`; then an echo.
pub const AUTHORIZED: &str = "/test.Echo/Authorized";
/// Client streaming: replies with the concatenation of the request messages.
pub const CONCAT: &str = "/test.Echo/Concat";

type BoxStream = Pin<Box<dyn Stream<Item = Result<Bytes, Status>> + Send>>;

/// A running server; stops when dropped.
pub struct TestServer {
    pub addr: SocketAddr,
    _serving: Serving,
}

impl TestServer {
    pub fn start() -> TestServer {
        Self::start_with(None)
    }

    pub fn start_tls(cert_pem: &str, key_pem: &str) -> TestServer {
        Self::start_with(Some(ServerTls {
            cert_pem: cert_pem.as_bytes().to_vec(),
            key_pem: key_pem.as_bytes().to_vec(),
            client_ca_pem: None,
        }))
    }

    fn start_with(tls: Option<ServerTls>) -> TestServer {
        let loopback = SocketAddr::from(([127, 0, 0, 1], 0));
        let answer = |request| -> BoxFuture<_> { Box::pin(answer(request)) };
        let serving = serve(loopback, tls, answer).expect("start the test server");
        TestServer {
            addr: serving.addr(),
            _serving: serving,
        }
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }
}

async fn answer(request: http::Request<Body>) -> http::Response<Body> {
    let mut grpc = Grpc::new(BytesCodec::default());
    let path = request.uri().path().to_string();
    match path.as_str() {
        HEADERS => grpc.unary(Unary(headers), request).await,
        SLEEP => grpc.unary(Unary(sleep), request).await,
        FAIL => grpc.unary(Unary(fail), request).await,
        AUTHORIZED => grpc.unary(Unary(authorized), request).await,
        LARGE => grpc.unary(Unary(large), request).await,
        HANG => grpc.unary(Unary(hang), request).await,
        CONCAT => grpc.client_streaming(Concat, request).await,
        // Paths from the flyteidl table get an echo of their kind.
        other => match method_by_path(other).map(|m| m.kind) {
            Some(MethodKind::Unary) => grpc.unary(Unary(echo), request).await,
            Some(MethodKind::ServerStreaming) => grpc.server_streaming(Counter, request).await,
            Some(MethodKind::Bidirectional) => grpc.streaming(EchoEach, request).await,
            _ => Status::unimplemented(other.to_string()).into_http(),
        },
    }
}

type Reply = Result<Response<Bytes>, Status>;

struct Unary(fn(Request<Bytes>) -> BoxFuture<Reply>);

impl UnaryService<Bytes> for Unary {
    type Response = Bytes;
    type Future = BoxFuture<Reply>;

    fn call(&mut self, request: Request<Bytes>) -> Self::Future {
        (self.0)(request)
    }
}

fn number(request: &Request<Bytes>) -> Result<u64, Status> {
    std::str::from_utf8(request.get_ref())
        .ok()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| Status::invalid_argument("expected a decimal number"))
}

fn echo(request: Request<Bytes>) -> BoxFuture<Reply> {
    Box::pin(async move { Ok(Response::new(request.into_inner())) })
}

fn headers(request: Request<Bytes>) -> BoxFuture<Reply> {
    Box::pin(async move {
        let headers = request.metadata().clone().into_headers();
        let mut lines: Vec<String> = headers
            .iter()
            .map(|(k, v)| format!("{}: {}", k, String::from_utf8_lossy(v.as_bytes())))
            .collect();
        lines.sort();
        Ok(Response::new(Bytes::from(lines.join("\n"))))
    })
}

fn sleep(request: Request<Bytes>) -> BoxFuture<Reply> {
    Box::pin(async move {
        let millis = number(&request)?;
        tokio::time::sleep(Duration::from_millis(millis)).await;
        Ok(Response::new(request.into_inner()))
    })
}

fn authorized(request: Request<Bytes>) -> BoxFuture<Reply> {
    let good = request
        .metadata()
        .get("authorization")
        .is_some_and(|v| v == "Bearer good");
    Box::pin(async move {
        if good {
            Ok(Response::new(request.into_inner()))
        } else {
            Err(Status::unauthenticated("bad token"))
        }
    })
}

fn fail(_: Request<Bytes>) -> BoxFuture<Reply> {
    Box::pin(async move {
        Err(Status::with_details(
            Code::NotFound,
            FAIL_MESSAGE,
            Bytes::from_static(FAIL_DETAILS),
        ))
    })
}

fn large(request: Request<Bytes>) -> BoxFuture<Reply> {
    Box::pin(async move {
        let size = usize::try_from(number(&request)?).unwrap_or(usize::MAX);
        Ok(Response::new(Bytes::from(vec![7u8; size])))
    })
}

fn hang(_: Request<Bytes>) -> BoxFuture<Reply> {
    /// Counts the handler being dropped: the server cancels it when the client resets.
    struct Cancelled;
    impl Drop for Cancelled {
        fn drop(&mut self) {
            HANGS_CANCELLED.fetch_add(1, Ordering::SeqCst);
        }
    }
    Box::pin(async move {
        let _cancelled = Cancelled;
        std::future::pending::<()>().await;
        Err(Status::internal("unreachable"))
    })
}

/// Client streaming: concatenates every request message.
struct Concat;

impl ClientStreamingService<Bytes> for Concat {
    type Response = Bytes;
    type Future = BoxFuture<Reply>;

    fn call(&mut self, request: Request<Streaming<Bytes>>) -> Self::Future {
        Box::pin(async move {
            let mut requests = request.into_inner();
            let mut all = Vec::new();
            while let Some(message) = requests.message().await? {
                all.extend_from_slice(&message);
            }
            Ok(Response::new(Bytes::from(all)))
        })
    }
}

/// Server streaming: the request is a count `n`; replies `0`, `1`, ... `n-1`.
struct Counter;

impl ServerStreamingService<Bytes> for Counter {
    type Response = Bytes;
    type ResponseStream = BoxStream;
    type Future = BoxFuture<Result<Response<BoxStream>, Status>>;

    fn call(&mut self, request: Request<Bytes>) -> Self::Future {
        Box::pin(async move {
            let n = number(&request)?;
            let messages = tokio_stream::iter((0..n).map(|i| Ok(Bytes::from(i.to_string()))));
            Ok(Response::new(Box::pin(messages) as BoxStream))
        })
    }
}

/// Bidirectional: echoes each request message as it arrives.
struct EchoEach;

impl StreamingService<Bytes> for EchoEach {
    type Response = Bytes;
    type ResponseStream = BoxStream;
    type Future = BoxFuture<Result<Response<BoxStream>, Status>>;

    fn call(&mut self, request: Request<Streaming<Bytes>>) -> Self::Future {
        Box::pin(async move { Ok(Response::new(Box::pin(request.into_inner()) as BoxStream)) })
    }
}
