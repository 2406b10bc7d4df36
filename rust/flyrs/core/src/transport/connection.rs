//! The HTTP/2 connection unary calls run on, driven with h2 directly: a call is one
//! stream on it, polled by the call's own task, with no hop through a request queue or a
//! task per request (tonic's channel has both, which cost more than the call itself when
//! a thousand run at once).
//!
//! The connection is opened by the first call (bounded by `connect_timeout`), shared by
//! every call of a client, and opened again by the next call once it has closed: the
//! server went away, sent GOAWAY, or stopped answering keepalive pings.

use super::config::ChannelConfig;
use super::error::CallError;
use bytes::Bytes;
use h2::client::SendRequest;
use http::uri::{Authority, Scheme};
use rustls::pki_types::ServerName;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;

const STREAM_WINDOW_BYTES: u32 = 4 * 1024 * 1024;
const CONNECTION_WINDOW_BYTES: u32 = 8 * 1024 * 1024;

/// Where and how to connect, and the open connection if there is one.
pub(super) struct Connection {
    address: String,
    tls: Option<(tokio_rustls::TlsConnector, ServerName<'static>)>,
    /// The `:scheme` and `:authority` of every request.
    pub scheme: Scheme,
    pub authority: Authority,
    connect_timeout: Duration,
    /// Interval and timeout; none when keepalive is off.
    keepalive: Option<(Duration, Duration)>,
    slot: Mutex<Slot>,
    /// One opening at a time: calls arriving meanwhile wait for it, not open their own.
    opening: tokio::sync::Mutex<()>,
}

/// The open connection, if any, and how the attempts to open one went.
#[derive(Default)]
struct Slot {
    open: Option<Open>,
    /// Attempts finished so far, and the last one's failure: calls that waited while an
    /// attempt failed share its failure instead of each spending a `connect_timeout` of
    /// its own in turn (the k-th of k calls to a silent server would wait k of them).
    attempts: u64,
    failure: Option<CallError>,
}

impl Slot {
    fn usable(&self) -> Option<Open> {
        self.open.as_ref().filter(|o| !o.state.is_closed()).cloned()
    }
}

/// An open connection: the handle that starts streams, and what its driver reports.
#[derive(Clone)]
pub(super) struct Open {
    pub send: SendRequest<Bytes>,
    pub state: Arc<State>,
}

/// Shared by the calls on a connection and the task that drives it.
#[derive(Default)]
pub(super) struct State {
    closed: AtomicBool,
    /// Calls in flight: keepalive pings only while there are some, as gRPC clients do by
    /// default (servers enforcing gRPC's ping policy close connections pinged while idle).
    calls: AtomicUsize,
    /// Why the connection closed, when we closed it (keepalive); calls failing with the
    /// connection say so.
    reason: Mutex<Option<String>>,
}

impl State {
    pub fn is_closed(&self) -> bool {
        self.closed.load(Ordering::Acquire)
    }

    /// Counts a call in flight until the guard is dropped.
    pub fn call(self: &Arc<Self>) -> CallInFlight {
        self.calls.fetch_add(1, Ordering::Relaxed);
        CallInFlight(Arc::clone(self))
    }

