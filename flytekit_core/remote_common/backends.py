"""The two backends: which are installed, which one to use, and how to build each one's
transports.

- ``"rust"``: the native client on :mod:`flytekit_core.idl` classes (always installed
  with flytekit-core);
- ``"grpc"``: the legacy grpcio client on flyteidl's ``_pb2`` classes, which lives in the
  ``flytekit-remote`` package (``flytekit.remote``, with its ``grpc`` extra) and registers
  itself here with :func:`register` on ``import flytekit``. flytekit-core never imports it.

The default is ``$FLYTE_REMOTE_BACKEND`` if set, else grpc where it is installed, else rust.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from flytekit_core.configuration import PlatformConfig
from flytekit_core.remote_common.transport import DEFAULT_CONNECT_TIMEOUT, DEFAULT_KEEPALIVE, Keepalive

GRPC = "grpc"
RUST = "rust"
BACKENDS = (GRPC, RUST)
ENV_BACKEND = "FLYTE_REMOTE_BACKEND"
_log = logging.getLogger("flytekit_core.remote")


@dataclass(frozen=True)
class Backend:
    """Where a backend's transports are (``module:Class``), what it imports, and what to
    install when one of those is missing."""

    transport: str
    async_transport: str
    requires: tuple[str, ...]
    install: str


_REGISTERED: dict[str, Backend] = {
    RUST: Backend(
        "flytekit_core.remote.transport:RustTransport",
        "flytekit_core.remote.aio_transport:AsyncRustTransport",
        ("flytekit_core._flyrs",),
        "the native module flytekit_core._flyrs is missing; "
        "reinstall flytekit-core from a wheel built for this platform",
    ),
}
_NOT_REGISTERED = {
    GRPC: "the grpc backend is not registered: it comes with the flytekit-remote package (import flytekit; "
    "pip install 'flytekit-remote[grpc]' where real flytekit is not installed, as both are the import package "
    "flytekit); beside real flytekit, use the rust backend",
}


def register(name: str, backend: Backend) -> None:
    """Makes ``backend`` available under ``name`` (one of :data:`BACKENDS`)."""
    check_name(name)
    _REGISTERED[name] = backend


class BackendUnavailableError(ImportError):
    """A backend was asked for whose dependencies are not installed."""


def check_name(backend: object, where: str = "backend") -> str:
    if backend not in BACKENDS:
        raise ValueError(f"{where} must be one of {', '.join(map(repr, BACKENDS))}, got {backend!r}")
    return backend  # type: ignore[return-value]


def missing(backend: str) -> str | None:
    """The first module ``backend`` needs that cannot be imported (for a backend not
    registered, the package that provides it), or None."""
    registered = _REGISTERED.get(backend)
    if registered is None:
        return "flytekit-remote"
    for module in registered.requires:
        try:
            importlib.import_module(module)
        except ImportError:
            return module
    return None


def is_available(backend: str) -> bool:
    return missing(backend) is None


def require(backend: str) -> None:
    """Raises BackendUnavailableError, naming what to install, if ``backend`` is missing."""
    registered = _REGISTERED.get(backend)
    if registered is None:
        raise BackendUnavailableError(_NOT_REGISTERED[backend])
    module = missing(backend)
    if module is not None:
        raise BackendUnavailableError(
            f"the {backend} backend needs {module}, which is not installed: {registered.install}"
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
    :class:`~flytekit_core.remote_common.transport.AsyncTransport` with ``asynchronous``);
    ``authenticator`` (see :mod:`flytekit_core.auth`, shared by every transport of a remote)
    adds credentials."""
    require(backend)
    if platform.insecure_skip_verify and not platform.insecure:
        _log.warning(
            "insecureSkipVerify: trusting whatever certificate %s presents first, without verifying it",
            platform.endpoint,
        )
    registered = _REGISTERED[backend]
    module, _, name = (registered.async_transport if asynchronous else registered.transport).partition(":")
    transport_class: Any = getattr(importlib.import_module(module), name)
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
    """The module tree of a backend's message classes (see :meth:`flytekit_core.idl.rpc.Rpc.response_class`)."""
    return "" if backend == GRPC else "flytekit_core.idl."
