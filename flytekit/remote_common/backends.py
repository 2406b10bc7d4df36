"""The two backends: which are installed, which one to use, and how to build each one's
transports.

- ``"grpc"``: the legacy grpcio client on flyteidl's ``_pb2`` classes (the ``grpc`` extra);
- ``"rust"``: the native client on :mod:`flytekit.idl` classes (always installed with the
  wheel).

The default is ``$FLYTE_REMOTE_BACKEND`` if set, else grpc where it is installed, else rust.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Sequence
from typing import Any

from flytekit.configuration import PlatformConfig
from flytekit.remote_common.transport import DEFAULT_CONNECT_TIMEOUT, DEFAULT_KEEPALIVE, Keepalive

GRPC = "grpc"
RUST = "rust"
BACKENDS = (GRPC, RUST)
ENV_BACKEND = "FLYTE_REMOTE_BACKEND"
_log = logging.getLogger("flytekit.remote")

# What each backend imports, and what to install when one of them is missing.
_REQUIRES = {GRPC: ("grpc", "google.protobuf", "flyteidl"), RUST: ("flytekit._flyrs",)}
_INSTALL = {
    GRPC: "install the grpc extra: pip install 'flytekit[grpc]'",
    RUST: "the native module flytekit._flyrs is missing; reinstall flytekit from a wheel built for this platform",
}


class BackendUnavailableError(ImportError):
    """A backend was asked for whose dependencies are not installed."""


def check_name(backend: object, where: str = "backend") -> str:
    if backend not in BACKENDS:
        raise ValueError(f"{where} must be one of {', '.join(map(repr, BACKENDS))}, got {backend!r}")
    return backend  # type: ignore[return-value]


def missing(backend: str) -> str | None:
    """The first module ``backend`` needs that cannot be imported, or None."""
    for module in _REQUIRES[backend]:
        try:
            importlib.import_module(module)
        except ImportError:
            return module
    return None


def is_available(backend: str) -> bool:
    return missing(backend) is None


def require(backend: str) -> None:
    """Raises BackendUnavailableError, naming what to install, if ``backend`` is missing."""
    module = missing(backend)
    if module is not None:
        raise BackendUnavailableError(
            f"the {backend} backend needs {module}, which is not installed: {_INSTALL[backend]}"
        )


def choose(backend: str | None) -> str:
    """The backend to use: ``backend``, else ``$FLYTE_REMOTE_BACKEND``, else grpc if
    installed, else rust. Raises ValueError for an unknown name and
    BackendUnavailableError for one that is not installed."""
    if backend is None:
        from_env = os.environ.get(ENV_BACKEND, "").strip()
        if from_env:
            backend = check_name(from_env.lower(), ENV_BACKEND)
        else:
            backend = GRPC if is_available(GRPC) else RUST
    check_name(backend)
    require(backend)
    return backend


def make_transport(
    backend: str,
    platform: PlatformConfig,
    metadata: Sequence[tuple[str, str]] = (),
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    authenticator: Any = None,
    keepalive: Keepalive = DEFAULT_KEEPALIVE,
    asynchronous: bool = False,
) -> Any:
    """``backend``'s transport to ``platform``'s endpoint (an
    :class:`~flytekit.remote_common.transport.AsyncTransport` with ``asynchronous``);
    ``authenticator`` (see :mod:`flytekit.auth`, shared by every transport of a remote)
    adds credentials."""
    require(backend)
    if platform.insecure_skip_verify and not platform.insecure:
        _log.warning(
            "insecureSkipVerify: trusting whatever certificate %s presents first, without verifying it",
            platform.endpoint,
        )
    transport_class: Any
    if backend == GRPC:
        from flytekit.remote import grpc_transport

        transport_class = grpc_transport.GrpcAioTransport if asynchronous else grpc_transport.GrpcTransport
    else:
        if asynchronous:
            from flytekit.remote_v2 import aio_transport

            transport_class = aio_transport.AsyncRustTransport
        else:
            from flytekit.remote_v2 import transport as rust_transport

            transport_class = rust_transport.RustTransport
    transport = transport_class(
        platform.endpoint,
        insecure=platform.insecure,
        ca_cert_pem=platform.ca_cert_pem(),
        metadata=metadata,
        connect_timeout=connect_timeout,
        client_identity=platform.client_identity_pem(),
        authenticator=authenticator,
        insecure_skip_verify=platform.insecure_skip_verify and not platform.insecure,
        keepalive=keepalive,
    )
    return transport


def model_root(backend: str) -> str:
    """The module tree of a backend's message classes (see :meth:`flytekit.idl.rpc.Rpc.response_class`)."""
    return "" if backend == GRPC else "flytekit.idl."
