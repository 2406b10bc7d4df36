//! A request stream fed from another thread, for callers whose requests come from
//! blocking code (a Python iterator): [`request_channel`] gives a [`RequestFeed`] to push
//! messages into and the [`RequestStream`] to call with. The feed can also abort: a
//! producer that fails must not half-close the call (the server would take its partial
//! requests as complete), so the stream then stays open and the call's responses end with
//! CANCELLED (see [`super::ResponseStream::cancel_on`]).

use super::error::CallError;
use bytes::Bytes;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use tokio::sync::mpsc;
use tokio_stream::Stream;

/// Messages buffered between the producer and the connection.
const CAPACITY: usize = 16;

/// Whether the producer gave up, and the waiters to wake when it does.
#[derive(Debug, Default)]
pub struct Abort {
    aborted: AtomicBool,
    wakers: Mutex<Vec<Waker>>,
}

impl Abort {
    pub fn is_aborted(&self) -> bool {
        self.aborted.load(Ordering::SeqCst)
    }

    fn trigger(&self) {
        self.aborted.store(true, Ordering::SeqCst);
        let wakers = std::mem::take(&mut *self.wakers.lock().unwrap_or_else(|p| p.into_inner()));
        wakers.into_iter().for_each(Waker::wake);
    }

    /// Runs `call` until it completes or the feed aborts, whichever is first; an abort
    /// drops the call (cancelling it) and yields CANCELLED. For the start of a streaming
    /// call, which may wait on requests that will now never come.
    pub async fn or_abort<T>(
        &self,
        call: impl Future<Output = Result<T, CallError>>,
    ) -> Result<T, CallError> {
        let mut call = std::pin::pin!(call);
        std::future::poll_fn(|cx| {
            if self.poll(cx).is_ready() {
                return Poll::Ready(Err(aborted()));
            }
            call.as_mut().poll(cx)
        })
        .await
    }

    /// Ready once aborted; otherwise registers `cx` to be woken then.
    pub(crate) fn poll(&self, cx: &mut Context<'_>) -> Poll<()> {
        if self.is_aborted() {
            return Poll::Ready(());
        }
        let mut wakers = self.wakers.lock().unwrap_or_else(|p| p.into_inner());
        if !wakers.iter().any(|w| w.will_wake(cx.waker())) {
            wakers.push(cx.waker().clone());
        }
        drop(wakers);
        // Checked again: an abort between the first check and the registration would
        // otherwise be missed.
        if self.is_aborted() {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    }
}

/// The producer's end. Dropping it ends the request stream normally.
#[derive(Debug)]
pub struct RequestFeed {
    tx: mpsc::Sender<Bytes>,
    abort: Arc<Abort>,
}

/// The call's end: the messages pushed into the feed, in order.
#[derive(Debug)]
pub struct RequestStream {
    rx: mpsc::Receiver<Bytes>,
    abort: Arc<Abort>,
}

pub fn request_channel() -> (RequestFeed, RequestStream) {
    let (tx, rx) = mpsc::channel(CAPACITY);
    let abort = Arc::new(Abort::default());
    (
        RequestFeed {
            tx,
            abort: Arc::clone(&abort),
        },
        RequestStream { rx, abort },
    )
}

impl RequestFeed {
    /// Queues a message, blocking while the buffer is full. Fails once the call has
    /// ended. Must not be called from inside the runtime.
    pub fn send_blocking(&self, message: Bytes) -> Result<(), CallError> {
        self.tx
            .blocking_send(message)
            .map_err(|_| CallError::new(tonic::Code::Cancelled, "the call has ended"))
    }

    /// Gives up: the call is cancelled instead of seeing the end of the requests.
    pub fn abort(self) {
        self.abort.trigger();
    }
}

impl RequestStream {
    /// The signal a response stream watches, see [`super::ResponseStream::cancel_on`].
    pub fn abort_signal(&self) -> Arc<Abort> {
        Arc::clone(&self.abort)
    }
}

impl Stream for RequestStream {
    type Item = Bytes;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Bytes>> {
        match self.rx.poll_recv(cx) {
            // An aborted feed never ends the stream; the call is cancelled instead.
            Poll::Ready(None) if self.abort.is_aborted() => Poll::Pending,
            other => other,
        }
    }
}

/// The status of a call whose request producer failed.
pub(crate) fn aborted() -> CallError {
    CallError::new(tonic::Code::Cancelled, "the request stream failed")
}
