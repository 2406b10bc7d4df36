"""``FlyteRemote`` and ``AsyncFlyteRemote``: the entry points, with the switch between
the two backends."""

from __future__ import annotations

from flytekit_core.remote_common.remote_base import RemoteBase
from flytekit_core.remote_common.steps import Awaiting, Blocking


class FlyteRemote(Blocking, RemoteBase):
    """A connection to FlyteAdmin through either backend.

    ``backend`` is ``"grpc"`` (the legacy grpcio client) or ``"rust"`` (the native one);
    None means ``$FLYTE_REMOTE_BACKEND``, else grpc where it is installed, else rust.
    ``endpoint_backends`` pins single endpoints to a backend, e.g. ``{"get_task": "grpc"}``,
    to work around a problem in one of them; ``$FLYTE_REMOTE_ENDPOINT_BACKENDS``
    (``get_task=grpc,list_tasks=rust``) does the same, and the argument wins.

    :attr:`client` has one method per RPC and returns the chosen backend's objects
    (``_pb2`` for grpc, :mod:`flytekit_core.idl` for rust), whichever backend served the call.
    The user-level methods (``fetch_task``, ``register_package``, ``execute``, ...; see
    :mod:`flytekit_core.remote_common.user_api` and :mod:`flytekit_core.remote_common.executions_api`)
    return :mod:`flytekit_core.idl` objects on both.
    ``FlyteRemote.local()`` starts an embedded local FlyteAdmin to work against.

    Every call gets ``retry``'s deadline unless it gives a ``timeout``, and UNAVAILABLE is
    retried with backoff inside it (see :mod:`flytekit_core.remote_common.retry`).

    Any thread may use it, and from inside a running event loop too: nothing here runs
    on ``asyncio``. After :meth:`close`, calls raise
    :class:`~flytekit_core.remote_common.transport.ClientClosedError`.

    Raises ValueError for an unknown backend or endpoint name, and
    :class:`~flytekit_core.remote_common.backends.BackendUnavailableError` (naming what to
    install) for a backend that is not installed.
    """

    def close(self) -> None:
        self._calls.close()
        for transport in self._transports.values():
            transport.close()
        self._transports.clear()
        self._release()

    def __enter__(self) -> FlyteRemote:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"FlyteRemote({self.config.platform.endpoint!r}, backend={self.backend!r})"


class AsyncFlyteRemote(Awaiting, RemoteBase):
    """:class:`FlyteRemote` for asyncio, with the same arguments and every user-level
    method: operations are coroutines (``await remote.fetch_task(...)``), listings async
    iterators (``async for task in remote.iter_tasks(...)``), and :attr:`client` has one
    method per RPC: an awaitable call (started when made), or an async iterator. The
    rust backend awaits the native calls on the shared runtime; the grpc one runs on
    ``grpc.aio`` (one event loop per remote).
    Cancelling a task that awaits a call cancels the RPC. Close with ``await
    remote.close()`` or ``async with``.
    """

    asynchronous = True

    async def close(self) -> None:
        self._calls.close()
        for transport in self._transports.values():
            await transport.close()
        self._transports.clear()
        self._release()

    async def __aenter__(self) -> AsyncFlyteRemote:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"AsyncFlyteRemote({self.config.platform.endpoint!r}, backend={self.backend!r})"
