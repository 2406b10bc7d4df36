"""Exceptions raised by both remote backends, with flytekit's names.

A failed RPC raises the class its gRPC status code maps to (``from_status``), the same in
the grpcio and the Rust backend. Each carries the status code's name and number, the
server's message and the status details (``grpc-status-details-bin``, as bytes).
"""

from __future__ import annotations


class FlyteException(Exception):
    """Base of the exceptions of this package."""


class FlyteSystemException(FlyteException):
    """An RPC failed; the status code says how (``code``, ``code_name``)."""

    def __init__(self, message: str, *, code: int = 2, code_name: str = "UNKNOWN", details: bytes = b"") -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.code_name = code_name
        self.details = details

    def __str__(self) -> str:
        return f"{self.code_name}: {self.message}"


class FlyteEntityNotExistException(FlyteSystemException):
    """NOT_FOUND."""


class FlyteEntityAlreadyExistsException(FlyteSystemException):
    """ALREADY_EXISTS."""


class FlyteInvalidInputException(FlyteSystemException):
    """INVALID_ARGUMENT."""


class FlyteAuthenticationException(FlyteSystemException):
    """UNAUTHENTICATED."""


class FlyteSystemUnavailableException(FlyteSystemException):
    """UNAVAILABLE: the server cannot be reached, or asks to be retried later."""


class FlyteTimeout(FlyteSystemException):
    """DEADLINE_EXCEEDED."""


_BY_CODE_NAME: dict[str, type[FlyteSystemException]] = {
    "NOT_FOUND": FlyteEntityNotExistException,
    "ALREADY_EXISTS": FlyteEntityAlreadyExistsException,
    "INVALID_ARGUMENT": FlyteInvalidInputException,
    "UNAUTHENTICATED": FlyteAuthenticationException,
    "UNAVAILABLE": FlyteSystemUnavailableException,
    "DEADLINE_EXCEEDED": FlyteTimeout,
}


def from_status(code: int, code_name: str, message: str, details: bytes = b"") -> FlyteSystemException:
    """The exception for a failed RPC's status; codes without a class of their own map to
    ``FlyteSystemException``."""
    cls = _BY_CODE_NAME.get(code_name, FlyteSystemException)
    return cls(message, code=code, code_name=code_name, details=details)
