//! The client: moves encoded messages to and from a gRPC path, with per-call deadlines
//! and the channel's metadata on every call. A unary call is one HTTP/2 stream, sent and
//! read here with h2 on the connection [`super::connection`] keeps open; streaming calls
//! go through a tonic channel.

use super::channel;
use super::codec::BytesCodec;
use super::config::ChannelConfig;
use super::connection::{Connection, Open};
use super::credentials::{CallCredentials, CallHeaders};
use super::error::CallError;
use super::requests::{aborted, Abort, RequestStream};
use super::runtime::{check_process, process_id, require_context, runtime};
use bytes::{Buf, BufMut, Bytes, BytesMut};
use http::header::{CONTENT_TYPE, TE, USER_AGENT};
use http::uri::PathAndQuery;
use http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
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
use tonic::{Code, Request, Status, Streaming};

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
                protocol_headers(&mut headers, channel::USER_AGENT);
                let (connection, path) = (&connection, &path);
                // Boxed: the exchange's state is kilobytes, which each layer above (the
                // deadline, the credential renewal) would otherwise copy as it moves it.
                Box::pin(
                    async move { unary_exchange(connection, path, headers, &message, limit).await },
                )
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
    Ok(cell.get_or_init(|| (made, process_id())).0.clone())
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

// The unary exchange, as gRPC's PROTOCOL-HTTP2.md describes it: the request's headers
// and its one length-prefixed message, then the response's message and its status, from
// the trailers or from the headers of a trailers-only response.

const PREFIX_BYTES: usize = 5;

/// The headers gRPC requires on every request, besides the caller's.
fn protocol_headers(headers: &mut HeaderMap, user_agent: &'static str) {
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/grpc"));
    headers.insert(TE, HeaderValue::from_static("trailers"));
    headers.insert(USER_AGENT, HeaderValue::from_static(user_agent));
}

/// Sends `message` to `path` with `headers` (metadata, `grpc-timeout`, the protocol's
/// own) and returns the response message. A stream that cannot be opened because the
/// connection has closed or received GOAWAY (nothing was sent) is opened once more, on a
/// new connection.
async fn unary_exchange(
    connection: &Connection,
    path: &PathAndQuery,
    headers: HeaderMap,
    message: &Bytes,
    max_receive_bytes: usize,
) -> Result<Bytes, CallError> {
    let uri = Uri::builder()
        .scheme(connection.scheme.clone())
        .authority(connection.authority.clone())
        .path_and_query(path.clone())
        .build()
        .map_err(|e| CallError::invalid_argument(format!("invalid gRPC path {path}: {e}")))?;
    let mut request = http::Request::new(());
    *request.method_mut() = Method::POST;
    *request.uri_mut() = uri;
    *request.headers_mut() = headers;
    let mut open = connection.get().await?;
    let mut send = match open.send.clone().ready().await {
        Ok(send) => send,
        Err(_) => {
            // Closed or sent GOAWAY while idle; nothing was sent: a new connection.
            connection.forget(&open);
            open = connection.get().await?;
            open.send
                .clone()
                .ready()
                .await
                .map_err(|e| connection_error(connection, &open, &e))?
        }
    };
    let (response, mut body) = send
        .send_request(request, false)
        .map_err(|e| connection_error(connection, &open, &e))?;
    let _counted = open.state.call();
    body.send_data(framed(message)?, true)
        .map_err(|e| stream_error(connection, &open, &e))?;
    let response = response
        .await
        .map_err(|e| stream_error(connection, &open, &e))?;
    let (parts, mut body) = response.into_parts();
    if let Some(status) = trailers_only(parts.status, &parts.headers, body.is_end_stream()) {
        return Err(status);
    }
    let mut received = Received::new(max_receive_bytes);
    while let Some(chunk) = body.data().await {
        let chunk = chunk.map_err(|e| stream_error(connection, &open, &e))?;
        // Give the window back at once: the whole message is being read.
        let _ = body.flow_control().release_capacity(chunk.len());
        received.push(chunk)?;
    }
    let trailers = body
        .trailers()
        .await
        .map_err(|e| stream_error(connection, &open, &e))?;
    match trailers.as_ref().and_then(Status::from_header_map) {
        Some(status) if status.code() == Code::Ok => received.message(),
        Some(status) => Err(CallError::from_status(status)),
        None => Err(CallError::internal(
            "the server ended the response without a gRPC status",
        )),
    }
}

fn framed(message: &Bytes) -> Result<Bytes, CallError> {
    let length = u32::try_from(message.len()).map_err(|_| {
        CallError::new(
            Code::ResourceExhausted,
            format!(
                "a request of {} bytes is over gRPC's 4 GiB limit",
                message.len()
            ),
        )
    })?;
    let mut frame = BytesMut::with_capacity(PREFIX_BYTES + message.len());
    frame.put_u8(0); // not compressed
    frame.put_u32(length);
    frame.put_slice(message);
    Ok(frame.freeze())
}

