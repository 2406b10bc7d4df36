//! `RawChannel`: the core transport's byte-level client, for Python. A call releases the
//! GIL while it waits, checks for signals every 100 ms so Ctrl-C interrupts it (which
//! cancels the RPC), and maps a failed status to `flytekit_core.exceptions`.

use bytes::Bytes;
use flyrs_core::transport::{
    self, CallError, ChannelConfig, Client, ClientIdentity, RequestFeed, ResponseStream,
};
use pyo3::exceptions::{PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use std::future::Future;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

/// How often a waiting call looks for Ctrl-C.
const SIGNAL_CHECK_INTERVAL: Duration = Duration::from_millis(100);

/// A failed call as the `flytekit_core.exceptions` class its status maps to.
pub(crate) fn call_error(py: Python<'_>, error: CallError) -> PyErr {
    let raised = py
        .import("flytekit_core.exceptions")
        .and_then(|module| module.getattr("from_status"))
        .and_then(|from_status| {
            from_status.call1((
                error.code,
                error.code_name(),
                &error.message,
                PyBytes::new(py, &error.details),
            ))
        });
    match raised {
        Ok(exception) => PyErr::from_value(exception),
        Err(import_failure) => import_failure,
    }
}

pub(crate) fn seconds(timeout: Option<f64>) -> PyResult<Option<Duration>> {
    timeout
        .map(|t| {
            Duration::try_from_secs_f64(t).map_err(|_| {
                pyo3::exceptions::PyValueError::new_err(format!(
                    "timeout must be a non-negative number of seconds, got {t}"
                ))
            })
        })
        .transpose()
}

/// How a channel reaches its server and whom it trusts, as both Python classes that make
/// channels (`RawChannel`, `Authenticator`) take it.
pub(crate) struct Trust {
    pub insecure: bool,
    pub ca_cert_pem: Option<Vec<u8>>,
    pub client_cert_pem: Option<Vec<u8>>,
    pub client_key_pem: Option<Vec<u8>>,
    pub insecure_skip_verify: bool,
}

impl Trust {
    pub(crate) fn channel_config(
        self,
        endpoint: &str,
        connect_timeout: f64,
    ) -> PyResult<ChannelConfig> {
        let mut config = ChannelConfig::new(endpoint);
        config.insecure = self.insecure;
        config.insecure_skip_verify = self.insecure_skip_verify;
        config.ca_cert_pem = self.ca_cert_pem;
        config.connect_timeout = seconds(Some(connect_timeout))?.unwrap_or(config.connect_timeout);
        config.client_identity = match (self.client_cert_pem, self.client_key_pem) {
            (Some(cert_pem), Some(key_pem)) => Some(ClientIdentity { cert_pem, key_pem }),
            (None, None) => None,
            _ => {
                return Err(pyo3::exceptions::PyValueError::new_err(
                    "a client certificate needs both client_cert_pem and client_key_pem",
                ))
            }
        };
        Ok(config)
    }
}

/// Checks a channel's endpoint and metadata as the Rust backend would, for the legacy
/// backend to apply the same rules: returns `host:port`; raises ValueError naming the
/// endpoint or the metadata key (never a value, which may be a credential).
#[pyfunction]
#[pyo3(signature = (endpoint, *, insecure = false, metadata = Vec::new()))]
pub fn check_channel(
    endpoint: &str,
    insecure: bool,
    metadata: Vec<(String, String)>,
) -> PyResult<String> {
    let invalid = |e: CallError| pyo3::exceptions::PyValueError::new_err(e.message);
    transport::config::metadata_map(&metadata).map_err(invalid)?;
    let target = transport::config::parse_endpoint(endpoint, insecure).map_err(invalid)?;
    Ok(target.host_port())
}

/// The certificates (DER, leaf first) the TLS server at `endpoint` presents, read without
/// verifying them: what `insecureSkipVerify` trusts on first use, for the grpc backend.
#[pyfunction]
#[pyo3(signature = (endpoint, *, timeout = 10.0))]
pub fn presented_chain(py: Python<'_>, endpoint: &str, timeout: f64) -> PyResult<Vec<Vec<u8>>> {
    crate::errors::guard(|| {
        let target = transport::config::parse_endpoint(endpoint, false)
            .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.message))?;
        let host = target.host().to_string();
        let timeout = seconds(Some(timeout))?.unwrap_or_default();
        let host_port = target.host_port();
        wait(py, async move {
            transport::tls::presented_chain(&host_port, &host, timeout).await
        })
    })
}

