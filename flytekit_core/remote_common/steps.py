"""The user-level API written once, for the blocking and the asyncio remote.

Each user-level method is a *step*: a generator that yields what it needs done (an RPC, a
pause, an HTTP transfer, several steps at once) and gets the outcome back. It does no I/O
itself. A driver performs what it yields: :class:`SyncDriver` by blocking calls,
:class:`~flytekit_core.remote_common.async_driver.AsyncDriver` by awaiting them, so paging,
fetch-latest, execute, wait and sync are the same code on both, and on both backends. A step that lists things yields
:class:`Item` for each one; the drivers turn it into an iterator or an async iterator.

``@operation`` and ``@listing`` make a step a method: on ``FlyteRemote`` it returns the
result, on ``AsyncFlyteRemote`` a coroutine (or an async iterator); ``.step(...)`` gives
the step itself, for other steps to ``yield from``.
"""

from __future__ import annotations

import functools
import threading
import time
import urllib.error
import urllib.request
from collections.abc import AsyncIterator, Callable, Coroutine, Generator, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar, overload

from flytekit_core.idl.rpc import Rpc

if TYPE_CHECKING:
    from flytekit_core.remote_common.async_driver import AsyncDriver
    from flytekit_core.remote_common.transport import Transport

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
P = ParamSpec("P")

#: A step that returns T.
Step = Generator[Any, Any, T]


# What steps yield. Not frozen: a frozen dataclass's __init__ costs 2.5 times as much, and
# one of these is made per call (and an Item per listed item).


@dataclass(slots=True)
class Call:
    """A unary RPC; the step gets the reply decoded once, into its :mod:`flytekit_core.idl`
    class, whichever backend carries it."""

    rpc: Rpc
    request: Any


@dataclass(slots=True)
class Sleep:
    seconds: float


@dataclass(slots=True)
class Transfer:
    """An HTTP request to a signed URL (the data proxy's); the step gets the body."""

    method: str
    url: str
    body: bytes | None
    headers: dict[str, str]


@dataclass(slots=True)
class Gather:
    """Several steps at once, at most ``limit`` in flight; the step gets their results in
    order. The first failure is raised once the others have stopped."""

    steps: Sequence[Step[Any]]
    limit: int


@dataclass(slots=True)
class Item:
    """One item of a listing step."""

    value: Any


class DataTransferError(OSError):
    """An upload or download through a signed URL failed; the message says how."""


def http(method: str, url: str, body: bytes | None, headers: dict[str, str]) -> bytes:
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.read()  # type: ignore[no-any-return]
    except urllib.error.HTTPError as error:
        raise DataTransferError(
            f"{method} of a signed URL failed: {error.code} {error.read().decode(errors='replace')}"
        ) from None
    except urllib.error.URLError as error:
        raise DataTransferError(f"{method} of a signed URL failed: {error.reason}") from None


def collect(listing: Step[Any], limit: int | None = None) -> Step[list[Any]]:
    """The items of a listing step (the first ``limit`` of them), as a step."""
    items: list[Any] = []
    if limit == 0:
        listing.close()
        return items
    sent: Any = None
    error: Exception | None = None
    while True:
        try:
            wanted = listing.send(sent) if error is None else listing.throw(error)
        except StopIteration:
            return items
        sent = error = None
        if isinstance(wanted, Item):
            items.append(wanted.value)
            if limit is not None and len(items) >= limit:
                listing.close()  # later pages are never asked for
                return items
            continue
        try:
            sent = yield wanted
        except Exception as failure:  # handed back to the listing, which may handle it
            error = failure


