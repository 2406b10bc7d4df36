//! Serving a gRPC service from the shared runtime, for the in-process servers (the mock
//! server, and the local FlyteAdmin in `flyrs-admin`).

use crate::transport::error::CallError;
use crate::transport::runtime::runtime;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Mutex, PoisonError};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tonic::body::Body;
use tonic::transport::server::TcpIncoming;
use tonic::transport::{Identity, Server, ServerTlsConfig};

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

/// Serves `service` on `addr` (port 0 picks a free one) from the shared runtime.
pub fn serve<S>(
    addr: SocketAddr,
    identity: Option<Identity>,
    service: S,
) -> Result<Serving, CallError>
where
    S: tower_service::Service<
            http::Request<Body>,
            Response = http::Response<Body>,
            Error = Infallible,
        > + tonic::server::NamedService
        + Clone
        + Send
        + Sync
        + 'static,
    S::Future: Send + 'static,
{
    let rt = runtime()?;
    let listener = rt
        .block_on(TcpListener::bind(addr))
        .map_err(|e| CallError::unavailable(format!("cannot listen on {addr}: {e}")))?;
    let addr = listener
        .local_addr()
        .map_err(|e| CallError::unavailable(format!("cannot listen on {addr}: {e}")))?;
    let mut builder = Server::builder();
    if let Some(identity) = identity {
        builder = builder
            .tls_config(ServerTlsConfig::new().identity(identity))
            .map_err(|e| CallError::invalid_argument(format!("server TLS: {e}")))?;
    }
    let (stop, stopped) = oneshot::channel::<()>();
    // Without TCP_NODELAY, small replies wait on the peer's delayed ACK (40 ms on Linux).
    let incoming = TcpIncoming::from(listener).with_nodelay(Some(true));
    rt.spawn(async move {
        let shutdown = async {
            let _ = stopped.await;
        };
        let _ = builder
            .serve_with_incoming_shutdown(service, incoming, shutdown)
            .await;
    });
    Ok(Serving {
        addr,
        stop: Mutex::new(Some(stop)),
    })
}
