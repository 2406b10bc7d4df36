//! Serving a gRPC service from the shared runtime, for the in-process servers (the mock
//! server, and the local FlyteAdmin in `flyrs-admin`).

use crate::services::MethodKind;
use crate::transport::background;
use crate::transport::codec::BytesCodec;
use crate::transport::error::CallError;
use crate::transport::runtime::runtime;
use bytes::Bytes;
use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tonic::body::Body;
use tonic::server::{Grpc, ServerStreamingService, StreamingService, UnaryService};
use tonic::transport::server::TcpIncoming;
use tonic::transport::{Certificate, Identity, Server, ServerTlsConfig};

/// A server running on the shared runtime; it stops on [`Serving::stop`] or when dropped.
#[derive(Debug)]
pub struct Serving {
    addr: SocketAddr,
    stop: Mutex<Option<oneshot::Sender<()>>>,
}

impl Serving {
    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops accepting connections; calls in flight finish.
    pub fn stop(&self) {
        let sender = self
            .stop
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(sender) = sender {
            let _ = sender.send(());
        }
    }
}

impl Drop for Serving {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A boxed future that can cross threads, as the servers' handlers return.
pub type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// The tower service of a server whose `answer` takes every request; it routes on the
/// request's path itself, so one function serves every service of `flyteidl.service`.
#[derive(Clone)]
struct Answering<A>(A);

impl<A> tower_service::Service<http::Request<Body>> for Answering<A>
where
    A: Fn(http::Request<Body>) -> BoxFuture<http::Response<Body>>,
{
    type Response = http::Response<Body>;
    type Error = Infallible;
    type Future = BoxFuture<Result<http::Response<Body>, Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<Body>) -> Self::Future {
        let answer = (self.0)(request);
        Box::pin(async move { Ok(answer.await) })
    }
}

/// A server's TLS: its certificate chain and key (PEM), and the CA whose client
/// certificates it requires (mutual TLS), if any.
#[derive(Clone, Default)]
pub struct ServerTls {
    pub cert_pem: Vec<u8>,
    pub key_pem: Vec<u8>,
    pub client_ca_pem: Option<Vec<u8>>,
}

impl std::fmt::Debug for ServerTls {
    // The key is a secret.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServerTls")
            .field("client_ca", &self.client_ca_pem.is_some())
            .finish_non_exhaustive()
    }
}

/// Serves on `addr` (port 0 picks a free one) from the shared runtime: `answer` takes
/// each HTTP/2 request (routing on its path) and gives the response.
pub fn serve<A>(addr: SocketAddr, tls: Option<ServerTls>, answer: A) -> Result<Serving, CallError>
where
    A: Fn(http::Request<Body>) -> BoxFuture<http::Response<Body>> + Clone + Send + Sync + 'static,
{
    let service = Answering(answer);
    let rt = runtime()?;
    let listener = rt
        .block_on(TcpListener::bind(addr))
        .map_err(|e| CallError::unavailable(format!("cannot listen on {addr}: {e}")))?;
    let addr = listener
        .local_addr()
        .map_err(|e| CallError::unavailable(format!("cannot listen on {addr}: {e}")))?;
    let mut builder = Server::builder();
    if let Some(tls) = tls {
        let mut config =
            ServerTlsConfig::new().identity(Identity::from_pem(&tls.cert_pem, &tls.key_pem));
        if let Some(ca) = &tls.client_ca_pem {
            config = config.client_ca_root(Certificate::from_pem(ca));
        }
        builder = builder
            .tls_config(config)
            .map_err(|e| CallError::invalid_argument(format!("server TLS: {e}")))?;
    }
    let (stop, stopped) = oneshot::channel::<()>();
    // Without TCP_NODELAY, small replies wait on the peer's delayed ACK (40 ms on Linux).
    let incoming = TcpIncoming::from(listener).with_nodelay(Some(true));
    // A server: the I/O thread runs it, whatever the process's blocking callers do.
    rt.spawn(background(async move {
        let shutdown = async {
            let _ = stopped.await;
        };
        let _ = builder
            .serve_with_incoming_shutdown(service, incoming, shutdown)
            .await;
    }));
    Ok(Serving {
        addr,
        stop: Mutex::new(Some(stop)),
    })
}

/// `grpc-timeout`: at most 8 digits and a unit (`H`, `M`, `S`, `m`, `u`, `n`).
pub fn parse_grpc_timeout(value: &[u8]) -> Option<Duration> {
    let (&unit, digits) = value.split_last()?;
    if digits.is_empty() || digits.len() > 8 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n: u64 = std::str::from_utf8(digits).ok()?.parse().ok()?;
    Some(match unit {
        b'H' => Duration::from_secs(n * 3600),
        b'M' => Duration::from_secs(n * 60),
        b'S' => Duration::from_secs(n),
        b'm' => Duration::from_millis(n),
        b'u' => Duration::from_micros(n),
        b'n' => Duration::from_nanos(n),
        _ => return None,
    })
}

/// Answers `request` with `handler` as the method's `kind` asks: one message each way, a
/// stream of responses, or streams both ways (a client-streaming reply is a stream of
/// one; gRPC frames it the same). What both in-process servers route to.
pub(crate) async fn answer_by_kind<H>(
    handler: H,
    kind: MethodKind,
    request: http::Request<Body>,
) -> http::Response<Body>
where
    H: UnaryService<Bytes, Response = Bytes>
        + ServerStreamingService<Bytes, Response = Bytes>
        + StreamingService<Bytes, Response = Bytes>
        + Send
        + 'static,
    <H as UnaryService<Bytes>>::Future: Send,
    <H as ServerStreamingService<Bytes>>::Future: Send,
    <H as ServerStreamingService<Bytes>>::ResponseStream: Send + 'static,
    <H as StreamingService<Bytes>>::Future: Send,
    <H as StreamingService<Bytes>>::ResponseStream: Send + 'static,
{
    let mut grpc = Grpc::new(BytesCodec::default());
    match kind {
        MethodKind::Unary => grpc.unary(handler, request).await,
        MethodKind::ServerStreaming => grpc.server_streaming(handler, request).await,
        MethodKind::ClientStreaming | MethodKind::Bidirectional => {
            grpc.streaming(handler, request).await
        }
    }
}