class SyncDriver:
    """Performs steps by blocking calls on a :class:`~flytekit_core.remote_common.transport.Transport`."""

    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    def run(self, step: Step[T]) -> T:
        sent: Any = None
        error: Exception | None = None
        while True:
            try:
                wanted = step.send(sent) if error is None else step.throw(error)
            except StopIteration as done:
                return done.value  # type: ignore[no-any-return]
            if isinstance(wanted, Item):
                raise TypeError("a listing step was run as an operation")
            sent, error = self._outcome(wanted)

    def iterate(self, listing: Step[Any]) -> Iterator[Any]:
        sent: Any = None
        error: Exception | None = None
        try:
            while True:
                try:
                    wanted = listing.send(sent) if error is None else listing.throw(error)
                except StopIteration:
                    return
                if isinstance(wanted, Item):
                    sent, error = None, None
                    yield wanted.value
                else:
                    sent, error = self._outcome(wanted)
        finally:
            listing.close()

    def _outcome(self, wanted: Any) -> tuple[Any, Exception | None]:
        try:
            return self.perform(wanted), None
        except Exception as failure:  # handed to the step, which may handle it
            return None, failure

    def perform(self, wanted: Any) -> Any:
        if isinstance(wanted, Call):
            return wanted.rpc.decode_response(self.transport.unary_bytes(wanted.rpc, wanted.request, None))
        if isinstance(wanted, Sleep):
            time.sleep(wanted.seconds)
            return None
        if isinstance(wanted, Transfer):
            return http(wanted.method, wanted.url, wanted.body, wanted.headers)
        if isinstance(wanted, Gather):
            return self._gather(wanted)
        raise TypeError(f"a step yielded {wanted!r}, which no driver performs")

    def _gather(self, wanted: Gather) -> list[Any]:
        # Threads wait on the calls with the GIL released, each running whole steps. A
        # gather inside one of them runs its steps in turn, so threads stay within the
        # outermost gather's limit.
        if len(wanted.steps) <= 1 or wanted.limit <= 1 or getattr(_gathering, "active", False):
            return [self.run(step) for step in wanted.steps]
        from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait  # (only for a gather)

        pool = ThreadPoolExecutor(min(wanted.limit, len(wanted.steps)), "flyte-remote")
        try:
            futures = [pool.submit(self._run_gathered, step) for step in wanted.steps]
            wait(futures, return_when=FIRST_EXCEPTION)  # the first failure ends the wait
            return [future.result() for future in futures]
        finally:
            pool.shutdown(cancel_futures=True)  # after a failure, the steps not started never start

    def _run_gathered(self, step: Step[T]) -> T:
        _gathering.active = True
        try:
            return self.run(step)
        finally:
            _gathering.active = False


_gathering = threading.local()


class Blocking:
    """A remote whose steps run by blocking calls."""

    _driver: SyncDriver


class Awaiting:
    """A remote whose steps run on the caller's event loop."""

    _driver: AsyncDriver


class Operation(Protocol[P, T_co]):
    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> T_co: ...
    def step(self, *args: P.args, **kwargs: P.kwargs) -> Step[Any]: ...


class _Bound:
    """An operation bound to a remote: calling it drives the step."""

    __slots__ = ("_drive", "_fn", "_owner")

    def __init__(self, fn: Callable[..., Any], owner: Any, drive: Callable[[Any], Any]) -> None:
        self._fn, self._owner, self._drive = fn, owner, drive

    @property
    def __name__(self) -> str:  # type: ignore[override]
        return self._fn.__name__

    @property
    def __doc__(self) -> str | None:  # type: ignore[override]
        return self._fn.__doc__

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._drive(self._fn(self._owner, *args, **kwargs))

    def step(self, *args: Any, **kwargs: Any) -> Step[Any]:
        return self._fn(self._owner, *args, **kwargs)  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        return f"<operation {self._fn.__name__} of {self._owner!r}>"


class operation(Generic[P, T]):  # noqa: N801 (used as a decorator)
    """Makes a step a method returning its result (a coroutine on an async remote)."""

    _iterates = False

    def __init__(self, fn: Callable[Concatenate[Any, P], Step[T]]) -> None:
        self._fn = fn
        self._name = fn.__name__
        functools.update_wrapper(self, fn)  # type: ignore[arg-type]

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> operation[P, T]: ...
    @overload
    def __get__(self, obj: Blocking, owner: type | None = None) -> Operation[P, T]: ...
    @overload
    def __get__(self, obj: Awaiting, owner: type | None = None) -> Operation[P, Coroutine[Any, Any, T]]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> Operation[P, Any]: ...
    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        driver = obj._driver
        drive = driver.iterate if self._iterates else driver.run
        # Not cached on the instance: that would be a reference cycle, keeping a dropped
        # remote (and its connection) alive until the garbage collector runs.
        return _Bound(self._fn, obj, drive)


class listing(operation[P, T]):  # noqa: N801
    """Makes a listing step a method returning an iterator (an async iterator on an async
    remote) over its items; each page is asked for as the iteration needs it."""

    _iterates = True

    @overload  # type: ignore[override]
    def __get__(self, obj: None, owner: type | None = None) -> listing[P, T]: ...
    @overload
    def __get__(self, obj: Blocking, owner: type | None = None) -> Operation[P, Iterator[T]]: ...
    @overload
    def __get__(self, obj: Awaiting, owner: type | None = None) -> Operation[P, AsyncIterator[T]]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> Operation[P, Any]: ...
    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        return super().__get__(obj, owner)