/// A channel to one gRPC server, moving encoded messages. Connects on first call.
#[pyclass(frozen, module = "flytekit_core._flyrs")]
pub struct RawChannel {
    client: Client,
    endpoint: String,
}

#[pymethods]
impl RawChannel {
    #[new]
    #[pyo3(signature = (
        endpoint, *, insecure = false, ca_cert_pem = None, metadata = Vec::new(),
        connect_timeout = 10.0, client_cert_pem = None, client_key_pem = None, authenticator = None,
        insecure_skip_verify = false, keepalive_interval = 30.0, keepalive_timeout = 10.0
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        endpoint: String,
        insecure: bool,
        ca_cert_pem: Option<Vec<u8>>,
        metadata: Vec<(String, String)>,
        connect_timeout: f64,
        client_cert_pem: Option<Vec<u8>>,
        client_key_pem: Option<Vec<u8>>,
        authenticator: Option<PyRef<'_, crate::auth::Authenticator>>,
        insecure_skip_verify: bool,
        keepalive_interval: f64,
        keepalive_timeout: f64,
    ) -> PyResult<Self> {
        crate::errors::guard(|| {
            let trust = Trust {
                insecure,
                ca_cert_pem,
                client_cert_pem,
                client_key_pem,
                insecure_skip_verify,
            };
            let mut config = trust.channel_config(&endpoint, connect_timeout)?;
            config.metadata = metadata;
            config.keepalive_interval =
                seconds(Some(keepalive_interval))?.unwrap_or(config.keepalive_interval);
            config.keepalive_timeout =
                seconds(Some(keepalive_timeout))?.unwrap_or(config.keepalive_timeout);
            let client = Client::connect(&config).map_err(|e| {
                if e.code_name() == "INVALID_ARGUMENT" {
                    pyo3::exceptions::PyValueError::new_err(e.message)
                } else {
                    call_error(py, e)
                }
            })?;
            let client = match authenticator {
                Some(auth) => client.with_credentials(Arc::new(auth.inner.clone())),
                None => client,
            };
            Ok(RawChannel { client, endpoint })
        })
    }

    /// Call the unary RPC at `path` (`/package.Service/Method`) with an encoded request;
    /// returns the encoded response. `timeout` (seconds) is sent as the call's deadline.
    #[pyo3(signature = (path, request, timeout = None))]
    fn unary<'py>(
        &self,
        py: Python<'py>,
        path: &str,
        request: &[u8],
        timeout: Option<f64>,
    ) -> PyResult<Bound<'py, PyBytes>> {
        crate::errors::guard(|| {
            let timeout = seconds(timeout)?;
            let request = Bytes::copy_from_slice(request);
            let (client, path) = (self.client.clone(), path.to_owned());
            let response = wait(
                py,
                async move { client.unary(&path, request, timeout).await },
            )?;
            Ok(PyBytes::new(py, &response))
        })
    }

    /// Call the server-streaming RPC at `path`; returns an iterator over the encoded
    /// responses. `timeout` bounds the whole stream.
    #[pyo3(signature = (path, request, timeout = None))]
    fn server_streaming(
        &self,
        py: Python<'_>,
        path: &str,
        request: &[u8],
        timeout: Option<f64>,
    ) -> PyResult<ResponseIterator> {
        crate::errors::guard(|| {
            let timeout = seconds(timeout)?;
            let request = Bytes::copy_from_slice(request);
            let (client, path) = (self.client.clone(), path.to_owned());
            let stream = wait(py, async move {
                client.server_streaming(&path, request, timeout).await
            })?;
            Ok(ResponseIterator::new(stream, None))
        })
    }

    /// Call the bidirectional RPC at `path`. `requests` (an iterable of `bytes`) is read
    /// on a separate thread as the call needs it, like grpcio does; if it raises, the call
    /// is cancelled and the iterator over the responses raises that exception.
    #[pyo3(signature = (path, requests, timeout = None))]
    fn bidi_streaming(
        &self,
        py: Python<'_>,
        path: &str,
        requests: &Bound<'_, PyAny>,
        timeout: Option<f64>,
    ) -> PyResult<ResponseIterator> {
        crate::errors::guard(|| {
            let timeout = seconds(timeout)?;
            let requests = requests.try_iter().map_err(|_| {
                PyTypeError::new_err(format!(
                    "requests must be an iterable of bytes, not {}",
                    requests
                        .get_type()
                        .name()
                        .map_or_else(|_| "?".into(), |n| n.to_string())
                ))
            })?;
            let (feed, stream) = transport::request_channel();
            // The feeder starts first: a server may read every request before it answers
            // with the response headers the call waits for.
            let failure = Arc::new(Mutex::new(None));
            spawn_feeder(requests.unbind(), feed, Arc::clone(&failure))?;
            let (client, path) = (self.client.clone(), path.to_owned());
            let responses = wait(py, async move {
                client.bidi_streaming_fed(&path, stream, timeout).await
            });
            match responses {
                Ok(responses) => Ok(ResponseIterator::new(responses, Some(failure))),
                Err(error) => Err(take(&failure).unwrap_or(error)),
            }
        })
    }

    /// Starts the unary RPC at `path` for an event loop: the encoded response (or the
    /// call's exception) is posted to `completions` under `token`.
    #[pyo3(signature = (completions, token, path, request, timeout = None))]
    fn start_unary(
        &self,
        py: Python<'_>,
        completions: PyRef<'_, crate::aio::Completions>,
        token: u64,
        path: String,
        request: &[u8],
        timeout: Option<f64>,
    ) -> PyResult<crate::aio::PendingCall> {
        let timeout = seconds(timeout)?;
        let request = Bytes::copy_from_slice(request);
        crate::aio::start_unary(
            self.client.clone(),
            &completions,
            token,
            path,
            request,
            timeout,
        )
        .map_err(|e| call_error(py, e))
    }

    /// The server-streaming RPC at `path` for an event loop, started by the stream's
    /// first `next`.
    #[pyo3(signature = (completions, path, request, timeout = None))]
    fn start_server_streaming(
        &self,
        completions: PyRef<'_, crate::aio::Completions>,
        path: String,
        request: &[u8],
        timeout: Option<f64>,
    ) -> PyResult<crate::aio::AsyncStream> {
        let timeout = seconds(timeout)?;
        let request = Bytes::copy_from_slice(request);
        Ok(crate::aio::server_streaming(
            self.client.clone(),
            &completions,
            path,
            request,
            timeout,
        ))
    }

    /// The bidirectional RPC at `path` for an event loop; requests go through the
    /// stream's `send`.
    #[pyo3(signature = (completions, path, timeout = None))]
    fn start_bidi_streaming(
        &self,
        completions: PyRef<'_, crate::aio::Completions>,
        path: String,
        timeout: Option<f64>,
    ) -> PyResult<crate::aio::AsyncStream> {
        let timeout = seconds(timeout)?;
        Ok(crate::aio::bidi_streaming(
            self.client.clone(),
            &completions,
            path,
            timeout,
        ))
    }

    fn __repr__(&self) -> String {
        format!("RawChannel({:?})", self.endpoint)
    }
}

