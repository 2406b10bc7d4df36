//! The client: moves encoded messages to and from a gRPC path, with per-call deadlines
//! and the channel's metadata on every call.

use super::channel;
use super::codec::BytesCodec;
use super::config::ChannelConfig;
use super::connection::Connection;
use super::credentials::{CallCredentials, CallHeaders};
use super::error::CallError;
use super::requests::{aborted, Abort, RequestStream};
use super::runtime::{check_process, require_context, runtime};
use bytes::Bytes;
use http::uri::PathAndQuery;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::time::{Instant, Sleep};
use tokio_stream::Stream;
use tonic::client::Grpc;
use tonic::metadata::{KeyRef, MetadataMap};
use tonic::transport::Channel;
use tonic::{Request, Streaming};

/// A connection to one server, cheap to clone; clones share its HTTP/2 connections.
///
/// Unary calls, nearly all of a remote's, run on a connection driven with h2 directly
/// ([`super::connection`]); streaming calls run on a tonic channel, opened by the first.
#[derive(Clone)]
pub struct Client {
    /// Each made by its first call (on the runtime, which therefore starts with it, not
    /// with the client), with the process it was made in (see [`check_process`]).
    unary_connection: Arc<OnceLock<(Arc<Connection>, u32)>>,
    channel: Arc<OnceLock<(Grpc<Channel>, u32)>>,
    config: Arc<ChannelConfig>,
    metadata: MetadataMap,
    credentials: Option<Arc<dyn CallCredentials>>,
    /// `host:port`, to name in transport failures.
    authority: Arc<str>,
}

impl Client {
    /// Checks `config` and prepares the channel, **lazily**: nothing is sent until the first
    /// call, which connects (bounded by `connect_timeout`) and fails with UNAVAILABLE if it
    /// cannot. This matches grpcio's channels, keeps construction cheap and synchronous,
    /// and reconnects transparently after the connection drops. Configuration mistakes
    /// (endpoint, metadata, CA) fail here with INVALID_ARGUMENT.
    pub fn connect(config: &ChannelConfig) -> Result<Client, CallError> {
        let target = config.target()?;
        let metadata = config.metadata_map()?;
        let authority = target
            .uri
            .authority()
            .map_or_else(|| config.endpoint.clone(), |a| a.to_string())
            .into();
        channel::check(config)?;
        Ok(Client {
            unary_connection: Arc::new(OnceLock::new()),
            channel: Arc::new(OnceLock::new()),
            config: Arc::new(config.clone()),
            metadata,
            credentials: None,
            authority,
        })
    }

    /// The channel, made on first use in the runtime this call runs on (the shared one:
    /// its connection worker must outlive whichever thread made the client). A client
    /// whose channel a parent process made refuses to run in a forked child.
    fn grpc(&self) -> Result<Grpc<Channel>, CallError> {
        first_use(&self.channel, || {
            let _entered = runtime()?.enter();
            Ok(Grpc::new(channel::connect_lazy(&self.config)?)
                .max_decoding_message_size(self.config.max_receive_bytes))
        })
    }

    /// The connection of unary calls, as [`Client::grpc`] the channel.
    fn unary_connection(&self) -> Result<Arc<Connection>, CallError> {
        first_use(&self.unary_connection, || {
            Connection::new(&self.config).map(Arc::new)
        })
    }

    /// This client, with `credentials` on every call (sharing the connection).
    pub fn with_credentials(&self, credentials: Arc<dyn CallCredentials>) -> Client {
        Client {
            credentials: Some(credentials),
            ..self.clone()
        }
    }

    /// One request, one response.
    pub async fn unary(
        &self,
        path: &str,
        request: Bytes,
        timeout: Option<Duration>,
    ) -> Result<Bytes, CallError> {
        require_context()?;
        let connection = self.unary_connection()?;
        let path = parse_path(path)?;
        let limit = self.config.max_receive_bytes;
        let (response, _) = self
            .call(request, resend, timeout, |request: Request<Bytes>| {
                let (metadata, _, message) = request.into_parts();
                let mut headers = metadata.into_headers();
                super::unary::protocol_headers(&mut headers, channel::USER_AGENT);
                let (connection, path) = (&connection, &path);
                async move { super::unary::call(connection, path, headers, &message, limit).await }
            })
            .await?;
        Ok(response)
    }