/// The status of a response that ends with its headers, or of one that is not gRPC at
/// all (an HTTP error from a proxy), mapped as gRPC's http-grpc-status-mapping.md says.
fn trailers_only(status: StatusCode, headers: &HeaderMap, ended: bool) -> Option<CallError> {
    let grpc = Status::from_header_map(headers);
    // A gRPC status wins over the HTTP one (a proxy's 429 with RESOURCE_EXHAUSTED).
    if status != StatusCode::OK && grpc.as_ref().is_none_or(|s| s.code() == Code::Ok) {
        let code = match status.as_u16() {
            400 => Code::Internal,
            401 => Code::Unauthenticated,
            403 => Code::PermissionDenied,
            404 => Code::Unimplemented,
            429 | 502 | 503 | 504 => Code::Unavailable,
            _ => Code::Unknown,
        };
        return Some(CallError::new(
            code,
            format!("the server answered HTTP {status}, not gRPC"),
        ));
    }
    match grpc {
        Some(status) if status.code() != Code::Ok || ended => Some(if status.code() == Code::Ok {
            CallError::internal("the server sent no response message")
        } else {
            CallError::from_status(status)
        }),
        _ if ended => Some(CallError::internal(
            "the server ended the response without a gRPC status",
        )),
        _ => None,
    }
}

/// The response's one message, assembled from the DATA frames it arrives in; a message
/// over the limit fails as soon as its length prefix is read.
struct Received {
    limit: usize,
    /// The bytes so far: usually one frame, sliced without copying.
    first: Option<Bytes>,
    more: BytesMut,
}

impl Received {
    fn new(limit: usize) -> Received {
        Received {
            limit,
            first: None,
            more: BytesMut::new(),
        }
    }

    fn push(&mut self, chunk: Bytes) -> Result<(), CallError> {
        match self.first.take() {
            None if self.more.is_empty() => self.first = Some(chunk),
            first => {
                if let Some(first) = first {
                    self.more.extend_from_slice(&first);
                }
                self.more.extend_from_slice(&chunk);
            }
        }
        self.check()
    }

    fn buffered(&self) -> &[u8] {
        self.first.as_deref().unwrap_or(&self.more)
    }

    fn check(&self) -> Result<(), CallError> {
        let bytes = self.buffered();
        if bytes.len() < PREFIX_BYTES {
            return Ok(());
        }
        let length = u32::from_be_bytes([bytes[1], bytes[2], bytes[3], bytes[4]]) as usize;
        if length > self.limit {
            // gRPC core's words.
            return Err(CallError::new(
                Code::ResourceExhausted,
                format!(
                    "Received message larger than max ({length} vs. {})",
                    self.limit
                ),
            ));
        }
        if bytes[0] != 0 {
            return Err(CallError::internal(
                "the server sent a compressed message, and none was asked for",
            ));
        }
        if bytes.len() > PREFIX_BYTES + length {
            return Err(CallError::internal(
                "the server sent more than one response message",
            ));
        }
        Ok(())
    }

    fn message(self) -> Result<Bytes, CallError> {
        let mut bytes = match self.first {
            Some(first) => first,
            None => self.more.freeze(),
        };
        if bytes.is_empty() {
            return Err(CallError::internal("the server sent no response message"));
        }
        if bytes.len() < PREFIX_BYTES {
            return Err(CallError::internal("the response message was cut short"));
        }
        let length = u32::from_be_bytes([bytes[1], bytes[2], bytes[3], bytes[4]]) as usize;
        if bytes.len() != PREFIX_BYTES + length {
            return Err(CallError::internal("the response message was cut short"));
        }
        bytes.advance(PREFIX_BYTES);
        Ok(bytes)
    }
}

/// A failure of the stream once it was sent. A reset from the server maps as gRPC's
/// PROTOCOL-HTTP2.md says; anything else (the connection broke, went away, or stopped
/// answering pings) is UNAVAILABLE, naming the server and the cause.
fn stream_error(connection: &Connection, open: &Open, error: &h2::Error) -> CallError {
    if error.is_reset() && error.is_remote() {
        let code = match error.reason() {
            Some(h2::Reason::REFUSED_STREAM) => Code::Unavailable,
            Some(h2::Reason::CANCEL) => Code::Cancelled,
            Some(h2::Reason::ENHANCE_YOUR_CALM) => Code::ResourceExhausted,
            Some(h2::Reason::INADEQUATE_SECURITY) => Code::PermissionDenied,
            _ => Code::Internal,
        };
        return CallError::new(code, format!("the server reset the stream: {error}"));
    }
    connection_error(connection, open, error)
}