/// Runs `call` on the shared runtime and waits for it with the GIL released, checking for
/// signals; a call that fails or is interrupted (which cancels it) comes back as the
/// Python exception to raise.
///
/// A lone caller, which runs the runtime itself while it waits, polls the call there: no
/// task to make and no wake-up of the runtime to start one. Otherwise the call is a task,
/// run by whichever thread runs the runtime: a waiting thread that does not is woken once,
/// when the call is done, not at each step of the exchange.
pub(crate) fn wait<T>(
    py: Python<'_>,
    call: impl Future<Output = Result<T, CallError>> + Send + 'static,
) -> PyResult<T>
where
    T: Send + 'static,
{
    let runtime = transport::runtime().map_err(|e| call_error(py, e))?;
    let outcome = if transport::caller_drives_alone() {
        py.detach(|| {
            transport::block_on_interruptible(call, SIGNAL_CHECK_INTERVAL, check_signals)
                .map(|waited| waited.map(Ok))
        })
    } else {
        let mut task = AbortOnDrop(runtime.spawn(call));
        py.detach(|| {
            transport::block_on_interruptible(&mut task.0, SIGNAL_CHECK_INTERVAL, check_signals)
        })
    };
    match outcome {
        Ok(Ok(Ok(Ok(value)))) => Ok(value),
        Ok(Ok(Ok(Err(error)))) | Err(error) => Err(call_error(py, error)),
        Ok(Ok(Err(failed))) => Err(PyRuntimeError::new_err(format!(
            "internal error in flytekit_core._flyrs: the call's task failed: {failed}"
        ))),
        Ok(Err(interrupted)) => Err(interrupted),
    }
}