    /// One request, a stream of responses. The deadline bounds the whole stream; dropping
    /// the stream cancels the call.
    pub async fn server_streaming(
        &self,
        path: &str,
        request: Bytes,
        timeout: Option<Duration>,
    ) -> Result<ResponseStream, CallError> {
        let (responses, deadline) = self
            .tonic_call(
                path,
                request,
                resend,
                timeout,
                |mut grpc, path, request| async move {
                    grpc.server_streaming(request, path, BytesCodec::default())
                        .await
                },
            )
            .await?;
        Ok(self.stream(responses.into_inner(), deadline))
    }

    /// A stream of requests, one response.
    pub async fn client_streaming<S>(
        &self,
        path: &str,
        requests: S,
        timeout: Option<Duration>,
    ) -> Result<Bytes, CallError>
    where
        S: Stream<Item = Bytes> + Send + 'static,
    {
        let (response, _) = self
            .tonic_call(
                path,
                requests,
                no_resend,
                timeout,
                |mut grpc, path, requests| async move {
                    grpc.client_streaming(requests, path, BytesCodec::default())
                        .await
                },
            )
            .await?;
        Ok(response.into_inner())
    }

    /// Streams both ways. Requests are sent as `requests` yields them; the call's request
    /// side closes when it ends. The deadline bounds the whole call.
    pub async fn bidi_streaming<S>(
        &self,
        path: &str,
        requests: S,
        timeout: Option<Duration>,
    ) -> Result<ResponseStream, CallError>
    where
        S: Stream<Item = Bytes> + Send + 'static,
    {
        let (responses, deadline) = self
            .tonic_call(
                path,
                requests,
                no_resend,
                timeout,
                |mut grpc, path, requests| async move {
                    grpc.streaming(requests, path, BytesCodec::default()).await
                },
            )
            .await?;
        Ok(self.stream(responses.into_inner(), deadline))
    }

    /// [`Client::bidi_streaming`] with requests fed from a blocking producer. If the feed
    /// aborts, the request body fails, so the server sees the call cancelled (never the
    /// end of the requests), and the call or its responses end with CANCELLED.
    pub async fn bidi_streaming_fed(
        &self,
        path: &str,
        requests: RequestStream,
        timeout: Option<Duration>,
    ) -> Result<ResponseStream, CallError> {
        let signal = requests.abort_signal();
        let codec = BytesCodec::aborting_on(Arc::clone(&signal));
        let started = self
            .tonic_call(
                path,
                requests,
                no_resend,
                timeout,
                |mut grpc, path, requests| {
                    let codec = codec.clone();
                    async move { grpc.streaming(requests, path, codec).await }
                },
            )
            .await;
        let (responses, deadline) = started.map_err(|e| relabel(&signal, e))?;
        let mut stream = self.stream(responses.into_inner(), deadline);
        stream.abort = Some(signal);
        Ok(stream)
    }

    /// A call on the tonic channel (the streaming kinds): [`Client::call`], with `send`
    /// starting the call proper on a handle of the channel once it is ready.
    async fn tonic_call<T, R, F, Fut>(
        &self,
        path: &str,
        message: T,
        replay: fn(&T) -> Option<T>,
        timeout: Option<Duration>,
        send: F,
    ) -> Result<(R, Deadline), CallError>
    where
        F: Fn(Grpc<Channel>, PathAndQuery, Request<T>) -> Fut,
        Fut: Future<Output = Result<R, tonic::Status>>,
    {
        require_context()?;
        let channel = self.grpc()?;
        let path = parse_path(path)?;
        let (send, path) = (&send, &path);
        self.call(message, replay, timeout, |request| {
            let mut grpc = channel.clone();
            async move {
                ready(&mut grpc).await?;
                send(grpc, path.clone(), request)
                    .await
                    .map_err(|status| CallError::from_status_at(status, &self.authority))
            }
        })
        .await
    }

