"""After ``fork()``: a child can make a new client and use it (the native runtime is
rebuilt in the child), and a client made before the fork refuses at once instead of
hanging. By ``os.fork``, multiprocessing's fork start method, and a pre-fork server's
pattern (the parent uses a client, then forks workers)."""

from __future__ import annotations

import asyncio
import gc
import multiprocessing
import os
import threading
import time
from typing import Any

import pytest

from flytekit.remote import AsyncFlyteRemote, FlyteRemote
from flytekit_core.configuration import Config
from flytekit_core.exceptions import FlyteEntityNotExistException, FlyteSystemException
from flytekit_core.idl.flyteidl.admin import agent_pb2, common_pb2
from flytekit_core.local_admin import LocalAdmin
from flytekit_core.testing import MockServer
from tests.remote.conftest import INSTALLED

GET = common_pb2.ObjectGetRequest(id={"resource_type": 1, "project": "p", "domain": "d", "name": "t", "version": "v1"})


def projects(endpoint: str, backend: str) -> list[str]:
    with FlyteRemote(Config.for_endpoint(endpoint, insecure=True), backend=backend) as remote:
        return [p.id for p in remote.list_projects()]


def in_child(work: Any, timeout: float = 20) -> str:
    """Runs ``work()`` in a forked child; its result (or error) as text, from a pipe."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report and leave without running the parent's cleanup
        try:
            os.close(read)
            try:
                text = f"ok {work()}"
            except BaseException as error:
                text = f"error {type(error).__name__}: {error}"
            os.write(write, text.encode())
        finally:
            os._exit(0)
    os.close(write)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.02)
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        raise AssertionError("the forked child hung")
    with os.fdopen(read, "rb") as pipe:
        return pipe.read().decode()


@pytest.fixture(scope="module")
def admin() -> Any:
    with LocalAdmin() as running:
        yield running


def grpc_aio_poller_ended(timeout: float = 5) -> bool:
    """Whether grpc.aio's poller thread is gone (or goes within ``timeout``): grpcio skips
    its fork handlers while it runs, and it runs as long as any grpc.aio channel object
    lives, closed or not (migration.md)."""
    deadline = time.monotonic() + timeout
    while any("_poll_wrapper" in thread.name for thread in threading.enumerate()):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)
    return True


@pytest.fixture(autouse=True)
def no_grpc_aio_poller() -> None:
    """Earlier tests' closed grpc.aio channels can still be held by reference cycles (a
    cancelled grpc.aio call's own, or a test's unclosed remote): collect them, and check
    that none is held for real."""
    gc.collect()
    assert grpc_aio_poller_ended(), "a grpc.aio channel is still alive: its poller thread runs"


@pytest.mark.skipif("grpc" not in INSTALLED, reason="the grpc extra is not installed")
def test_failed_grpc_aio_calls_leave_no_channel_alive_once_closed() -> None:
    # Without a garbage collection: a failure held in a reference cycle would keep the
    # closed channel, and the poller thread that blocks grpcio's fork handlers, alive.
    async def requests() -> Any:
        yield agent_pb2.ExecuteTaskSyncRequest(header={})
        raise OSError("the inputs could not be read")

    async def main(endpoint: str) -> None:
        async with AsyncFlyteRemote(Config.for_endpoint(endpoint, insecure=True), backend="grpc") as remote:
            with pytest.raises(FlyteEntityNotExistException, match="gone"):
                await remote.client.get_task(GET)
            with pytest.raises(OSError, match="could not be read"):
                async for _ in remote.client.sync_agent.execute_task_sync(requests()):
                    pass
            with pytest.raises(FlyteEntityNotExistException, match="gone"):
                async for _ in remote.client.async_agent.get_task_logs(agent_pb2.GetTaskLogsRequest()):
                    pass

    with MockServer() as server:
        server.fail("get_task", 5, "gone")
        server.fail("async_agent.get_task_logs", 5, "gone")
        server.reply("sync_agent.execute_task_sync", agent_pb2.ExecuteTaskSyncResponse())
        gc.disable()
        try:
            asyncio.run(main(server.endpoint))
            assert grpc_aio_poller_ended()
        finally:
            gc.enable()


@pytest.mark.parametrize("backend", INSTALLED)
def test_a_child_makes_a_new_client_and_uses_it(admin: LocalAdmin, backend: str) -> None:
    assert projects(admin.endpoint, backend) == ["flytesnacks"]  # the parent has used the runtime
    assert in_child(lambda: projects(admin.endpoint, backend)) == "ok ['flytesnacks']"


def test_a_client_made_before_the_fork_refuses_at_once_in_the_child(admin: LocalAdmin) -> None:
    remote = FlyteRemote(Config.for_endpoint(admin.endpoint, insecure=True), backend="rust")
    assert [p.id for p in remote.list_projects()] == ["flytesnacks"]

    def use_inherited() -> float:
        started = time.monotonic()
        with pytest.raises(FlyteSystemException, match=r"FAILED_PRECONDITION.*forked from it; create a new client"):
            remote.list_projects()
        return time.monotonic() - started

    answer = in_child(use_inherited)
    assert answer.startswith("ok "), answer
    assert float(answer[3:]) < 1.0  # refused within a second, not after a deadline
    assert [p.id for p in remote.list_projects()] == ["flytesnacks"]  # the parent's still works
    remote.close()


def _listed(endpoint: str, backend: str, results: Any) -> None:
    results.put(projects(endpoint, backend))


@pytest.mark.parametrize("backend", INSTALLED)
def test_multiprocessing_with_the_fork_start_method(admin: LocalAdmin, backend: str) -> None:
    assert projects(admin.endpoint, backend) == ["flytesnacks"]
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    workers = [context.Process(target=_listed, args=(admin.endpoint, backend, results)) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=30)
        assert worker.exitcode == 0
    assert [results.get(timeout=5) for _ in workers] == [["flytesnacks"]] * 3


def test_a_pre_fork_server_pattern(admin: LocalAdmin) -> None:
    # A gunicorn-like parent: it uses a client at start-up, then forks workers that make
    # their own; each worker forks again (a task that forks), and every generation works.
    assert projects(admin.endpoint, "rust") == ["flytesnacks"]

    def worker() -> str:
        mine = projects(admin.endpoint, "rust")
        grandchild = in_child(lambda: projects(admin.endpoint, "rust"))
        return f"{mine} {grandchild}"

    for _ in range(2):
        assert in_child(worker) == "ok ['flytesnacks'] ok ['flytesnacks']"


def test_a_child_serves_a_local_admin_of_its_own(admin: LocalAdmin) -> None:
    assert projects(admin.endpoint, "rust") == ["flytesnacks"]

    def serve_and_call() -> list[str]:
        with LocalAdmin() as own:
            return projects(own.endpoint, "rust")

    assert in_child(serve_and_call) == "ok ['flytesnacks']"


def test_the_childs_new_runtime_is_logged_under_flytekit(admin: LocalAdmin) -> None:
    # The Rust side's records reach Python's logging, at the level the user sets.
    assert projects(admin.endpoint, "rust") == ["flytesnacks"]

    def logged() -> list[str]:
        import logging

        records: list[logging.LogRecord] = []
        handler = logging.Handler()
        handler.emit = records.append  # type: ignore[method-assign]
        logger = logging.getLogger("flytekit_core")
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        projects(admin.endpoint, "rust")
        return [f"{r.name} {r.levelname} {r.getMessage()}" for r in records]

    answer = in_child(logged)
    assert "flytekit_core.native.flyrs_core.transport.runtime INFO process" in answer, answer
    assert "starting an I/O runtime of its own" in answer


def test_a_fork_in_the_middle_of_a_call() -> None:
    # A thread of the parent is waiting on a call when the process forks: the child (which
    # has no such thread) makes a client of its own and uses it, the inherited one refuses
    # at once, and the parent's call still ends normally. The rust backend only: grpcio
    # skips its fork handlers while another thread is in a call ("Other threads are
    # currently calling into gRPC"), and its calls then hang in the child (migration.md).
    backend = "rust"
    import threading

    from flytekit_core.idl.flyteidl.admin import common_pb2, task_pb2
    from flytekit_core.testing import MockServer

    task = task_pb2.Task(id={"resource_type": 1, "project": "p", "domain": "d", "name": "t", "version": "v1"})
    with MockServer() as server:
        server.reply("get_task", task, delay=1)
        config = Config.for_endpoint(server.endpoint, insecure=True)
        remote = FlyteRemote(config, backend=backend)
        request = common_pb2.ObjectGetRequest(id=task.id)
        replies: list[Any] = []
        waiting = threading.Thread(target=lambda: replies.append(remote.client.get_task(request, timeout=10)))
        waiting.start()
        time.sleep(0.3)  # the call is in flight

        def in_the_child() -> str:
            server.reply("get_task", task)
            with FlyteRemote(config, backend=backend) as fresh:
                fresh.client.get_task(request, timeout=5)
            started = time.monotonic()
            with pytest.raises(FlyteSystemException) as refused:
                remote.client.get_task(request, timeout=5)
            return f"{refused.value.code_name} in {time.monotonic() - started:.1f}s"

        answer = in_child(in_the_child)
        waiting.join(10)
        assert len(replies) == 1 and replies[0].id.name == "t"
        remote.close()
    outcome, _, took = answer.removeprefix("ok ").partition(" in ")
    assert outcome == "FAILED_PRECONDITION", answer
    assert float(took.removesuffix("s")) < 1.0, answer