fn connection_error(connection: &Connection, open: &Open, error: &h2::Error) -> CallError {
    let cause = open
        .state
        .close_reason()
        .unwrap_or_else(|| error.to_string());
    CallError::unavailable(format!("{}: {cause}", connection.address()))
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

    fn prefixed(flag: u8, length: u32, payload: &[u8]) -> Bytes {
        let mut frame = vec![flag];
        frame.extend_from_slice(&length.to_be_bytes());
        frame.extend_from_slice(payload);
        Bytes::from(frame)
    }

    #[test]
    fn a_response_message_is_read_from_one_frame_or_many() {
        let whole = prefixed(0, 5, b"hello");
        let mut one = Received::new(100);
        one.push(whole.clone()).unwrap();
        assert_eq!(&one.message().unwrap()[..], b"hello");

        let mut split = Received::new(100);
        for part in [&whole[..2], &whole[2..6], &whole[6..]] {
            split.push(Bytes::copy_from_slice(part)).unwrap();
        }
        assert_eq!(&split.message().unwrap()[..], b"hello");

        let mut empty = Received::new(100);
        empty.push(prefixed(0, 0, b"")).unwrap();
        assert!(empty.message().unwrap().is_empty());
    }

    #[test]
    fn malformed_response_messages_are_errors() {
        let code = |r: Result<Bytes, CallError>| r.unwrap_err().code_name();
        assert_eq!(code(Received::new(100).message()), "INTERNAL"); // none
        let mut short = Received::new(100);
        short.push(prefixed(0, 9, b"abc")).unwrap();
        assert_eq!(code(short.message()), "INTERNAL");
        let mut cut = Received::new(100);
        cut.push(Bytes::from_static(b"\0\0")).unwrap();
        assert_eq!(code(cut.message()), "INTERNAL");

        let mut two = Received::new(100);
        let mut frames = prefixed(0, 1, b"a").to_vec();
        frames.extend_from_slice(&prefixed(0, 1, b"b"));
        assert_eq!(two.push(frames.into()).unwrap_err().code_name(), "INTERNAL");

        let mut compressed = Received::new(100);
        let err = compressed.push(prefixed(1, 1, b"x")).unwrap_err();
        assert_eq!(err.code_name(), "INTERNAL");
        assert!(err.message.contains("compressed"), "{err}");

        // Over the limit as soon as the prefix says so, in gRPC core's words.
        let mut large = Received::new(4);
        let err = large
            .push(Bytes::from(prefixed(0, 5, b"")[..5].to_vec()))
            .unwrap_err();
        assert_eq!(err.code_name(), "RESOURCE_EXHAUSTED");
        assert_eq!(err.message, "Received message larger than max (5 vs. 4)");
    }

    #[test]
    fn response_headers_map_as_grpc_says() {
        let grpc = |pairs: &[(&'static str, &'static str)]| {
            let mut headers = HeaderMap::new();
            for (k, v) in pairs {
                headers.insert(*k, HeaderValue::from_static(v));
            }
            headers
        };
        let none = HeaderMap::new();
        // A gRPC response that goes on to its message and trailers.
        assert!(trailers_only(StatusCode::OK, &none, false).is_none());
        // Trailers-only: the status in the headers.
        let failed = grpc(&[("grpc-status", "5"), ("grpc-message", "no%20such%20task")]);
        let err = trailers_only(StatusCode::OK, &failed, true).unwrap();
        assert_eq!(
            (err.code_name(), err.message.as_str()),
            ("NOT_FOUND", "no such task")
        );
        let ok = grpc(&[("grpc-status", "0")]);
        assert_eq!(
            trailers_only(StatusCode::OK, &ok, true)
                .unwrap()
                .code_name(),
            "INTERNAL"
        );
        assert_eq!(
            trailers_only(StatusCode::OK, &none, true)
                .unwrap()
                .code_name(),
            "INTERNAL"
        );
        // A gRPC status with an HTTP error: the gRPC status.
        let exhausted = grpc(&[("grpc-status", "8")]);
        let err = trailers_only(StatusCode::TOO_MANY_REQUESTS, &exhausted, true).unwrap();
        assert_eq!(err.code_name(), "RESOURCE_EXHAUSTED");
        // Not gRPC at all: a proxy's HTTP error.
        for (status, code) in [
            (404, "UNIMPLEMENTED"),
            (401, "UNAUTHENTICATED"),
            (403, "PERMISSION_DENIED"),
            (503, "UNAVAILABLE"),
            (502, "UNAVAILABLE"),
            (400, "INTERNAL"),
            (500, "UNKNOWN"),
        ] {
            let status = StatusCode::from_u16(status).unwrap();
            let err = trailers_only(status, &none, false).unwrap();
            assert_eq!(err.code_name(), code, "{status}");
            assert!(err.message.contains(status.as_str()), "{err}");
        }
    }
}