    /// What every call kind shares: the request with metadata, credentials and
    /// `grpc-timeout`, the local deadline, and renewing refused credentials. `send` makes
    /// one attempt.
    ///
    /// With credentials, a call the server refuses with UNAUTHENTICATED has them renewed
    /// (once for every call refused with the same ones) and is made once more if `replay`
    /// can give its message again; never more than once.
    async fn call<T, R, F, Fut>(
        &self,
        message: T,
        replay: fn(&T) -> Option<T>,
        timeout: Option<Duration>,
        send: F,
    ) -> Result<(R, Deadline), CallError>
    where
        F: Fn(Request<T>) -> Fut,
        Fut: Future<Output = Result<R, CallError>>,
    {
        let mut message = message;
        let mut renewed = false;
        loop {
            let again = if renewed { None } else { replay(&message) };
            // A sign-in (a browser, a device code) is bounded by its own timeouts; the
            // deadline bounds each attempt of the call once its credentials are ready.
            let headers = match &self.credentials {
                Some(credentials) => Some(credentials.headers().await?),
                None => None,
            };
            let deadline = Deadline::after(timeout);
            let request = self.request(message, timeout, headers.as_ref());
            let sent = deadline.bound(send(request)).await;
            let refused =
                matches!(&sent, Err(e) if e.status_code() == tonic::Code::Unauthenticated);
            match (&self.credentials, headers) {
                (Some(credentials), Some(headers)) if refused && !renewed => {
                    if !credentials.refused(headers.generation).await? {
                        return sent.map(|r| (r, deadline));
                    }
                    match again {
                        Some(next) => {
                            message = next;
                            renewed = true;
                        }
                        None => return sent.map(|r| (r, deadline)),
                    }
                }
                _ => return sent.map(|r| (r, deadline)),
            }
        }
    }

    fn stream(&self, responses: Streaming<Bytes>, deadline: Deadline) -> ResponseStream {
        ResponseStream::new(responses, deadline, Arc::clone(&self.authority))
    }

    /// The request carrying the channel's metadata, the credentials' headers and the
    /// `grpc-timeout` header.
    fn request<T>(
        &self,
        message: T,
        timeout: Option<Duration>,
        headers: Option<&CallHeaders>,
    ) -> Request<T> {
        let mut request = Request::new(message);
        *request.metadata_mut() = self.metadata.clone();
        if let Some(headers) = headers {
            headers.apply(request.metadata_mut());
        }
        if let Some(timeout) = timeout {
            request.set_timeout(timeout);
        }
        request
    }
}

/// The value in `cell`, made by `make` on first use; refused in a process forked from the
/// one that made it. Two first calls may race: one value wins, the other is dropped.
fn first_use<T: Clone>(
    cell: &OnceLock<(T, u32)>,
    make: impl FnOnce() -> Result<T, CallError>,
) -> Result<T, CallError> {
    if let Some((value, pid)) = cell.get() {
        check_process(*pid)?;
        return Ok(value.clone());
    }
    let made = make()?;
    Ok(cell.get_or_init(|| (made, std::process::id())).0.clone())
}

/// The message of a call that can be sent again (unary and server-streaming requests).
fn resend(message: &Bytes) -> Option<Bytes> {
    Some(message.clone())
}

/// A stream of requests is consumed by the first attempt.
fn no_resend<S>(_: &S) -> Option<S> {
    None
}

impl std::fmt::Debug for Client {
    // Metadata values are often credentials: show the keys only.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let keys: Vec<String> = self
            .metadata
            .keys()
            .map(|k| match k {
                KeyRef::Ascii(k) => k.as_str().to_string(),
                KeyRef::Binary(k) => k.as_str().to_string(),
            })
            .collect();
        f.debug_struct("Client")
            .field("metadata_keys", &keys)
            .field("credentials", &self.credentials.is_some())
            .finish_non_exhaustive()
    }
}

/// A call whose request feed aborted failed because of that, whatever the transport saw.
fn relabel(abort: &Abort, error: CallError) -> CallError {
    if abort.is_aborted() {
        aborted()
    } else {
        error
    }
}

/// A gRPC path is `/package.Service/Method`.
fn parse_path(path: &str) -> Result<PathAndQuery, CallError> {
    let bad = || CallError::invalid_argument(format!("invalid gRPC path {path:?}"));
    let rest = path.strip_prefix('/').ok_or_else(bad)?;
    match rest.split_once('/') {
        Some((service, method))
            if !service.is_empty() && !method.is_empty() && !method.contains(['/', '?']) =>
        {
            PathAndQuery::try_from(path).map_err(|_| bad())
        }
        _ => Err(bad()),
    }
}