    pub fn close_reason(&self) -> Option<String> {
        self.reason
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

pub(super) struct CallInFlight(Arc<State>);

impl Drop for CallInFlight {
    fn drop(&mut self) {
        self.0.calls.fetch_sub(1, Ordering::Relaxed);
    }
}

impl Connection {
    /// Checks `config`'s endpoint and TLS material; connects nothing.
    pub fn new(config: &ChannelConfig) -> Result<Connection, CallError> {
        let target = config.target()?;
        let invalid = |why: &str| {
            CallError::invalid_argument(format!("invalid endpoint {:?}: {why}", config.endpoint))
        };
        let authority = target
            .uri
            .authority()
            .cloned()
            .ok_or_else(|| invalid("no host"))?;
        let tls = if target.tls {
            let mut tls = super::tls::client_config(config)?;
            tls.alpn_protocols = vec![b"h2".to_vec()];
            let name = ServerName::try_from(target.host().to_string())
                .map_err(|_| invalid("not a server name"))?;
            Some((tokio_rustls::TlsConnector::from(Arc::new(tls)), name))
        } else {
            None
        };
        let keepalive = (!config.keepalive_interval.is_zero())
            .then_some((config.keepalive_interval, config.keepalive_timeout));
        Ok(Connection {
            address: target.host_port(),
            scheme: if target.tls {
                Scheme::HTTPS
            } else {
                Scheme::HTTP
            },
            tls,
            authority,
            connect_timeout: config.connect_timeout,
            keepalive,
            slot: Mutex::default(),
            opening: tokio::sync::Mutex::new(()),
        })
    }

    /// `host:port`, to name in failures.
    pub fn address(&self) -> &str {
        &self.address
    }

    /// The open connection, opening one if there is none (or the last one closed).
    pub async fn get(&self) -> Result<Open, CallError> {
        let seen = {
            let slot = self.slot();
            if let Some(open) = slot.usable() {
                return Ok(open);
            }
            slot.attempts
        };
        let _opening = self.opening.lock().await;
        {
            let slot = self.slot();
            if let Some(open) = slot.usable() {
                return Ok(open);
            }
            if let (true, Some(failure)) = (slot.attempts != seen, &slot.failure) {
                return Err(failure.clone());
            }
        }
        let opened = self.connect().await;
        let mut slot = self.slot();
        slot.attempts += 1;
        slot.failure = opened.as_ref().err().cloned();
        slot.open = opened.as_ref().ok().cloned();
        opened
    }

    /// Forgets `open` (a call found it unusable), so the next call opens another.
    pub fn forget(&self, open: &Open) {
        let mut slot = self.slot();
        if slot
            .open
            .as_ref()
            .is_some_and(|c| Arc::ptr_eq(&c.state, &open.state))
        {
            slot.open = None;
        }
    }

    fn slot(&self) -> std::sync::MutexGuard<'_, Slot> {
        self.slot.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// TCP, TLS if the endpoint has it, and the HTTP/2 preface, all within
    /// `connect_timeout`.
    async fn connect(&self) -> Result<Open, CallError> {
        let deadline = later(self.connect_timeout);
        let fail = |what: &str, e: &dyn std::fmt::Display| {
            CallError::unavailable(format!("{}: {what}: {e}", self.address))
        };
        let late = |what: &str| CallError::unavailable(format!("{}: {what}", self.address));
        let tcp = tokio::time::timeout_at(deadline, TcpStream::connect(&self.address))
            .await
            .map_err(|_| late("tcp connect timeout"))?
            .map_err(|e| fail("tcp connect error", &e))?;
        tcp.set_nodelay(true)
            .map_err(|e| fail("tcp connect error", &e))?;
        let Some((connector, name)) = &self.tls else {
            return tokio::time::timeout_at(deadline, self.handshake(tcp))
                .await
                .map_err(|_| late("HTTP/2 handshake timeout"))?;
        };
        let opening = async {
            let tls = connector
                .connect(name.clone(), tcp)
                .await
                .map_err(|e| fail("TLS handshake error", &e))?;
            if tls.get_ref().1.alpn_protocol() != Some(b"h2") {
                return Err(late("the server does not speak HTTP/2 over TLS (ALPN h2)"));
            }
            self.handshake(tls).await
        };
        tokio::time::timeout_at(deadline, opening)
            .await
            .map_err(|_| late("TLS handshake timeout"))?
    }

    async fn handshake<T>(&self, io: T) -> Result<Open, CallError>
    where
        T: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    {
        let (send, mut connection) = h2::client::Builder::new()
            .initial_window_size(STREAM_WINDOW_BYTES)
            .initial_connection_window_size(CONNECTION_WINDOW_BYTES)
            .enable_push(false)
            .handshake::<_, Bytes>(io)
            .await
            .map_err(|e| {
                CallError::unavailable(format!("{}: HTTP/2 handshake: {e}", self.address))
            })?;
        let state = Arc::new(State::default());
        let pings = connection.ping_pong();
        let driver = Driver {
            connection,
            keepalive: self
                .keepalive
                .zip(pings)
                .map(|((interval, timeout), pings)| Keepalive {
                    pings,
                    interval,
                    timeout,
                    timer: Box::pin(tokio::time::sleep(interval)),
                    waiting: false,
                }),
            state: Arc::clone(&state),
            address: self.address.clone(),
        };
        // On the shared runtime, whichever runtime this call runs on: the connection
        // outlives the call.
        super::runtime::runtime()?.spawn(driver);
        Ok(Open { send, state })
    }
}

/// `after` from now; a duration too long to represent is as good as never.
fn later(after: Duration) -> tokio::time::Instant {
    let now = tokio::time::Instant::now();
    now.checked_add(after)
        .unwrap_or_else(|| now + Duration::from_secs(100 * 365 * 24 * 3600))
}

/// The task that drives a connection: its frames, and its keepalive pings.
struct Driver<T: AsyncRead + AsyncWrite + Unpin> {
    connection: h2::client::Connection<T, Bytes>,
    keepalive: Option<Keepalive>,
    state: Arc<State>,
    address: String,
}

struct Keepalive {
    pings: h2::PingPong,
    interval: Duration,
    timeout: Duration,
    timer: Pin<Box<tokio::time::Sleep>>,
    /// A ping is out, and `timer` is its timeout.
    waiting: bool,
}

impl Keepalive {
    /// Ready when the peer missed a ping's deadline.
    fn poll_dead(&mut self, cx: &mut Context<'_>, calls: usize) -> Poll<String> {
        loop {
            if self.waiting {
                match self.pings.poll_pong(cx) {
                    Poll::Ready(Ok(_)) => {
                        self.waiting = false;
                        let next = later(self.interval);
                        self.timer.as_mut().reset(next);
                        continue;
                    }
                    Poll::Ready(Err(e)) => return Poll::Ready(format!("keepalive ping: {e}")),
                    Poll::Pending => {}
                }
                return match self.timer.as_mut().poll(cx) {
                    Poll::Ready(()) => Poll::Ready("keepalive timeout".to_string()),
                    Poll::Pending => Poll::Pending,
                };
            }
            if self.timer.as_mut().poll(cx).is_pending() {
                return Poll::Pending;
            }
            if calls == 0 {
                self.timer.as_mut().reset(later(self.interval));
                continue;
            }
            if let Err(e) = self.pings.send_ping(h2::Ping::opaque()) {
                return Poll::Ready(format!("keepalive ping: {e}"));
            }
            self.waiting = true;
            self.timer.as_mut().reset(later(self.timeout));
        }
    }
}

impl<T: AsyncRead + AsyncWrite + Unpin> Drop for Driver<T> {
    // However the driver ends (its connection closed, or its runtime shut down), calls
    // stop taking the connection.
    fn drop(&mut self) {
        self.state.closed.store(true, Ordering::Release);
    }
}

impl<T: AsyncRead + AsyncWrite + Unpin> Future for Driver<T> {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = &mut *self;
        let ended = match Pin::new(&mut this.connection).poll(cx) {
            Poll::Ready(Ok(())) => None,
            Poll::Ready(Err(e)) => Some(e.to_string()),
            Poll::Pending => {
                let calls = this.state.calls.load(Ordering::Relaxed);
                match this.keepalive.as_mut().map(|k| k.poll_dead(cx, calls)) {
                    Some(Poll::Ready(reason)) => {
                        // Dropping the connection fails its streams at once.
                        *this
                            .state
                            .reason
                            .lock()
                            .unwrap_or_else(PoisonError::into_inner) = Some(reason.clone());
                        Some(reason)
                    }
                    _ => return Poll::Pending,
                }
            }
        };
        if let Some(reason) = ended {
            log::debug!("connection to {} closed: {reason}", this.address);
        }
        Poll::Ready(())
    }
}
