//! One unary gRPC call as an HTTP/2 stream (gRPC's PROTOCOL-HTTP2.md): the request's
//! headers and its one length-prefixed message, then the response's message and its
//! status, from the trailers or from the headers of a trailers-only response.

use super::connection::{Connection, Open};
use super::error::CallError;
use bytes::{Buf, BufMut, Bytes, BytesMut};
use http::header::{CONTENT_TYPE, TE, USER_AGENT};
use http::uri::PathAndQuery;
use http::{HeaderMap, HeaderValue, Method, Request, StatusCode, Uri};
use tonic::{Code, Status};

const PREFIX_BYTES: usize = 5;

/// The headers gRPC requires on every request, besides the caller's.
pub(super) fn protocol_headers(headers: &mut HeaderMap, user_agent: &'static str) {
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/grpc"));
    headers.insert(TE, HeaderValue::from_static("trailers"));
    headers.insert(USER_AGENT, HeaderValue::from_static(user_agent));
}

/// Sends `message` to `path` with `headers` (metadata, `grpc-timeout`, the protocol's
/// own) and returns the response message. A stream that cannot be opened because the
/// connection has closed or received GOAWAY (nothing was sent) is opened once more, on a
/// new connection.
pub(super) async fn call(
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
    let mut request = Request::new(());
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
    body.send_data(framed(message), true)
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

fn framed(message: &Bytes) -> Bytes {
    let mut frame = BytesMut::with_capacity(PREFIX_BYTES + message.len());
    frame.put_u8(0); // not compressed
    frame.put_u32(message.len() as u32);
    frame.put_slice(message);
    frame.freeze()
}

/// The status of a response that ends with its headers, or of one that is not gRPC at
/// all (an HTTP error from a proxy), mapped as gRPC's http-grpc-status-mapping.md says.
fn trailers_only(status: StatusCode, headers: &HeaderMap, ended: bool) -> Option<CallError> {
    if status != StatusCode::OK {
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
    let grpc = Status::from_header_map(headers);
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