async fn ready(grpc: &mut Grpc<Channel>) -> Result<(), CallError> {
    grpc.ready()
        .await
        .map_err(|e| CallError::unavailable(format!("channel closed: {e}")))
}

/// The local end of a call's deadline.
#[derive(Clone, Copy, Debug)]
struct Deadline(Option<Instant>);

impl Deadline {
    /// `None` (or a timeout too large to represent) means no deadline.
    fn after(timeout: Option<Duration>) -> Deadline {
        Deadline(timeout.and_then(|t| Instant::now().checked_add(t)))
    }

    async fn bound<T>(
        self,
        call: impl Future<Output = Result<T, CallError>>,
    ) -> Result<T, CallError> {
        match self.0 {
            Some(at) => match tokio::time::timeout_at(at, call).await {
                Ok(result) => result.map_err(|e| self.explain(e)),
                Err(_) => Err(CallError::deadline_exceeded()),
            },
            None => call.await,
        }
    }

    /// Whoever notices the deadline first may report it: our timer, tonic's enforcement
    /// of `grpc-timeout` in the channel, or the server (tonic servers answer CANCELLED).
    /// As in gRPC core, a call cancelled once its deadline has passed failed with
    /// DEADLINE_EXCEEDED, whichever of them won the race.
    fn explain(self, error: CallError) -> CallError {
        let passed = self.0.is_some_and(|at| Instant::now() >= at);
        if passed && error.status_code() == tonic::Code::Cancelled {
            CallError::deadline_exceeded()
        } else {
            error
        }
    }

    fn sleep(self) -> Option<Pin<Box<Sleep>>> {
        self.0.map(|at| Box::pin(tokio::time::sleep_until(at)))
    }
}

/// The responses of a streaming call. Ends after the last message, or after the first
/// error (a status from the server, a transport failure, or DEADLINE_EXCEEDED when the
/// call's deadline passes). Dropping it cancels the call (the stream is reset).
pub struct ResponseStream {
    inner: Streaming<Bytes>,
    deadline: Deadline,
    deadline_timer: Option<Pin<Box<Sleep>>>,
    authority: Arc<str>,
    /// The feed of the requests, whose abort explains a failure.
    abort: Option<Arc<Abort>>,
    done: bool,
}

impl ResponseStream {
    fn new(inner: Streaming<Bytes>, deadline: Deadline, authority: Arc<str>) -> ResponseStream {
        ResponseStream {
            inner,
            deadline,
            deadline_timer: deadline.sleep(),
            authority,
            abort: None,
            done: false,
        }
    }

    /// The next message, `None` at the end.
    pub async fn message(&mut self) -> Option<Result<Bytes, CallError>> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }
}

impl std::fmt::Debug for ResponseStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResponseStream")
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

impl Stream for ResponseStream {
    type Item = Result<Bytes, CallError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.done {
            return Poll::Ready(None);
        }
        // The deadline first: once it has passed, no more messages, as in gRPC.
        if let Some(sleep) = self.deadline_timer.as_mut() {
            if sleep.as_mut().poll(cx).is_ready() {
                self.done = true;
                return Poll::Ready(Some(Err(CallError::deadline_exceeded())));
            }
        }
        let next = Pin::new(&mut self.inner).poll_next(cx);
        match next {
            Poll::Pending => Poll::Pending,
            Poll::Ready(None) => {
                self.done = true;
                Poll::Ready(None)
            }
            Poll::Ready(Some(Ok(message))) => Poll::Ready(Some(Ok(message))),
            Poll::Ready(Some(Err(status))) => {
                self.done = true;
                let error = CallError::from_status_at(status, &self.authority);
                let error = match &self.abort {
                    Some(abort) => relabel(abort, error),
                    None => error,
                };
                Poll::Ready(Some(Err(self.deadline.explain(error))))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_checked() {
        assert!(parse_path("/flyteidl.service.AdminService/CreateTask").is_ok());
        for bad in [
            "",
            "/",
            "CreateTask",
            "/Svc/",
            "//M",
            "/Svc/M/x",
            "/Svc/M?q",
            "/a b/M",
        ] {
            let err = parse_path(bad).unwrap_err();
            assert_eq!(err.code_name(), "INVALID_ARGUMENT", "{bad:?}");
        }
    }
}
