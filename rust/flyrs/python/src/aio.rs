//! The bridge between asyncio and the shared runtime. A call made for an event loop runs
//! as a task on the runtime; its outcome is queued in the loop's [`Completions`], which
//! wakes the loop through a socket the loop watches (`loop.add_reader`). The loop drains
//! the queue and settles its futures, so runtime threads never wait for the GIL, and a
//! thousand calls finishing together cost the loop one wake-up, not a thousand.
//!
//! Unary calls made in one pass of the loop start together: they are queued, and the
//! loop's `start_queued()` (scheduled by the first of them with `loop.call_soon`, and
//! run early by every [`START_BATCH`]-th) hands them to the runtime with one wake-up of
//! its thread, and (the runtime running its tasks in turn) their requests go out in one
//! write. Started one by one, each would wake the runtime thread, which parks between
//! calls made more slowly than it runs them: a system call on each side per call.
//! `grpc.aio` starts its calls a loop pass later too (a task per call).
//!
//! Cancelling (an asyncio task cancelled, a stream closed) aborts the runtime task, which
//! drops the call: the HTTP/2 stream is reset and the server sees the cancellation. A call
//! cancelled while queued never starts.

use bytes::Bytes;
use flyrs_core::transport::{self, CallError, Client, RequestFeed, ResponseStream};
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::task::AbortHandle;

use crate::channel::call_error;
use crate::mailbox::{lock, mailbox, Doorbell, Mailbox};

/// How a call (or one step of a stream) ended.
enum Outcome {
    /// A response message.
    Message(Bytes),
    /// The end of a stream, or a request accepted by the feed.
    Done,
    Failed(CallError),
}

/// Outcomes waiting for their event loop, by token.
type Queue = Mailbox<(u64, Outcome)>;

/// The outcomes of one event loop's calls. `fileno()` becomes readable when some are
/// ready; `drain()` returns them as `(token, value, failed)`: the response `bytes` (or
/// None at a stream's end), or the `flytekit_core.exceptions` instance of a failed call.
#[pyclass(frozen, module = "flytekit_core._flyrs")]
pub struct Completions {
    queue: Arc<Queue>,
    doorbell: Doorbell,
    /// Unary calls made since the loop last ran `start_queued`.
    queued: Mutex<Vec<Queued>>,
}

/// Calls queued before they start without waiting for the end of the loop's pass: the
/// runtime and the server get to work while the loop makes the rest, and a wake-up is
/// shared by this many calls.
const START_BATCH: usize = 32;

type BoxedCall = Pin<Box<dyn Future<Output = ()> + Send>>;

struct Queued {
    token: u64,
    call: BoxedCall,
    state: Arc<Mutex<CallState>>,
}

enum CallState {
    Queued,
    Running(AbortHandle),
    Cancelled,
}

#[pymethods]
impl Completions {
    #[new]
    fn new() -> PyResult<Self> {
        let (queue, doorbell) = mailbox("event loop")?;
        Ok(Completions {
            queue: Arc::new(queue),
            doorbell,
            queued: Mutex::new(Vec::new()),
        })
    }

    /// Starts the unary calls queued since the last time, on the runtime; a call
    /// cancelled meanwhile is dropped unstarted.
    fn start_queued(&self) {
        let queued = std::mem::take(&mut *lock(&self.queued));
        if queued.is_empty() {
            return;
        }
        match transport::runtime() {
            // One task hands the calls to the runtime from inside it: spawned there, they
            // wake no thread. Each is background work: no blocking caller waits on it.
            Ok(runtime) => drop(runtime.spawn(transport::background(async move {
                for Queued { call, state, .. } in queued {
                    let mut current = lock(&state);
                    if matches!(*current, CallState::Queued) {
                        let call = transport::background(call);
                        *current = CallState::Running(tokio::spawn(call).abort_handle());
                    }
                }
            }))),
            // The calls were queued with a runtime running, so this is a forked child
            // that cannot start one: each call fails, none waits forever.
            Err(error) => {
                for Queued { token, .. } in queued {
                    self.queue.post((token, Outcome::Failed(error.clone())));
                }
            }
        }
    }

