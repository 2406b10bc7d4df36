"""The interface a raw client calls through, which each backend implements.

A transport takes requests of either object model (see
:func:`flytekit.idl.rpc.request_bytes`), returns responses of its own model, and raises
the :mod:`flytekit.exceptions` class of a failed call's status.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from flytekit.idl.rpc import Rpc


class Transport(Protocol):
    #: ``"grpc"`` or ``"rust"``.
    backend: str

    def unary(self, rpc: Rpc, request: object, timeout: float | None) -> Any: ...

    def server_streaming(self, rpc: Rpc, request: object, timeout: float | None) -> Iterator[Any]: ...

    def bidi_streaming(self, rpc: Rpc, requests: Iterable[object], timeout: float | None) -> Iterator[Any]: ...

    def close(self) -> None: ...
