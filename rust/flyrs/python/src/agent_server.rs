//! `AgentServer` and its `AgentInbox`: the native agent server of `flyrs-core`, answered
//! by Python. Each call is queued in the inbox, which wakes the Python event loop through
//! a socket it watches (no runtime thread waits for the GIL); Python answers with the
//! call's token (`reply`, `fail`, or `send` and `end` for a stream). A call the client
//! drops (cancelled, past its deadline) is queued as `cancelled`, for Python to cancel
//! the agent's work.

use bytes::Bytes;
use flyrs_core::agent_server::{self, Dispatch, Limits, Messages};
use flyrs_core::server::BoxFuture;
use flyrs_core::services::Method;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio::task::AbortHandle;
use tokio_stream::wrappers::UnboundedReceiverStream;
use tokio_stream::StreamExt;
use tonic::{Code, Status};

use crate::mailbox::{lock, mailbox, Doorbell, Mailbox};

/// What the inbox holds for Python: `(kind, token, path, message)`.
enum Incoming {
    /// A new call and its first (for unary and server-streaming calls, only) request.
    Call(u64, &'static str, Option<Bytes>),
    /// A request message of a bidirectional call.
    Message(u64, Bytes),
    /// The end of a bidirectional call's requests.
    End(u64),
    /// The client has gone: the call is over.
    Cancelled(u64),
}

enum Responder {
    Unary(oneshot::Sender<Result<Bytes, Status>>),
    Stream(mpsc::UnboundedSender<Result<Bytes, Status>>),
}

struct Inbox {
    queue: Mailbox<Incoming>,
    pending: Mutex<HashMap<u64, Responder>>,
    tokens: AtomicU64,
}

impl Inbox {
    fn post(&self, incoming: Incoming) {
        self.queue.post(incoming);
    }

    fn open(&self, responder: Responder) -> u64 {
        let token = self.tokens.fetch_add(1, Ordering::Relaxed) + 1;
        lock(&self.pending).insert(token, responder);
        token
    }

    fn take(&self, token: u64) -> Option<Responder> {
        lock(&self.pending).remove(&token)
    }
}

/// Tells Python a call is over when the client's side of it is dropped before the
/// answer (and stops forwarding its requests).
struct Watch {
    inbox: Arc<Inbox>,
    token: u64,
    forwarder: Option<AbortHandle>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        if let Some(forwarder) = &self.forwarder {
            forwarder.abort();
        }
        if self.inbox.take(self.token).is_some() {
            self.inbox.post(Incoming::Cancelled(self.token));
        }
    }
}

struct Dispatcher(Arc<Inbox>);

fn stopped() -> Status {
    Status::unavailable("the agent server stopped answering")
}

impl Dispatcher {
    fn stream(&self, method: &'static Method, first: Option<Bytes>) -> (u64, Messages, Watch) {
        let (sender, receiver) = mpsc::unbounded_channel();
        let token = self.0.open(Responder::Stream(sender));
        self.0.post(Incoming::Call(token, path_of(method), first));
        let watch = Watch {
            inbox: Arc::clone(&self.0),
            token,
            forwarder: None,
        };
        (
            token,
            Box::pin(UnboundedReceiverStream::new(receiver)),
            watch,
        )
    }
}

