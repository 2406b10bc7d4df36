"""Type stubs of the native module (Rust, PyO3). Private: use flytekit_core.idl."""

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

_M = TypeVar("_M")

__version__: str
DESCRIPTOR_SHA256: str
FLYTEIDL_VERSION: str

FieldRow = tuple[str, int, str, str | None, int, str | None, bool, str | None, str, str | None, bool]

def message_schema(full_name: str) -> tuple[bool, list[FieldRow], list[str]]: ...
def bind_messages(classes: list[tuple[type, str]]) -> None: ...
def decode(cls: type[_M], data: bytes) -> _M: ...
def merge(obj: object, data: bytes) -> None: ...
def encode(obj: object, deterministic: bool) -> bytes: ...
def init_message(obj: object, fields: dict[str, Any], assign: Callable[[Any, str, Any], None]) -> None:
    """``Message.__init__``: stores the values a type test settles, hands the others to
    ``assign(obj, name, value)`` in argument order; ValueError for an unknown field."""

def stop_logging() -> None:
    """Stops forwarding the Rust side's log records to ``logging`` (run at exit)."""

def msgpack_dumps(obj: object) -> bytes:
    """None, bool, int (64-bit), float, str, bytes, lists, tuples and dicts as MessagePack,
    as msgpack-python's ``packb`` writes them; EncodeError for anything else."""

def msgpack_loads(data: bytes) -> Any:
    """The value of MessagePack ``data`` (arrays as lists); DecodeError says why and at
    which byte it is malformed (truncated, invalid UTF-8, extension types, trailing bytes,
    nesting deeper than 100 levels)."""

def has_field(obj: object, name: str) -> bool: ...
def which_oneof(obj: object, name: str) -> str | None: ...
def unset_attr(obj: object, name: str) -> Any: ...
def is_set(obj: object, name: str) -> bool: ...

class FieldSlot:
    def __get__(self, obj: object, owner: type | None = None) -> Any: ...
    def __set__(self, obj: object, value: object) -> None: ...
    def __delete__(self, obj: object) -> None: ...

class RawChannel:
    """A byte-level gRPC channel (see rust/flyrs/python/src/channel.rs)."""

    def __init__(
        self,
        endpoint: str,
        *,
        insecure: bool = False,
        ca_cert_pem: bytes | None = None,
        metadata: list[tuple[str, str]] = ...,
        connect_timeout: float = 10.0,
        client_cert_pem: bytes | None = None,
        client_key_pem: bytes | None = None,
        authenticator: Authenticator | None = None,
        insecure_skip_verify: bool = False,
        keepalive_interval: float = 30.0,
        keepalive_timeout: float = 10.0,
    ) -> None: ...
    def unary(self, path: str, request: bytes, timeout: float | None = None) -> bytes: ...
    def server_streaming(self, path: str, request: bytes, timeout: float | None = None) -> ResponseIterator: ...
    def bidi_streaming(
        self, path: str, requests: Iterable[bytes], timeout: float | None = None
    ) -> ResponseIterator: ...
    def start_unary(
        self, completions: Completions, token: int, path: str, request: bytes, timeout: float | None = None
    ) -> PendingCall: ...
    def start_server_streaming(
        self, completions: Completions, path: str, request: bytes, timeout: float | None = None
    ) -> AsyncStream: ...
    def start_bidi_streaming(
        self, completions: Completions, path: str, timeout: float | None = None
    ) -> AsyncStream: ...

class Completions:
    """One event loop's call outcomes (see rust/flyrs/python/src/aio.rs)."""

    def fileno(self) -> int: ...
    def drain(self) -> list[tuple[int, Any, bool]]: ...
    def start_queued(self) -> None: ...

class AgentInbox:
    """The calls of an agent server, for Python to answer (see rust/flyrs/python/src/agent_server.rs)."""

    def fileno(self) -> int: ...
    def drain(self) -> list[tuple[str, int, str, bytes | None]]: ...
    def reply(self, token: int, response: bytes) -> bool: ...
    def fail(self, token: int, code: int, message: str) -> bool: ...
    def send(self, token: int, response: bytes) -> bool: ...
    def end(self, token: int) -> bool: ...

class AgentServer:
    def __init__(
        self,
        inbox: AgentInbox,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        concurrency: int = 100,
        timeout: float = 60.0,
    ) -> None: ...
    @property
    def port(self) -> int: ...
    def stop(self) -> None: ...

class PendingCall:
    def cancel(self) -> None: ...

class AsyncStream:
    def next(self, token: int) -> bool: ...
    def cancel(self) -> None: ...
    def send(self, token: int, request: bytes) -> None: ...
    def close_requests(self) -> None: ...
    def abort_requests(self) -> None: ...

class Authenticator:
    """Call credentials from the Rust core (see rust/flyrs/python/src/auth.rs)."""

    auth_type: str | None
    def __init__(
        self,
        endpoint: str,
        *,
        insecure: bool = False,
        ca_cert_pem: bytes | None = None,
        client_cert_pem: bytes | None = None,
        client_key_pem: bytes | None = None,
        auth_type: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        client_secret_location: str | None = None,
        client_secret_env_var: str | None = None,
        scopes: list[str] = ...,
        audience: str | None = None,
        command: list[str] = ...,
        proxy_command: list[str] = ...,
        http_proxy_url: str | None = None,
        callback_timeout: float = 300.0,
        open_browser: bool = True,
        command_timeout: float = 60.0,
        cache_dir: str | None = None,
        keyring: object | None = None,
        connect_timeout: float = 10.0,
        insecure_skip_verify: bool = False,
    ) -> None: ...
    def headers(self) -> tuple[int, list[tuple[str, str]]]: ...
    def refused(self, generation: int) -> bool: ...
    def stats(self) -> dict[str, int]: ...

class ResponseIterator(Iterator[bytes]):
    def __next__(self) -> bytes: ...
    def close(self) -> None: ...

def presented_chain(endpoint: str, *, timeout: float = 10.0) -> list[bytes]: ...
def check_channel(endpoint: str, *, insecure: bool = False, metadata: list[tuple[str, str]] = ...) -> str: ...

class MockServer:
    """A programmable gRPC server for every flyteidl.service RPC (see rust/flyrs/python/src/mock_server.rs)."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        tls_cert_pem: bytes | None = None,
        tls_key_pem: bytes | None = None,
        tls_client_ca_pem: bytes | None = None,
    ) -> None: ...
    @property
    def port(self) -> int: ...
    @property
    def endpoint(self) -> str: ...
    def set_reply(
        self,
        path: str,
        messages: list[bytes],
        *,
        error: tuple[int, str, bytes] | None = None,
        delay: float = 0.0,
        queue: bool = False,
    ) -> None: ...
    def reply_empty(self, on: bool) -> None: ...
    def received(self) -> list[dict[str, Any]]: ...
    def cancelled(self) -> list[str]: ...
    def reset(self) -> None: ...
    def stop(self) -> None: ...

class LocalAdmin:
    """The embedded local FlyteAdmin (see rust/flyrs/admin)."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        database: str | None = None,
        data_dir: str | None = None,
        auth_issuer: str | None = None,
        auth_audience: str | None = None,
        auth_header: str | None = None,
        auth_client_id: str | None = None,
        auth_redirect_uri: str | None = None,
        auth_scopes: list[str] | None = None,
    ) -> None: ...
    @property
    def endpoint(self) -> str: ...
    @property
    def port(self) -> int: ...
    def stop(self) -> None: ...