fn check_signals() -> PyResult<()> {
    Python::attach(|py| py.check_signals())
}

/// A task aborted when its waiter goes away (an interrupted wait cancels the call).
struct AbortOnDrop<T>(tokio::task::JoinHandle<T>);

impl<T> Drop for AbortOnDrop<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// The exception a request iterator raised, kept for the response iterator to raise.
type Failure = Arc<Mutex<Option<PyErr>>>;

fn take(failure: &Failure) -> Option<PyErr> {
    failure
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .take()
}

/// Reads `requests` on its own thread (it may block, or wait on responses) and feeds
/// each message to the call. Ends at the iterator's end, when the call ends, or at the
/// first exception, which it stores in `failure` before aborting the call.
fn spawn_feeder(
    requests: Py<pyo3::types::PyIterator>,
    feed: RequestFeed,
    failure: Failure,
) -> PyResult<()> {
    let feeder = move || {
        Python::attach(|py| {
            let requests = requests.bind(py);
            for item in requests {
                let message = item.and_then(|item| {
                    item.cast::<PyBytes>()
                        .map(|b| Bytes::copy_from_slice(b.as_bytes()))
                        .map_err(|_| {
                            PyTypeError::new_err(format!(
                                "each request must be bytes, not {}",
                                item.get_type()
                                    .name()
                                    .map_or_else(|_| "?".into(), |n| n.to_string())
                            ))
                        })
                });
                match message {
                    Ok(message) => {
                        if py.detach(|| feed.send_blocking(message)).is_err() {
                            return;
                        }
                    }
                    Err(error) => {
                        *failure.lock().unwrap_or_else(PoisonError::into_inner) = Some(error);
                        feed.abort();
                        return;
                    }
                }
            }
        })
    };
    std::thread::Builder::new()
        .name("flyrs-requests".into())
        .spawn(feeder)
        .map(drop)
        .map_err(|e| PyRuntimeError::new_err(format!("cannot start the request thread: {e}")))
}

enum StreamState {
    Open(Box<ResponseStream>),
    /// Another thread is waiting on the stream.
    Busy,
    Done,
}

/// The responses of a streaming call, as `bytes`. Closing it (or dropping it, or an
/// interrupted wait) cancels the call.
#[pyclass(module = "flytekit_core._flyrs")]
pub struct ResponseIterator {
    state: Mutex<StreamState>,
    failure: Option<Failure>,
}

impl ResponseIterator {
    fn new(stream: ResponseStream, failure: Option<Failure>) -> ResponseIterator {
        ResponseIterator {
            state: Mutex::new(StreamState::Open(Box::new(stream))),
            failure,
        }
    }

    fn set(&self, state: StreamState) {
        *self.state.lock().unwrap_or_else(PoisonError::into_inner) = state;
    }

    /// The request iterator's exception, if it raised one.
    fn take_failure(&self) -> Option<PyErr> {
        self.failure.as_ref().and_then(take)
    }
}

#[pymethods]
impl ResponseIterator {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyBytes>>> {
        crate::errors::guard(|| {
            let taken = std::mem::replace(
                &mut *self.state.lock().unwrap_or_else(PoisonError::into_inner),
                StreamState::Busy,
            );
            let mut stream = match taken {
                StreamState::Open(stream) => stream,
                StreamState::Done => {
                    self.set(StreamState::Done);
                    return Ok(None);
                }
                StreamState::Busy => {
                    return Err(PyRuntimeError::new_err(
                        "another thread is reading this response stream",
                    ))
                }
            };
            let next = wait(py, async move {
                Ok::<_, CallError>((stream.message().await, stream))
            });
            match next {
                Ok((Some(Ok(message)), stream)) => {
                    self.set(StreamState::Open(stream));
                    Ok(Some(PyBytes::new(py, &message)))
                }
                Ok((None, _)) => {
                    self.set(StreamState::Done);
                    self.take_failure().map_or(Ok(None), Err)
                }
                Ok((Some(Err(error)), _)) => {
                    self.set(StreamState::Done);
                    Err(self.take_failure().unwrap_or_else(|| call_error(py, error)))
                }
                Err(interrupted) => {
                    self.set(StreamState::Done);
                    Err(interrupted)
                }
            }
        })
    }

    /// Cancels the call; the iterator then ends.
    fn close(&self) {
        self.set(StreamState::Done);
    }
}
