"""What a client needs to know of one RPC, and the one rule both backends use to turn a
request object into wire bytes.

The table of every RPC of ``flyteidl.service`` is :mod:`flytekit_core.idl.services`, generated
from the same descriptors as the message classes.
"""

from __future__ import annotations

import functools
import importlib
from dataclasses import dataclass
from typing import Any, Literal

from flytekit_core import _flyrs

Kind = Literal["unary", "server_streaming", "client_streaming", "bidirectional"]

#: The module tree of the protobuf-free classes, for ``request_class``/``response_class``.
IDL_ROOT = "flytekit_core.idl."


@dataclass(frozen=True)
class Rpc:
    """One method of a ``flyteidl.service`` service."""

    endpoint: str
    """The client method's name: ``get_task`` for the FlyteAdmin services, prefixed by the
    service for the agent services (``async_agent.get_task``)."""
    service: str
    """The service's short name, ``AdminService``."""
    method: str
    """The method as declared, ``GetTask``."""
    path: str
    """The HTTP/2 path, ``/flyteidl.service.AdminService/GetTask``."""
    request_type: str
    """Full protobuf name of the request message."""
    request_module: str
    """The ``_pb2`` module defining it, relative to the IDL root: ``flyteidl.admin.common_pb2``."""
    request_qualname: str
    """Its name in that module (``Outer.Inner`` for a nested type)."""
    response_type: str
    response_module: str
    response_qualname: str
    kind: Kind

    def request_class(self, root: str = "") -> type:
        """The request class under the module tree ``root``: ``""`` for flyteidl's ``_pb2``
        modules, ``"flytekit_core.idl."`` for the protobuf-free ones."""
        return message_class(root + self.request_module, self.request_qualname)

    def response_class(self, root: str = "") -> type:
        return message_class(root + self.response_module, self.response_qualname)

    # Cached on the instance (a frozen dataclass without slots): looked up on every call.
    @functools.cached_property
    def idl_request_class(self) -> type:
        """The protobuf-free request class."""
        return self.request_class(IDL_ROOT)

    @functools.cached_property
    def idl_response_class(self) -> type:
        """The protobuf-free response class, the one every backend's replies decode into."""
        return self.response_class(IDL_ROOT)

    def decode_response(self, data: bytes) -> Any:
        """A response's wire bytes as an object of :attr:`idl_response_class`."""
        return _flyrs.decode(self.idl_response_class, data)


def message_class(module: str, qualname: str) -> type:
    """The class ``qualname`` of ``module``, imported."""
    found: Any = importlib.import_module(module)
    for part in qualname.split("."):
        found = getattr(found, part)
    return found  # type: ignore[no-any-return]


def _type_name(value: object) -> str:
    cls = type(value)
    return f"{cls.__module__}.{cls.__qualname__}"


def request_bytes(rpc: Rpc, request: object) -> bytes:
    """Encodes ``request`` for ``rpc``.

    Either model's message of the request type is accepted (a ``_pb2`` object given to the
    Rust backend, or a :mod:`flytekit_core.idl` object to the legacy one, goes through bytes, to
    ease migration). Encoding is deterministic, so both backends send the same bytes.

    Raises TypeError for anything else.
    """
    if type(request) is rpc.idl_request_class:
        return _flyrs.encode(request, True)  # the common case, without the lookups below
    descriptor = getattr(type(request), "DESCRIPTOR", None)
    if getattr(descriptor, "full_name", None) == rpc.request_type:
        serialize = getattr(request, "SerializeToString", None)
        if serialize is not None:
            return serialize(deterministic=True)  # type: ignore[no-any-return]
    raise TypeError(f"{rpc.endpoint}() expects a {rpc.request_type} message, got {_type_name(request)}")
