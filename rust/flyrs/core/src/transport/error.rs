//! The error of a call: a gRPC status, whether the server sent it or the client made it
//! up (transport failure, local deadline, bad configuration). Every failure the transport
//! reports goes through [`CallError::from_status`], so the mapping lives in one place.

use bytes::Bytes;
use std::error::Error as _;
use std::fmt;
use tonic::{Code, Status};

/// Prefix of the status tonic makes up when a received message is over the size limit.
const TONIC_TOO_LARGE_PREFIX: &str = "Error, decoded message length too large";

/// gRPC core's message for an expired deadline.
const DEADLINE_MESSAGE: &str = "Deadline Exceeded";

/// A failed call, as gRPC describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallError {
    /// The numeric gRPC status code (`5` for NOT_FOUND).
    pub code: i32,
    /// The status message, decoded.
    pub message: String,
    /// The `grpc-status-details-bin` payload (a serialized `google.rpc.Status`), or empty.
    pub details: Bytes,
}

impl CallError {
    pub fn new(code: Code, message: impl Into<String>) -> CallError {
        CallError {
            code: code as i32,
            message: message.into(),
            details: Bytes::new(),
        }
    }

    pub fn unavailable(message: impl Into<String>) -> CallError {
        CallError::new(Code::Unavailable, message)
    }

    pub fn invalid_argument(message: impl Into<String>) -> CallError {
        CallError::new(Code::InvalidArgument, message)
    }

    pub fn internal(message: impl Into<String>) -> CallError {
        CallError::new(Code::Internal, message)
    }

    pub fn deadline_exceeded() -> CallError {
        CallError::new(Code::DeadlineExceeded, DEADLINE_MESSAGE)
    }

    /// The code as tonic's enum; numbers outside the gRPC range read as UNKNOWN.
    pub fn status_code(&self) -> Code {
        Code::from_i32(self.code)
    }

    /// The canonical upper-case name of the code (`NOT_FOUND`), as grpcio's `StatusCode`.
    pub fn code_name(&self) -> &'static str {
        code_name(self.status_code())
    }

    /// The one mapping from a tonic status to a call error; see [`CallError::from_status_at`].
    pub fn from_status(status: Status) -> CallError {
        map_status(status, None)
    }

    /// Maps a status as gRPC core (and so grpcio) would report it, and names `endpoint`
    /// in failures that happened on this side of the connection.
    ///
    /// tonic already turns connection failures (refused, DNS, connect timeout, TLS
    /// handshake) into UNAVAILABLE. On top of that, for a status made locally (its source
    /// chain holds a tonic transport error; a server's status has no source):
    /// - tonic's enforcement of `grpc-timeout` says CANCELLED: that is DEADLINE_EXCEEDED;
    /// - any other CANCELLED or UNKNOWN is a broken connection: UNAVAILABLE;
    /// - the message gets the underlying causes (`tcp connect error: Connection refused`).
    ///
    /// And tonic's "message too large" check says OUT_OF_RANGE where gRPC core says
    /// RESOURCE_EXHAUSTED (recognized by tonic's message, pinned by a test; a tonic server
    /// rejecting an oversized request says the same and is mapped the same).
    pub fn from_status_at(status: Status, endpoint: &str) -> CallError {
        map_status(status, Some(endpoint))
    }
}

fn map_status(status: Status, endpoint: Option<&str>) -> CallError {
    let local = source_chain_has::<tonic::transport::Error>(&status)
        || source_chain_has::<tonic::ConnectError>(&status)
        || source_chain_has::<std::io::Error>(&status);
    let timed_out = source_chain_has::<tonic::TimeoutExpired>(&status);
    let code = match status.code() {
        Code::Cancelled if timed_out => Code::DeadlineExceeded,
        Code::Cancelled | Code::Unknown if local => Code::Unavailable,
        Code::OutOfRange if status.message().starts_with(TONIC_TOO_LARGE_PREFIX) => {
            Code::ResourceExhausted
        }
        code => code,
    };
    let message = if code == Code::DeadlineExceeded && timed_out {
        DEADLINE_MESSAGE.to_string()
    } else if local {
        let described = with_causes(&status);
        match endpoint {
            Some(endpoint) => format!("{endpoint}: {described}"),
            None => described,
        }
    } else {
        status.message().to_string()
    };
    CallError {
        code: code as i32,
        message,
        details: status.details().to_vec().into(),
    }
}

impl From<Status> for CallError {
    fn from(status: Status) -> CallError {
        CallError::from_status(status)
    }
}

impl fmt::Display for CallError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code_name(), self.message)
    }
}

impl std::error::Error for CallError {}

/// The status message followed by each distinct cause, skipping tonic's generic
/// "transport error" wrapper.
fn with_causes(status: &Status) -> String {
    let mut parts = vec![status.message().to_string()];
    let mut source = status.source();
    while let Some(err) = source {
        let text = err.to_string();
        if !text.is_empty() && text != "transport error" && !parts.contains(&text) {
            parts.push(text);
        }
        source = err.source();
    }
    parts.join(": ")
}

