"""What ``FlyteRemote`` and ``AsyncFlyteRemote`` share: the configuration, the choice of
backend and of endpoint pins, one authenticator, the transports, retries, the raw client
and the driver of the user-level API. Neither backend's package owns it."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar

from flytekit_core import auth
from flytekit_core.configuration import Config
from flytekit_core.remote_common import backends
from flytekit_core.remote_common.raw_client import AsyncRawClient, RawClient
from flytekit_core.remote_common.retry import RetryingTransport, RetryPolicy
from flytekit_core.remote_common.rollout import ENDPOINT_BACKENDS, ENV_PINS, EndpointUnavailableError, parse_pins
from flytekit_core.remote_common.routing import AsyncRoutingTransport, RoutingTransport, route
from flytekit_core.remote_common.steps import SyncDriver
from flytekit_core.remote_common.sync_api import SyncApi
from flytekit_core.remote_common.transport import DEFAULT_CONNECT_TIMEOUT, DEFAULT_KEEPALIVE, Keepalive


class RemoteBase(SyncApi):
    """The construction both remotes share (see :class:`flytekit_core.remote_common.remotes.FlyteRemote`
    for the arguments). ``asynchronous`` subclasses get async transports, raw client and driver."""

    asynchronous: ClassVar[bool] = False

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
        self._transports: dict[str, Any] = {}
        routes: dict[str, str | EndpointUnavailableError] = {}
        fallbacks = set()
        for endpoint in ENDPOINT_BACKENDS:
            wanted = pins.get(endpoint, self.backend)
            target = route(endpoint, wanted)
            if target != self.backend:
                routes[endpoint] = target
            if target != wanted:
                fallbacks.add(endpoint)
        transport: Any
        if routes:
            routing = AsyncRoutingTransport if self.asynchronous else RoutingTransport
            transport = routing(self.backend, routes, frozenset(fallbacks), self._transport)
        else:
            transport = self._transport(self.backend)
        self.retry = retry if retry is not None else RetryPolicy()
        retrying, driver = _async_parts() if self.asynchronous else (RetryingTransport, SyncDriver)
        self._calls = retrying(transport, self.retry)
        #: One method per RPC, returning the chosen backend's objects (on an async
        #: remote: awaitable calls and async iterators).
        self.client: Any = (AsyncRawClient if self.asynchronous else RawClient)(self._calls)
        # The user-level API: replies decoded once, into flytekit_core.idl objects.
        self._driver: Any = driver(self._calls)
        #: Endpoints that do not go through the chosen backend: to the other one, or to the
        #: error calling them raises.
        self.routes = routes

    def _transport(self, backend: str) -> Any:
        transport = self._transports.get(backend)
        if transport is None:
            transport = self._transports[backend] = backends.make_transport(
                backend,
                self.config.platform,
                self._metadata,
                self._connect_timeout,
                self.authenticator,
                self._keepalive,
                asynchronous=self.asynchronous,
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
    ) -> Any:
        """A remote on an embedded local FlyteAdmin on a free loopback port, which
        :meth:`close` stops: in memory, or on the SQLite file ``database`` (kept across
        runs). Its project ``flytesnacks`` exists already. Its data proxy stores files in
        ``data_dir``, by default a temporary directory removed by :meth:`close`."""
        import tempfile

        from flytekit_core.local_admin import LocalAdmin

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

    def _release(self) -> None:
        """Stops what this remote started (a local admin, its scratch directory)."""
        for cleanup in self._cleanups:
            cleanup()
        self._cleanups.clear()


def _async_parts() -> tuple[Any, Any]:
    # Imported with the first async remote: asyncio stays out of blocking programs.
    from flytekit_core.remote_common.async_driver import AsyncDriver
    from flytekit_core.remote_common.async_retry import AsyncRetryingTransport

    return AsyncRetryingTransport, AsyncDriver