    fn fileno(&self) -> i32 {
        self.doorbell.fileno()
    }

    fn drain(&self, py: Python<'_>) -> Vec<(u64, Py<PyAny>, bool)> {
        self.queue
            .take(&self.doorbell)
            .into_iter()
            .map(|(token, outcome)| match outcome {
                Outcome::Message(message) => {
                    (token, PyBytes::new(py, &message).into_any().unbind(), false)
                }
                Outcome::Done => (token, py.None(), false),
                Outcome::Failed(error) => {
                    (token, call_error(py, error).into_value(py).into_any(), true)
                }
            })
            .collect()
    }
}

/// A unary call, queued or in flight; `cancel()` drops it.
#[pyclass(frozen, module = "flytekit_core._flyrs")]
pub struct PendingCall {
    state: Arc<Mutex<CallState>>,
}

#[pymethods]
impl PendingCall {
    fn cancel(&self) {
        let mut state = lock(&self.state);
        if let CallState::Running(task) = &*state {
            task.abort();
        }
        *state = CallState::Cancelled;
    }
}

fn spawn(future: impl Future<Output = ()> + Send + 'static) -> Result<AbortHandle, CallError> {
    let runtime = transport::runtime()?;
    Ok(runtime.spawn(transport::background(future)).abort_handle())
}

/// Queues a unary call on `completions`, to start with the loop's next `start_queued`.
pub(crate) fn start_unary(
    client: Client,
    completions: &Completions,
    token: u64,
    path: String,
    request: Bytes,
    timeout: Option<Duration>,
) -> Result<PendingCall, CallError> {
    // The runtime now, so that a process that cannot run one fails the call here.
    transport::runtime()?;
    let queue = Arc::clone(&completions.queue);
    let call: BoxedCall = Box::pin(async move {
        let outcome = match client.unary(&path, request, timeout).await {
            Ok(response) => Outcome::Message(response),
            Err(error) => Outcome::Failed(error),
        };
        queue.post((token, outcome));
    });
    let state = Arc::new(Mutex::new(CallState::Queued));
    let full = {
        let mut queued = lock(&completions.queued);
        queued.push(Queued {
            token,
            call,
            state: Arc::clone(&state),
        });
        queued.len() >= START_BATCH
    };
    if full {
        completions.start_queued();
    }
    Ok(PendingCall { state })
}

type Opening = Pin<Box<dyn Future<Output = Result<ResponseStream, CallError>> + Send>>;

enum Slot {
    /// Not started: the first `next` opens the call.
    Unopened(Opening),
    Open(Box<ResponseStream>),
    /// A task is waiting for the next message.
    Busy(AbortHandle),
    Done,
}

/// A streaming call for an event loop: `next(token)` asks for the next message (posted
/// under `token`: bytes, None at the end, or the call's exception); `cancel()` drops the
/// call. A bidirectional call also takes requests: `send(token, bytes)` (posted once the
/// feed has room), `close_requests()` (the end of the requests) and `abort_requests()`
/// (the producer failed: the server sees a cancellation, never a complete request set).
#[pyclass(frozen, module = "flytekit_core._flyrs")]
pub struct AsyncStream {
    slot: Arc<Mutex<Slot>>,
    queue: Arc<Queue>,
    feed: Mutex<Option<RequestFeed>>,
}

pub(crate) fn server_streaming(
    client: Client,
    completions: &Completions,
    path: String,
    request: Bytes,
    timeout: Option<Duration>,
) -> AsyncStream {
    let opening: Opening =
        Box::pin(async move { client.server_streaming(&path, request, timeout).await });
    AsyncStream::new(opening, completions, None)
}

pub(crate) fn bidi_streaming(
    client: Client,
    completions: &Completions,
    path: String,
    timeout: Option<Duration>,
) -> AsyncStream {
    let (feed, requests) = transport::request_channel();
    let opening: Opening =
        Box::pin(async move { client.bidi_streaming_fed(&path, requests, timeout).await });
    AsyncStream::new(opening, completions, Some(feed))
}

