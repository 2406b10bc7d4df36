//! [`LocalAdmin`]: the registry served over gRPC on a local port.

use crate::registry::Registry;
use crate::service::dispatch;
use bytes::Bytes;
use flyrs_core::server::serve;
use flyrs_core::services::{method_by_path, MethodKind};
use flyrs_core::transport::{BytesCodec, CallError};
use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use tokio::sync::oneshot;
use tonic::body::Body;
use tonic::server::{Grpc, UnaryService};
use tonic::{Request, Response, Status};

/// A running local admin; it stops when [`LocalAdmin::stop`] is called or it is dropped.
pub struct LocalAdmin {
    addr: SocketAddr,
    stop: Mutex<Option<oneshot::Sender<()>>>,
}

impl LocalAdmin {
    /// Serves a fresh, in-memory registry on `addr` (port 0 picks a free one).
    pub fn start(addr: SocketAddr) -> Result<LocalAdmin, CallError> {
        let service = AdminService {
            registry: Arc::new(Mutex::new(Registry::default())),
        };
        let (addr, stop) = serve(addr, None, service)?;
        Ok(LocalAdmin {
            addr,
            stop: Mutex::new(Some(stop)),
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

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

impl Drop for LocalAdmin {
    fn drop(&mut self) {
        self.stop();
    }
}

impl std::fmt::Debug for LocalAdmin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocalAdmin")
            .field("addr", &self.addr)
            .finish()
    }
}

#[derive(Clone)]
struct AdminService {
    registry: Arc<Mutex<Registry>>,
}

impl tonic::server::NamedService for AdminService {
    const NAME: &'static str = "flyteidl.service.AdminService";
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

impl tower_service::Service<http::Request<Body>> for AdminService {
    type Response = http::Response<Body>;
    type Error = Infallible;
    type Future = BoxFuture<Result<http::Response<Body>, Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<Body>) -> Self::Future {
        let registry = Arc::clone(&self.registry);
        Box::pin(async move {
            let path = request.uri().path().to_string();
            let unary = method_by_path(&path).is_some_and(|m| m.kind == MethodKind::Unary);
            if !unary {
                let status =
                    Status::unimplemented(format!("the local admin does not serve {path}"));
                return Ok(status.into_http());
            }
            let mut grpc = Grpc::new(BytesCodec::default());
            Ok(grpc.unary(Handler { registry, path }, request).await)
        })
    }
}

struct Handler {
    registry: Arc<Mutex<Registry>>,
    path: String,
}

impl UnaryService<Bytes> for Handler {
    type Response = Bytes;
    type Future = BoxFuture<Result<Response<Bytes>, Status>>;

    fn call(&mut self, request: Request<Bytes>) -> Self::Future {
        let registry = Arc::clone(&self.registry);
        let path = std::mem::take(&mut self.path);
        Box::pin(async move {
            // Every change is made after all of its checks pass, so a panic in an earlier
            // call left no half-made change: keep serving past a poisoned lock.
            let mut registry = registry.lock().unwrap_or_else(PoisonError::into_inner);
            dispatch(&mut registry, &path, request.get_ref()).map(Response::new)
        })
    }
}
