//! A request stream fed from another thread, for callers whose requests come from
//! blocking code (a Python iterator): [`request_channel`] gives a [`RequestFeed`] to push
//! messages into and the [`RequestStream`] to call with. The feed can also abort: a
//! producer that fails must not half-close the call (the server would take its partial
//! requests as complete): call with [`super::Client::bidi_streaming_fed`], which then
//! fails the request body (the HTTP/2 stream is reset with an error) and reports the call
//! as CANCELLED. The call is not dropped early: a plain cancel can read as the end of the
//! requests to some servers, until the failed body has reset the stream.

use super::error::CallError;
use bytes::Bytes;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use tokio::sync::mpsc;
use tokio_stream::Stream;

/// Messages buffered between the producer and the connection.
const CAPACITY: usize = 16;

/// Whether the producer gave up.
#[derive(Debug, Default)]
pub struct Abort {
    aborted: AtomicBool,
}

impl Abort {
    pub fn is_aborted(&self) -> bool {
        self.aborted.load(Ordering::SeqCst)
    }

    fn trigger(&self) {
        self.aborted.store(true, Ordering::SeqCst);
    }
}

/// The producer's end. Dropping it (every clone) ends the request stream normally.
#[derive(Clone, Debug)]
pub struct RequestFeed {
    tx: mpsc::Sender<Bytes>,
    abort: Arc<Abort>,
}

/// The call's end: the messages pushed into the feed, in order.
#[derive(Debug)]
pub struct RequestStream {
    rx: mpsc::Receiver<Bytes>,
    abort: Arc<Abort>,
    /// Whether the item that makes the encoder fail has been handed out.
    poisoned: bool,
}

pub fn request_channel() -> (RequestFeed, RequestStream) {
    let (tx, rx) = mpsc::channel(CAPACITY);
    let abort = Arc::new(Abort::default());
    (
        RequestFeed {
            tx,
            abort: Arc::clone(&abort),
        },
        RequestStream {
            rx,
            abort,
            poisoned: false,
        },
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

    /// Queues a message, waiting while the buffer is full: for producers on the runtime
    /// (an asyncio caller's requests). Fails once the call has ended.
    pub async fn send(&self, message: Bytes) -> Result<(), CallError> {
        self.tx
            .send(message)
            .await
            .map_err(|_| CallError::new(tonic::Code::Cancelled, "the call has ended"))
    }

    /// Gives up: the call is cancelled instead of seeing the end of the requests.
    pub fn abort(self) {
        self.abort.trigger();
    }
}

impl RequestStream {
    /// The signal the call watches.
    pub(crate) fn abort_signal(&self) -> Arc<Abort> {
        Arc::clone(&self.abort)
    }
}

impl Stream for RequestStream {
    type Item = Bytes;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Bytes>> {
        match self.rx.poll_recv(cx) {
            // An aborted feed never ends the stream. It yields one more item, which the
            // aborting codec refuses to encode: that fails the request body.
            Poll::Ready(None) if self.abort.is_aborted() => {
                if std::mem::replace(&mut self.poisoned, true) {
                    Poll::Pending
                } else {
                    Poll::Ready(Some(Bytes::new()))
                }
            }
            other => other,
        }
    }
}

/// The status of a call whose request producer failed.
pub(crate) fn aborted() -> CallError {
    CallError::new(tonic::Code::Cancelled, "the request stream failed")
}