fn source_chain_has<E: std::error::Error + 'static>(status: &Status) -> bool {
    let mut source = status.source();
    while let Some(err) = source {
        if err.is::<E>() {
            return true;
        }
        source = err.source();
    }
    false
}

/// The canonical gRPC name of a status code.
pub fn code_name(code: Code) -> &'static str {
    match code {
        Code::Ok => "OK",
        Code::Cancelled => "CANCELLED",
        Code::Unknown => "UNKNOWN",
        Code::InvalidArgument => "INVALID_ARGUMENT",
        Code::DeadlineExceeded => "DEADLINE_EXCEEDED",
        Code::NotFound => "NOT_FOUND",
        Code::AlreadyExists => "ALREADY_EXISTS",
        Code::PermissionDenied => "PERMISSION_DENIED",
        Code::ResourceExhausted => "RESOURCE_EXHAUSTED",
        Code::FailedPrecondition => "FAILED_PRECONDITION",
        Code::Aborted => "ABORTED",
        Code::OutOfRange => "OUT_OF_RANGE",
        Code::Unimplemented => "UNIMPLEMENTED",
        Code::Internal => "INTERNAL",
        Code::Unavailable => "UNAVAILABLE",
        Code::DataLoss => "DATA_LOSS",
        Code::Unauthenticated => "UNAUTHENTICATED",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_code_message_and_details() {
        let status = Status::with_details(
            Code::NotFound,
            "no such task",
            Bytes::from_static(b"\x08\x05"),
        );
        let err = CallError::from(status);
        assert_eq!(err.code, 5);
        assert_eq!(err.code_name(), "NOT_FOUND");
        assert_eq!(err.message, "no such task");
        assert_eq!(&err.details[..], b"\x08\x05");
        assert_eq!(err.to_string(), "NOT_FOUND: no such task");
    }

    #[test]
    fn local_timeout_is_deadline_exceeded() {
        let status = Status::from_error(Box::new(tonic::TimeoutExpired(())));
        assert_eq!(status.code(), Code::Cancelled);
        let err = CallError::from(status);
        assert_eq!(err.code_name(), "DEADLINE_EXCEEDED");
        assert_eq!(err.message, "Deadline Exceeded");
        // A server's own CANCELLED stays CANCELLED.
        assert_eq!(
            CallError::from(Status::cancelled("by peer")).code_name(),
            "CANCELLED"
        );
    }

    #[test]
    fn connect_and_io_failures_are_unavailable_and_say_why() {
        let refused = std::io::Error::from(std::io::ErrorKind::ConnectionRefused);
        let status = Status::from_error(Box::new(tonic::ConnectError(Box::new(refused))));
        let err = CallError::from_status_at(status, "flyte.example.com:443");
        assert_eq!(err.code_name(), "UNAVAILABLE");
        assert_eq!(err.message, "flyte.example.com:443: connection refused");

        let reset = std::io::Error::other("connection reset");
        let err = CallError::from(Status::from_error(Box::new(reset)));
        assert_eq!(err.code_name(), "UNAVAILABLE");
        assert_eq!(err.message, "connection reset");

        // hyper's "operation was canceled" when the connection closes under a call.
        let mut closed = Status::cancelled("operation was canceled");
        closed.set_source(std::sync::Arc::new(std::io::Error::other(
            "connection closed",
        )));
        let err = CallError::from_status_at(closed, "h:1");
        assert_eq!(err.code_name(), "UNAVAILABLE");
        assert_eq!(
            err.message,
            "h:1: operation was canceled: connection closed"
        );

        // A server's own UNKNOWN and UNAVAILABLE stay as sent, without the endpoint.
        assert_eq!(
            CallError::from_status_at(Status::unknown("boom"), "h:1").code_name(),
            "UNKNOWN"
        );
        let err = CallError::from_status_at(Status::unavailable("db down"), "h:1");
        assert_eq!(
            (err.code_name(), err.message.as_str()),
            ("UNAVAILABLE", "db down")
        );
    }

    #[test]
    fn local_size_limit_is_resource_exhausted() {
        let local = Status::out_of_range(format!("{TONIC_TOO_LARGE_PREFIX}: found 9 bytes"));
        assert_eq!(CallError::from(local).code_name(), "RESOURCE_EXHAUSTED");
        assert_eq!(
            CallError::from(Status::out_of_range("page 9")).code_name(),
            "OUT_OF_RANGE"
        );
    }

    #[test]
    fn every_code_has_its_name() {
        for n in 0..=16 {
            let name = CallError::new(Code::from_i32(n), "").code_name();
            assert!(!name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase() || c == '_'));
        }
        assert_eq!(
            CallError::new(Code::from_i32(99), "").code_name(),
            "UNKNOWN"
        );
    }
}