fn path_of(method: &'static Method) -> &'static str {
    method.path.as_str()
}

/// The responses, holding the call's watch until they end.
fn watched(messages: Messages, watch: Watch) -> Messages {
    Box::pin(messages.map(move |item| {
        let _ = &watch;
        item
    }))
}

impl Dispatch for Dispatcher {
    fn unary(&self, method: &'static Method, request: Bytes) -> BoxFuture<Result<Bytes, Status>> {
        let (sender, receiver) = oneshot::channel();
        let token = self.0.open(Responder::Unary(sender));
        self.0
            .post(Incoming::Call(token, path_of(method), Some(request)));
        let watch = Watch {
            inbox: Arc::clone(&self.0),
            token,
            forwarder: None,
        };
        Box::pin(async move {
            let _watch = watch;
            receiver.await.unwrap_or_else(|_| Err(stopped()))
        })
    }

    fn server_streaming(
        &self,
        method: &'static Method,
        request: Bytes,
    ) -> BoxFuture<Result<Messages, Status>> {
        let (_, messages, watch) = self.stream(method, Some(request));
        Box::pin(async move { Ok(watched(messages, watch)) })
    }

    fn bidirectional(
        &self,
        method: &'static Method,
        mut requests: Messages,
    ) -> BoxFuture<Result<Messages, Status>> {
        let (token, messages, mut watch) = self.stream(method, None);
        let inbox = Arc::clone(&self.0);
        let forwarding = async move {
            while let Some(item) = requests.next().await {
                match item {
                    Ok(message) => inbox.post(Incoming::Message(token, message)),
                    Err(_) => return, // the client's side failed: the call is cancelled
                }
            }
            inbox.post(Incoming::End(token));
        };
        watch.forwarder = flyrs_core::transport::runtime()
            .ok()
            .map(|runtime| runtime.spawn(forwarding).abort_handle());
        Box::pin(async move { Ok(watched(messages, watch)) })
    }
}

/// The calls of an agent server, for Python to answer. `fileno()` becomes readable when
/// some are queued; `drain()` returns them as `(kind, token, path, message)`, `kind` one
/// of `call`, `message`, `end`, `cancelled`.
#[pyclass(frozen, module = "flytekit_core._flyrs")]
pub struct AgentInbox {
    inbox: Arc<Inbox>,
    doorbell: Doorbell,
}

#[pymethods]
impl AgentInbox {
    #[new]
    fn new() -> PyResult<Self> {
        let (queue, doorbell) = mailbox("agent inbox")?;
        Ok(AgentInbox {
            inbox: Arc::new(Inbox {
                queue,
                pending: Mutex::new(HashMap::new()),
                tokens: AtomicU64::new(0),
            }),
            doorbell,
        })
    }

    fn fileno(&self) -> i32 {
        self.doorbell.fileno()
    }

    #[allow(clippy::type_complexity)]
    fn drain<'py>(
        &self,
        py: Python<'py>,
    ) -> Vec<(&'static str, u64, &'static str, Option<Bound<'py, PyBytes>>)> {
        let queued = self.inbox.queue.take(&self.doorbell);
        let bytes = |data: &Bytes| Some(PyBytes::new(py, data));
        queued
            .into_iter()
            .map(|incoming| match incoming {
                Incoming::Call(token, path, first) => {
                    ("call", token, path, first.as_ref().and_then(bytes))
                }
                Incoming::Message(token, message) => ("message", token, "", bytes(&message)),
                Incoming::End(token) => ("end", token, "", None),
                Incoming::Cancelled(token) => ("cancelled", token, "", None),
            })
            .collect()
    }

    /// Answers a unary call; False if the call is over already (cancelled).
    fn reply(&self, token: u64, response: &[u8]) -> bool {
        match self.inbox.take(token) {
            Some(Responder::Unary(sender)) => {
                sender.send(Ok(Bytes::copy_from_slice(response))).is_ok()
            }
            Some(Responder::Stream(sender)) => {
                // A stream's last message, then its end.
                sender.send(Ok(Bytes::copy_from_slice(response))).is_ok()
            }
            None => false,
        }
    }

    /// Ends a call with the status `code` and `message`; False if it is over already.
    fn fail(&self, token: u64, code: i32, message: &str) -> bool {
        let status = Status::new(Code::from_i32(code), message);
        match self.inbox.take(token) {
            Some(Responder::Unary(sender)) => sender.send(Err(status)).is_ok(),
            Some(Responder::Stream(sender)) => sender.send(Err(status)).is_ok(),
            None => false,
        }
    }

    /// Sends one message of a streaming call; False if the call is over.
    fn send(&self, token: u64, response: &[u8]) -> bool {
        match lock(&self.inbox.pending).get(&token) {
            Some(Responder::Stream(sender)) => {
                sender.send(Ok(Bytes::copy_from_slice(response))).is_ok()
            }
            _ => false,
        }
    }

    /// Ends a streaming call normally.
    fn end(&self, token: u64) -> bool {
        self.inbox.take(token).is_some()
    }
}

/// The native agent server, answering through `inbox`. Listens on `host:port` (port 0:
/// a free one) until `stop()`.
#[pyclass(frozen, module = "flytekit_core._flyrs")]
pub struct AgentServer {
    server: agent_server::AgentServer,
}

#[pymethods]
impl AgentServer {
    #[new]
    #[pyo3(signature = (inbox, *, host = "127.0.0.1", port = 0, concurrency = 100, timeout = 60.0))]
    fn new(
        py: Python<'_>,
        inbox: PyRef<'_, AgentInbox>,
        host: &str,
        port: u16,
        concurrency: usize,
        timeout: f64,
    ) -> PyResult<Self> {
        crate::errors::guard(|| {
            let addr = crate::mock_server::listen_addr(host, port)?;
            let timeout =
                crate::channel::seconds(Some(timeout))?.unwrap_or(Duration::from_secs(60));
            if timeout.is_zero() {
                return Err(PyValueError::new_err("timeout must be positive"));
            }
            let limits = Limits {
                concurrency,
                timeout,
            };
            let dispatch = Box::new(Dispatcher(Arc::clone(&inbox.inbox)));
            let server =
                agent_server::AgentServer::start(addr, None, limits, dispatch).map_err(|e| {
                    if e.code_name() == "INVALID_ARGUMENT" {
                        PyValueError::new_err(e.message)
                    } else {
                        crate::channel::call_error(py, e)
                    }
                })?;
            Ok(AgentServer { server })
        })
    }

    #[getter]
    fn port(&self) -> u16 {
        self.server.addr().port()
    }

    /// Stops accepting calls; calls in flight finish.
    fn stop(&self) {
        self.server.stop();
    }
}
