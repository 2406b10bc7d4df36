"""The step machinery the user-level API is written in (``flytekit.remote_common.steps``),
on a transport that answers from a table: both drivers perform the same steps alike."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from flytekit.remote import AsyncFlyteRemote, FlyteRemote
from flytekit_core.exceptions import FlyteEntityNotExistException, from_status
from flytekit_core.idl.flyteidl.admin import common_pb2, project_pb2
from flytekit_core.idl.services import GET_PROJECT, LIST_PROJECTS
from flytekit_core.remote_common.async_driver import AsyncDriver
from flytekit_core.remote_common.steps import Call, Gather, Item, Sleep, SyncDriver, collect, listing, operation


class Pages:
    """A transport answering ListProjects with pages of ``per_page`` projects (``total`` in
    all) and GetProject with NOT_FOUND for "missing"; it counts the calls."""

    backend = "rust"

    def __init__(self, total: int = 5, per_page: int = 2) -> None:
        self.total, self.per_page, self.calls = total, per_page, 0

    def _answer(self, rpc: Any, request: Any) -> bytes:
        self.calls += 1
        if rpc is GET_PROJECT:
            if request.id == "missing":
                raise from_status(5, "NOT_FOUND", "no project missing")
            return project_pb2.Project(id=request.id).SerializeToString()
        start = int(request.token or 0)
        ids = [f"p{i}" for i in range(start, min(start + self.per_page, self.total))]
        token = str(start + self.per_page) if start + self.per_page < self.total else ""
        return project_pb2.Projects(projects=[{"id": i} for i in ids], token=token).SerializeToString()

    def unary_bytes(self, rpc: Any, request: Any, timeout: float | None) -> bytes:
        return self._answer(rpc, request)


class AsyncPages(Pages):
    async def unary_bytes(self, rpc: Any, request: Any, timeout: float | None) -> bytes:  # type: ignore[override]
        await asyncio.sleep(0)
        return self._answer(rpc, request)


def projects() -> Any:
    request = project_pb2.ProjectListRequest(limit=2)
    while True:
        page = yield Call(LIST_PROJECTS, request)
        for project in page.projects:
            yield Item(project.id)
        if not page.token:
            return
        request.token = page.token


def found_or_none(name: str) -> Any:
    try:
        return (yield Call(GET_PROJECT, project_pb2.ProjectGetRequest(id=name))).id
    except FlyteEntityNotExistException:
        return None  # the step handles the failure thrown into it


def run_both(step: Any, total: int = 5) -> tuple[Any, Any]:
    sync = SyncDriver(Pages(total)).run(step())
    done = asyncio.run(AsyncDriver(AsyncPages(total)).run(step()))
    return sync, done


def test_a_listing_asks_for_each_page_as_the_iteration_needs_it() -> None:
    transport = Pages(total=5)
    iterator = SyncDriver(transport).iterate(projects())
    assert next(iterator) == "p0" and transport.calls == 1
    assert list(iterator) == ["p1", "p2", "p3", "p4"] and transport.calls == 3

    async def listed() -> list[str]:
        return [p async for p in AsyncDriver(AsyncPages(total=5)).iterate(projects())]

    assert asyncio.run(listed()) == ["p0", "p1", "p2", "p3", "p4"]


def test_collect_with_a_limit_asks_for_no_page_after_it() -> None:
    transport = Pages(total=9)

    def first_three() -> Any:
        return (yield from collect(projects(), limit=3))

    assert SyncDriver(transport).run(first_three()) == ["p0", "p1", "p2"]
    assert transport.calls == 2  # the third page was never asked for


def test_a_failure_is_thrown_into_the_step_which_may_handle_it() -> None:
    assert run_both(lambda: found_or_none("p1")) == ("p1", "p1")
    assert run_both(lambda: found_or_none("missing")) == (None, None)

    def unhandled() -> Any:
        yield Call(GET_PROJECT, project_pb2.ProjectGetRequest(id="missing"))

    with pytest.raises(FlyteEntityNotExistException, match="no project missing"):
        SyncDriver(Pages()).run(unhandled())


def test_gather_keeps_the_order_and_bounds_the_threads() -> None:
    inside: list[int] = []
    lock = threading.Lock()

    def slow(i: int) -> Any:
        with lock:
            inside.append(threading.active_count())
        yield Sleep(0.05)
        return i

    def many() -> Any:
        return (yield Gather([slow(i) for i in range(12)], limit=3))

    baseline = threading.active_count()
    started = time.monotonic()
    assert SyncDriver(Pages()).run(many()) == list(range(12))
    assert time.monotonic() - started < 12 * 0.05  # concurrent
    assert max(inside) <= baseline + 3  # the limit's threads, no more
    assert asyncio.run(AsyncDriver(AsyncPages()).run(many())) == list(range(12))


def test_a_failing_gather_raises_and_starts_no_more_steps() -> None:
    started: list[int] = []

    def step(i: int) -> Any:
        started.append(i)
        yield Sleep(0.01)
        if i == 0:
            raise ValueError("the first one fails")
        return i

    def many() -> Any:
        return (yield Gather([step(i) for i in range(50)], limit=2))

    with pytest.raises(ValueError, match="the first one fails"):
        SyncDriver(Pages()).run(many())
    assert len(started) < 50  # the steps not started never ran
    started.clear()
    with pytest.raises(ValueError, match="the first one fails"):
        asyncio.run(AsyncDriver(AsyncPages()).run(many()))


def test_operations_are_methods_of_both_remotes_with_their_names_and_docs() -> None:
    assert isinstance(FlyteRemote.fetch_task, operation)
    assert isinstance(FlyteRemote.iter_tasks, listing)
    with FlyteRemote.local(backend="rust") as remote:
        method = remote.fetch_task
        assert method.__name__ == "fetch_task" and "latest one" in (method.__doc__ or "")
        assert hasattr(method.step(name="x", version="v1"), "send")  # the step itself, for other steps
        assert repr(method).startswith("<operation fetch_task of FlyteRemote(")
    remote_async = AsyncFlyteRemote.local(backend="rust")
    coroutine = remote_async.list_projects()
    assert asyncio.iscoroutine(coroutine)
    assert [p.id for p in asyncio.run(coroutine)] == ["flytesnacks"]
    asyncio.run(remote_async.close())


def test_a_listing_run_as_an_operation_is_refused() -> None:
    with pytest.raises(TypeError, match="a listing step was run as an operation"):
        SyncDriver(Pages()).run(projects())


def test_something_no_driver_performs_is_refused() -> None:
    def odd() -> Any:
        yield common_pb2.ObjectGetRequest()

    with pytest.raises(TypeError, match="which no driver performs"):
        SyncDriver(Pages()).run(odd())
    with pytest.raises(TypeError, match="which no driver performs"):
        asyncio.run(AsyncDriver(AsyncPages()).run(odd()))
