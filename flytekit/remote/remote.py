"""``FlyteRemote``: the entry point, with the switch between the two backends."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from flytekit import auth
from flytekit.configuration import Config
from flytekit.remote import backends
from flytekit.remote.retry import RetryingTransport, RetryPolicy
from flytekit.remote.rollout import ENDPOINT_BACKENDS, ENV_PINS, EndpointUnavailableError, parse_pins
from flytekit.remote.routing import RoutingTransport, route
from flytekit.remote.sync_api import SyncApi
from flytekit.remote.transport import DEFAULT_CONNECT_TIMEOUT, DEFAULT_KEEPALIVE, Keepalive, Transport


class FlyteRemote(SyncApi):
    """A connection to FlyteAdmin through either backend.

    ``backend`` is ``"grpc"`` (the legacy grpcio client) or ``"rust"`` (the native one);
    None means ``$FLYTE_REMOTE_BACKEND``, else grpc where it is installed, else rust.
    ``endpoint_backends`` pins single endpoints to a backend, e.g. ``{"get_task": "grpc"}``,
    to work around a problem in one of them; ``$FLYTE_REMOTE_ENDPOINT_BACKENDS``
    (``get_task=grpc,list_tasks=rust``) does the same, and the argument wins.

    :attr:`client` has one method per RPC and returns the chosen backend's objects
    (``_pb2`` for grpc, :mod:`flytekit.idl` for rust), whichever backend served the call.
    The user-level methods (``fetch_task``, ``register_package``, ``execute``, ...; see
    :mod:`flytekit.remote.user_api` and :mod:`flytekit.remote.executions_api`) return
    :mod:`flytekit.idl` objects on both.
    ``FlyteRemote.local()`` starts an embedded local FlyteAdmin to work against.

    Every call gets ``retry``'s deadline unless it gives a ``timeout``, and UNAVAILABLE is
    retried with backoff inside it (see :mod:`flytekit.remote.retry`).

    Raises ValueError for an unknown backend or endpoint name, and
    :class:`~flytekit.remote.backends.BackendUnavailableError` (naming what to install)
    for a backend that is not installed.
    """

    def __init__(
        self,
        config: Config | None = None,
        *,
        backend: str | None = None,
        endpoint_backends: Mapping[str, str] | None = None,
        metadata: Sequence[tuple[str, str]] = (),
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        default_project: str | None = None,
        default_domain: str | None = None,
        retry: RetryPolicy | None = None,
        keepalive: Keepalive = DEFAULT_KEEPALIVE,
    ) -> None:
        self.config = config if config is not None else Config.auto()
        self._keepalive = keepalive
        self.default_project = default_project
        self.default_domain = default_domain
        self._cleanups: list[Callable[[], object]] = []  # for what this remote started, run by close()
        self.backend = backends.choose(backend)
        pins = parse_pins(os.environ.get(ENV_PINS, ""))
        pins.update(endpoint_backends or {})
        for endpoint, pinned in pins.items():
            if endpoint not in ENDPOINT_BACKENDS:
                raise ValueError(f"unknown endpoint {endpoint!r} in the endpoint pins")
            backends.check_name(pinned, f"the backend pinned for {endpoint!r}")
            backends.require(pinned)
        self._metadata = tuple(metadata)
        self._connect_timeout = connect_timeout
        # One authenticator for every transport of this remote: one token, one renewal.
        self.authenticator = auth.authenticator(self.config.platform, connect_timeout)
        self._transports: dict[str, Transport] = {}
        routes: dict[str, str | EndpointUnavailableError] = {}
        fallbacks = set()
        for endpoint in ENDPOINT_BACKENDS:
            wanted = pins.get(endpoint, self.backend)
            target = route(endpoint, wanted)
            if target != self.backend:
                routes[endpoint] = target
            if target != wanted:
                fallbacks.add(endpoint)
        transport: Transport
        if routes:
            transport = RoutingTransport(self.backend, routes, frozenset(fallbacks), self._transport)
        else:
            transport = self._transport(self.backend)
        self.retry = retry if retry is not None else RetryPolicy()
        transport = RetryingTransport(transport, self.retry)
        self.client: Any = backends.raw_client_class(self.backend)(transport)
        # The user-level API's calls: replies as bytes, decoded once into flytekit.idl.
        self._unary_bytes = transport.unary_bytes
        #: Endpoints that do not go through the chosen backend: to the other one, or to the
        #: error calling them raises.
        self.routes = routes

    def _transport(self, backend: str) -> Transport:
        transport = self._transports.get(backend)
        if transport is None:
            transport = self._transports[backend] = backends.make_transport(
                backend,
                self.config.platform,
                self._metadata,
                self._connect_timeout,
                self.authenticator,
                self._keepalive,
            )
        return transport

    @classmethod
    def local(
        cls,
        *,
        backend: str | None = None,
        default_project: str = "flytesnacks",
        default_domain: str = "development",
        database: str | os.PathLike[str] | None = None,
        data_dir: str | os.PathLike[str] | None = None,
        **kwargs: Any,
    ) -> FlyteRemote:
        """A remote on an embedded local FlyteAdmin on a free loopback port, which
        :meth:`close` stops: in memory, or on the SQLite file ``database`` (kept across
        runs). Its project ``flytesnacks`` exists already. Its data proxy stores files in
        ``data_dir``, by default a temporary directory removed by :meth:`close`."""
        import tempfile

        from flytekit.local_admin import LocalAdmin

        scratch = None
        if data_dir is None:
            scratch = tempfile.TemporaryDirectory(prefix="flyte-local-data-")
            data_dir = scratch.name
        admin = LocalAdmin(database=database, data_dir=data_dir)
        if backend is not None:  # (a subclass with one backend takes no backend argument)
            kwargs["backend"] = backend
        remote = cls(
            Config.for_endpoint(admin.endpoint, insecure=True),
            default_project=default_project,
            default_domain=default_domain,
            **kwargs,
        )
        remote._cleanups.append(admin.stop)
        if scratch is not None:
            remote._cleanups.append(scratch.cleanup)  # after the admin has stopped
        return remote

    def close(self) -> None:
        for transport in self._transports.values():
            transport.close()
        self._transports.clear()
        for cleanup in self._cleanups:
            cleanup()
        self._cleanups.clear()

    def __enter__(self) -> FlyteRemote:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"FlyteRemote({self.config.platform.endpoint!r}, backend={self.backend!r})"