impl AsyncStream {
    fn new(opening: Opening, completions: &Completions, feed: Option<RequestFeed>) -> Self {
        AsyncStream {
            slot: Arc::new(Mutex::new(Slot::Unopened(opening))),
            queue: Arc::clone(&completions.queue),
            feed: Mutex::new(feed),
        }
    }
}

/// Reads one message and posts it; the stream goes back in its slot unless the call was
/// cancelled meanwhile.
async fn read_one(
    mut stream: Box<ResponseStream>,
    slot: Arc<Mutex<Slot>>,
    queue: Arc<Queue>,
    token: u64,
) {
    let outcome = match stream.message().await {
        Some(Ok(message)) => {
            let mut current = lock(&slot);
            if matches!(*current, Slot::Busy(_)) {
                *current = Slot::Open(stream);
            }
            Outcome::Message(message)
        }
        None => {
            *lock(&slot) = Slot::Done;
            Outcome::Done
        }
        Some(Err(error)) => {
            *lock(&slot) = Slot::Done;
            Outcome::Failed(error)
        }
    };
    queue.post((token, outcome));
}

#[pymethods]
impl AsyncStream {
    /// Asks for the next message; False if the stream has already ended.
    fn next(&self, py: Python<'_>, token: u64) -> PyResult<bool> {
        crate::errors::guard(|| {
            let mut current = lock(&self.slot);
            let (slot, queue) = (Arc::clone(&self.slot), Arc::clone(&self.queue));
            // The slot stays locked until it says Busy, so the task cannot finish first.
            let task = match std::mem::replace(&mut *current, Slot::Done) {
                Slot::Done => return Ok(false),
                Slot::Busy(task) => {
                    *current = Slot::Busy(task);
                    return Err(PyRuntimeError::new_err(
                        "another task is already waiting on this response stream",
                    ));
                }
                Slot::Open(stream) => spawn(read_one(stream, slot, queue, token)),
                Slot::Unopened(opening) => spawn(async move {
                    match opening.await {
                        Ok(stream) => read_one(Box::new(stream), slot, queue, token).await,
                        Err(error) => {
                            *lock(&slot) = Slot::Done;
                            queue.post((token, Outcome::Failed(error)));
                        }
                    }
                }),
            };
            match task {
                Ok(task) => {
                    *current = Slot::Busy(task);
                    Ok(true)
                }
                Err(error) => Err(call_error(py, error)),
            }
        })
    }

    /// Cancels the call (and, for a bidirectional one, its requests).
    fn cancel(&self) {
        if let Some(feed) = lock(&self.feed).take() {
            feed.abort();
        }
        if let Slot::Busy(task) = std::mem::replace(&mut *lock(&self.slot), Slot::Done) {
            task.abort();
        }
    }

    /// Queues one encoded request; the outcome under `token` says when it was taken
    /// (None) or that the call has ended (its exception).
    fn send(&self, py: Python<'_>, token: u64, request: &[u8]) -> PyResult<()> {
        let Some(feed) = lock(&self.feed).clone() else {
            return Err(PyRuntimeError::new_err("this call takes no more requests"));
        };
        let message = Bytes::copy_from_slice(request);
        let queue = Arc::clone(&self.queue);
        let sent = spawn(async move {
            let outcome = match feed.send(message).await {
                Ok(()) => Outcome::Done,
                Err(error) => Outcome::Failed(error),
            };
            queue.post((token, outcome));
        });
        sent.map(drop).map_err(|error| call_error(py, error))
    }

    /// The end of the requests: the server sees the request side closed.
    fn close_requests(&self) {
        lock(&self.feed).take();
    }

    /// The request producer failed: the call is cancelled, its requests never complete.
    fn abort_requests(&self) {
        if let Some(feed) = lock(&self.feed).take() {
            feed.abort();
        }
    }
}
