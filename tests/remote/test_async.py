"""``AsyncFlyteRemote`` on both backends: the user-level API gives what the blocking one
gives (the same steps drive both), calls are cancelled with their tasks (the server sees
it), one event loop carries a thousand calls, and misuse (a closed remote, a closed or a
second event loop) fails clearly."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from flytekit.remote import AsyncFlyteRemote, FlyteRemote
from flytekit_core import exceptions
from flytekit_core.configuration import Config
from flytekit_core.idl.flyteidl.admin import agent_pb2, common_pb2, task_pb2
from flytekit_core.idl.flyteidl.core import execution_pb2 as core_execution_pb2
from flytekit_core.remote_common.raw_client import AsyncRawClient
from flytekit_core.remote_common.retry import NO_RETRIES, RetryPolicy
from flytekit_core.remote_common.transport import ClientClosedError
from flytekit_core.testing import MockServer, fixture_workflow
from flytekit_core.testing.propeller import Propeller
from tests.remote.conftest import INSTALLED

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures/flyte-package.tgz"
TASKS = fixture_workflow.implementations(FIXTURE)
Phase = core_execution_pb2.WorkflowExecution.Phase
TASK = task_pb2.Task(id={"resource_type": 1, "project": "p", "domain": "d", "name": "t", "version": "v1"})
GET = common_pb2.ObjectGetRequest(id=TASK.id)


def encoded(message: Any) -> bytes:
    return message.SerializeToString(deterministic=True)  # type: ignore[no-any-return]


def test_the_async_remote_gives_what_the_blocking_one_gives(backend: str) -> None:
    with FlyteRemote.local(backend=backend) as remote:
        remote.register_package(FIXTURE, version="v1")
        plan = remote.fetch_launch_plan(name="pipeline_nightly")
        execution = remote.execute(plan, {"name": "aio", "xs": [1.0]}, execution_name="aio-1")
        Propeller(remote, TASKS).run(execution)
        expected = blocking_view(remote)
        aremote = AsyncFlyteRemote(remote.config, backend=backend, default_project="flytesnacks",
                                   default_domain="development")  # fmt: skip

        async def main() -> Any:
            async with aremote:
                return await async_view(aremote)

        assert asyncio.run(main()) == expected


def blocking_view(remote: Any) -> Any:
    done = remote.fetch_execution("flytesnacks", "development", "aio-1")
    run = remote.sync(done)
    return (
        [p.id for p in remote.iter_projects()],
        encoded(remote.fetch_task(name="myapp.wf.add")),
        [t.id.version for t in remote.iter_tasks("myapp.wf.add")],
        [e.name for e in remote.iter_names(1)],
        remote.get_execution_data(done).outputs,
        encoded(remote.wait(done, timeout=5)),
        sorted((path, node.phase) for path, node in run.walk()),
        [e.id.name for e in remote.recent_executions(limit=5)],
        remote.get(f"flyte://v1/flytesnacks/development/{done.id.name}/n0/o/o0"),
    )


async def async_view(remote: Any) -> Any:
    done = await remote.fetch_execution("flytesnacks", "development", "aio-1")
    run = await remote.sync(done)
    return (
        [p.id async for p in remote.iter_projects()],
        encoded(await remote.fetch_task(name="myapp.wf.add")),
        [t.id.version async for t in remote.iter_tasks("myapp.wf.add")],
        [e.name async for e in remote.iter_names(1)],
        (await remote.get_execution_data(done)).outputs,
        encoded(await remote.wait(done, timeout=5)),
        sorted((path, node.phase) for path, node in run.walk()),
        [e.id.name for e in await remote.recent_executions(limit=5)],
        await remote.get(f"flyte://v1/flytesnacks/development/{done.id.name}/n0/o/o0"),
    )


def test_execute_and_wait_on_the_event_loop_while_the_propeller_runs(backend: str) -> None:
    async def main() -> None:
        async with AsyncFlyteRemote.local(backend=backend) as remote:
            await remote.register_package(FIXTURE, version="v1")
            plan = await remote.fetch_launch_plan(name="pipeline_nightly")
            with pytest.raises(ValueError, match="has no input named 'nope'"):
                await remote.execute(plan, {"nope": 1})
            execution = await remote.execute(plan, {"name": "loop"})
            with FlyteRemote(remote.config, backend=backend) as blocking:
                propeller = asyncio.to_thread(Propeller(blocking, TASKS).run, execution)
                waited, _ = await asyncio.gather(remote.wait(execution, timeout=30, poll_interval=0.05), propeller)
            assert waited.closure.phase == Phase.SUCCEEDED
            assert (await remote.get_execution_data(waited)).outputs["o0"] == 9

    asyncio.run(main())


def test_cancelling_the_task_cancels_the_rpc_the_server_sees_it(server: MockServer, backend: str) -> None:
    server.reply("get_task", TASK, delay=30)
    server.reply("async_agent.get_task_logs", agent_pb2.GetTaskLogsResponse(), delay=30)

    async def main() -> None:
        async with AsyncFlyteRemote(Config.for_endpoint(server.endpoint, insecure=True), backend=backend) as remote:
            unary = asyncio.ensure_future(remote.client.get_task(GET))
            stream = remote.client.async_agent.get_task_logs(agent_pb2.GetTaskLogsRequest())
            streaming = asyncio.ensure_future(stream.__anext__())
            await asyncio.sleep(0.3)
            started = time.monotonic()
            unary.cancel()
            streaming.cancel()
            for task in (unary, streaming):
                with pytest.raises(asyncio.CancelledError):
                    await task
            assert time.monotonic() - started < 0.5
            await wait_for(lambda: sorted(server.cancelled()) == ["async_agent.get_task_logs", "get_task"])

    asyncio.run(main())


async def wait_for(condition: Any, timeout: float = 2.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the condition did not hold in time"
        await asyncio.sleep(0.02)


def test_leaving_the_event_loop_cancels_the_calls_in_flight(server: MockServer, backend: str) -> None:
    # asyncio.run cancels the tasks still running when main returns: their calls end too.
    server.reply("get_task", TASK, delay=30)
    remote = AsyncFlyteRemote(Config.for_endpoint(server.endpoint, insecure=True), backend=backend)

    async def main() -> None:
        left = asyncio.ensure_future(remote.client.get_task(GET))
        await asyncio.sleep(0.3)
        assert not left.done()

    started = time.monotonic()
    asyncio.run(main())
    assert time.monotonic() - started < 2
    deadline = time.monotonic() + 2
    while server.cancelled() != ["get_task"]:
        assert time.monotonic() < deadline, server.cancelled()
        time.sleep(0.02)


def test_one_event_loop_carries_a_thousand_concurrent_calls(server: MockServer, backend: str) -> None:
    server.reply("get_task", TASK, delay=0.05)

    async def main() -> list[bytes]:
        config = Config.for_endpoint(server.endpoint, insecure=True)
        async with AsyncFlyteRemote(config, backend=backend, retry=NO_RETRIES) as remote:
            replies = await asyncio.gather(*(remote.client.get_task(GET, timeout=60) for _ in range(1000)))
            return [encoded(r) for r in replies]

    started = time.monotonic()
    assert asyncio.run(main()) == [encoded(TASK)] * 1000
    # Concurrent, not one after another: a thousand 50 ms replies in well under 50 s.
    assert time.monotonic() - started < 25
    assert len(server.received("get_task")) == 1000


def test_streams_are_async_iterators_and_a_failing_request_iterator_surfaces(server: MockServer, backend: str) -> None:
    logs = [agent_pb2.GetTaskLogsResponse(body={"results": [str(i)]}) for i in range(3)]
    server.reply("async_agent.get_task_logs", *logs)
    server.reply("sync_agent.execute_task_sync", agent_pb2.ExecuteTaskSyncResponse())

    async def requests(fail: bool) -> Any:
        yield agent_pb2.ExecuteTaskSyncRequest(header={})
        if fail:
            raise OSError("the inputs could not be read")
        yield agent_pb2.ExecuteTaskSyncRequest(inputs={})

    async def main() -> None:
        async with AsyncFlyteRemote(Config.for_endpoint(server.endpoint, insecure=True), backend=backend) as remote:
            got = [m async for m in remote.client.async_agent.get_task_logs(agent_pb2.GetTaskLogsRequest())]
            assert [encoded(m) for m in got] == [encoded(m) for m in logs]
            replies = [m async for m in remote.client.sync_agent.execute_task_sync(requests(False))]
            assert len(replies) == 1
            with pytest.raises(OSError, match="could not be read"):
                async for _ in remote.client.sync_agent.execute_task_sync(requests(True)):
                    pass
            with pytest.raises(TypeError, match="expects an iterable"):
                remote.client.sync_agent.execute_task_sync(42)
            # The server saw the two good calls complete, and the failed one never did.
            complete = [c for c in server.received("sync_agent.execute_task_sync") if len(c.messages) == 2]
            assert len(complete) == 1

    asyncio.run(main())


def test_a_closed_remote_refuses_calls(server: MockServer, backend: str) -> None:
    server.reply("get_task", TASK)
    config = Config.for_endpoint(server.endpoint, insecure=True)

    async def main() -> None:
        remote = AsyncFlyteRemote(config, backend=backend, default_project="p", default_domain="d")
        await remote.client.get_task(GET)
        await remote.close()
        with pytest.raises(ClientClosedError, match="closed"):
            await remote.client.get_task(GET)
        with pytest.raises(ClientClosedError, match="closed"):
            await remote.fetch_task(name="t", version="v1")

    asyncio.run(main())
    remote = FlyteRemote(config, backend=backend, default_project="p", default_domain="d")
    remote.fetch_task(name="t", version="v1")
    remote.close()
    with pytest.raises(ClientClosedError):
        remote.fetch_task(name="t", version="v1")
    with pytest.raises(ClientClosedError):
        list(remote.client.async_agent.get_task_logs(agent_pb2.GetTaskLogsRequest()))


def test_event_loops_one_after_another_and_at_once(server: MockServer, backend: str) -> None:
    server.reply("get_task", TASK)
    remote = AsyncFlyteRemote(Config.for_endpoint(server.endpoint, insecure=True), backend=backend)
    # One asyncio.run after another: each loop is served.
    for _ in range(2):
        assert encoded(asyncio.run(remote.client.get_task(GET))) == encoded(TASK)
    # Two loops at once: the rust remote serves both; grpc.aio cannot, and says so.
    server.reply("get_task", TASK, delay=1)
    other = threading.Thread(target=lambda: asyncio.run(remote.client.get_task(GET)))
    other.start()
    time.sleep(0.3)  # its call is in flight
    try:
        if backend == "rust":
            assert encoded(asyncio.run(remote.client.get_task(GET))) == encoded(TASK)
        else:
            with pytest.raises(RuntimeError, match="serves the event loop it was first used in"):
                asyncio.run(remote.client.get_task(GET))
    finally:
        other.join(10)


def test_errors_map_as_in_the_blocking_remote(server: MockServer, backend: str) -> None:
    server.fail("get_task", 5, "no such task")

    async def main() -> None:
        async with AsyncFlyteRemote(Config.for_endpoint(server.endpoint, insecure=True), backend=backend) as remote:
            with pytest.raises(exceptions.FlyteEntityNotExistException, match="no such task"):
                await remote.client.get_task(GET)
            with pytest.raises(TypeError, match=r"expects a flyteidl\.admin\.ObjectGetRequest"):
                await remote.client.get_task("not a request")
            server.reply("get_task", TASK, delay=5)
            started = time.monotonic()
            with pytest.raises(exceptions.FlyteTimeout):
                await remote.client.get_task(GET, timeout=0.2)
            assert time.monotonic() - started < 1

    asyncio.run(main())


def test_an_unreachable_server_is_unavailable_not_a_hang(backend: str) -> None:
    async def main() -> None:
        config = Config.for_endpoint("127.0.0.1:9", insecure=True)  # nothing listens there
        async with AsyncFlyteRemote(config, backend=backend, retry=NO_RETRIES, connect_timeout=1) as remote:
            with pytest.raises(exceptions.FlyteSystemException) as raised:
                await remote.client.get_task(GET, timeout=5)
            assert raised.value.code_name in ("UNAVAILABLE", "DEADLINE_EXCEEDED")

    started = time.monotonic()
    asyncio.run(main())
    assert time.monotonic() - started < 6


@pytest.mark.skipif(len(INSTALLED) < 2, reason="needs both backends")
def test_endpoint_pins_route_async_calls_to_the_other_backend(server: MockServer) -> None:
    server.reply("get_task", TASK)
    server.reply("async_agent.get_task_logs", agent_pb2.GetTaskLogsResponse(body={"results": ["x"]}))

    async def main() -> None:
        config = Config.for_endpoint(server.endpoint, insecure=True)
        pins = {"get_task": "grpc", "async_agent.get_task_logs": "grpc"}
        async with AsyncFlyteRemote(config, backend="rust", endpoint_backends=pins) as remote:
            assert remote.routes == {"get_task": "grpc", "async_agent.get_task_logs": "grpc"}
            task = await remote.client.get_task(GET)
            assert type(task) is task_pb2.Task  # the rust backend's objects, whichever served it
            logs = [m async for m in remote.client.async_agent.get_task_logs(agent_pb2.GetTaskLogsRequest())]
            assert [type(m).__module__ for m in logs] == ["flytekit_core.idl.flyteidl.admin.agent_pb2"]
            assert (await remote.fetch_task("p", "d", "t", "v1")).id.name == "t"

    asyncio.run(main())


def test_closing_a_stream_ends_the_wait_of_another_task_reading_it(server: MockServer, backend: str) -> None:
    server.reply("async_agent.get_task_logs", agent_pb2.GetTaskLogsResponse(), delay=30)

    async def main() -> None:
        async with AsyncFlyteRemote(Config.for_endpoint(server.endpoint, insecure=True), backend=backend) as remote:
            stream = remote.client.async_agent.get_task_logs(agent_pb2.GetTaskLogsRequest())
            reader = asyncio.ensure_future(stream.__anext__())
            await asyncio.sleep(0.3)
            await stream.aclose()  # from this task, while the reader waits
            with pytest.raises(StopAsyncIteration):
                await asyncio.wait_for(reader, 2)

    asyncio.run(main())


def test_a_raw_call_starts_when_made(server: MockServer, backend: str) -> None:
    # As grpc.aio's calls: the RPC is on the wire before anything awaits it.
    server.reply("get_task", TASK)

    async def main() -> None:
        async with AsyncFlyteRemote(Config.for_endpoint(server.endpoint, insecure=True), backend=backend) as remote:
            call = remote.client.get_task(GET)
            assert isinstance(call, asyncio.Future)
            assert asyncio.ensure_future(call) is call  # gather takes it as it is
            await wait_for(lambda: len(server.received("get_task")) == 1)
            assert encoded(await call) == encoded(TASK)

    asyncio.run(main())


def test_a_raw_call_is_taken_as_a_coroutine_by_tasks(server: MockServer, backend: str) -> None:
    server.reply("get_task", TASK)
    remote = AsyncFlyteRemote(Config.for_endpoint(server.endpoint, insecure=True), backend=backend)

    async def main() -> list[bytes]:
        replies = [await asyncio.create_task(remote.client.get_task(GET))]
        if hasattr(asyncio, "TaskGroup"):  # 3.11 and later
            async with asyncio.TaskGroup() as group:
                started = group.create_task(remote.client.get_task(GET))
            replies.append(started.result())
        return [encoded(r) for r in replies]

    assert set(asyncio.run(main())) == {encoded(TASK)}
    # Made outside a running loop, it is a coroutine that starts the call when awaited.
    outside = remote.client.get_task(GET)
    assert not isinstance(outside, asyncio.Future)
    assert encoded(asyncio.run(outside)) == encoded(TASK)
    server.fail("get_task", 5, "gone")

    async def failing() -> None:
        with pytest.raises(exceptions.FlyteEntityNotExistException, match="gone"):
            await asyncio.create_task(remote.client.get_task(GET))

    asyncio.run(failing())


def test_cancelling_the_call_itself_cancels_the_rpc(server: MockServer, backend: str) -> None:
    server.reply("get_task", TASK, delay=30)

    async def main() -> None:
        async with AsyncFlyteRemote(Config.for_endpoint(server.endpoint, insecure=True), backend=backend) as remote:
            call = remote.client.get_task(GET)
            waiter = asyncio.create_task(asyncio.wait_for(call, timeout=0.3))
            with pytest.raises(asyncio.TimeoutError):
                await waiter
            assert call.cancelled()
            await wait_for(lambda: server.cancelled() == ["get_task"])
            # A cancelled call leaves nothing behind: the next one works.
            server.reply("get_task", TASK)
            assert encoded(await remote.client.get_task(GET)) == encoded(TASK)

    asyncio.run(main())


def test_a_call_cancelled_in_the_pass_that_made_it_never_reaches_the_server(server: MockServer, backend: str) -> None:
    # Calls start at the end of the loop's pass that made them (or as a batch fills, on
    # the rust backend): one cancelled before then is never sent.
    server.reply("get_task", TASK)

    async def main() -> None:
        async with AsyncFlyteRemote(Config.for_endpoint(server.endpoint, insecure=True), backend=backend) as remote:
            await remote.client.get_task(GET)  # the connection
            server.reset()
            server.reply("get_task", TASK)
            calls = [remote.client.get_task(GET) for _ in range(5)]
            calls[1].cancel()
            calls[3].cancel()
            replies = await asyncio.gather(calls[0], calls[2], calls[4])
            assert [encoded(r) for r in replies] == [encoded(TASK)] * 3
            assert calls[1].cancelled() and calls[3].cancelled()
            await asyncio.sleep(0.3)  # a cancelled call sent anyway would have arrived

    asyncio.run(main())
    assert len(server.received("get_task")) == 3
    assert server.cancelled() == []


def test_a_task_cancelled_before_it_ran_cancels_its_call(server: MockServer, backend: str) -> None:
    # The call is on the wire once made; its task, cancelled before its first step, and a
    # TaskGroup whose body fails before the call's task runs, end it too: every call that
    # reached the server was cancelled there (grpc.aio may not have sent it yet).
    server.reply("get_task", TASK, delay=30)

    def every_call_was_cancelled() -> bool:
        return len(server.cancelled()) == len(server.received("get_task"))

    async def main() -> None:
        async with AsyncFlyteRemote(Config.for_endpoint(server.endpoint, insecure=True), backend=backend) as remote:
            call = remote.client.get_task(GET)
            task = asyncio.create_task(call)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert call.cancelled()
            await asyncio.sleep(0.3)  # what reached the server meanwhile has
            await wait_for(every_call_was_cancelled)
            if hasattr(asyncio, "TaskGroup"):
                grouped = remote.client.get_task(GET)
                with pytest.raises(ExceptionGroup):  # noqa: F821 (3.11 and later)
                    async with asyncio.TaskGroup() as group:
                        group.create_task(grouped)
                        raise ValueError("the body fails")
                assert grouped.cancelled()
                await asyncio.sleep(0.3)
                await wait_for(every_call_was_cancelled)

    asyncio.run(main())


def test_cancelling_during_the_retry_pause_ends_the_retries(server: MockServer, backend: str) -> None:
    server.fail("get_task", 14, "restarting")
    slow = RetryPolicy(attempts=5, initial_backoff=1.0, multiplier=1.0, timeout=30)

    async def main() -> None:
        config = Config.for_endpoint(server.endpoint, insecure=True)
        async with AsyncFlyteRemote(config, backend=backend, retry=slow) as remote:
            call = remote.client.get_task(GET)
            await wait_for(lambda: len(server.received("get_task")) == 1)
            await asyncio.sleep(0.1)  # the first attempt has failed: the call is pausing
            assert not call.done()
            call.cancel()
            await asyncio.sleep(1.5)  # past the pause: no second attempt is made
            assert call.cancelled()
            assert len(server.received("get_task")) == 1

    asyncio.run(main())


def test_leaving_the_event_loop_ends_calls_pausing_between_retries(server: MockServer, backend: str) -> None:
    server.fail("get_task", 14, "restarting")
    slow = RetryPolicy(attempts=5, initial_backoff=0.5, multiplier=1.0, timeout=30)
    remote = AsyncFlyteRemote(Config.for_endpoint(server.endpoint, insecure=True), backend=backend, retry=slow)

    async def main() -> None:
        remote.client.get_task(GET)  # left behind, in its pause when main returns
        await wait_for(lambda: len(server.received("get_task")) == 1)
        await asyncio.sleep(0.1)

    asyncio.run(main())
    time.sleep(1.0)
    assert len(server.received("get_task")) == 1


def test_a_guard_cancelled_with_the_other_tasks_spares_calls_made_after(server: MockServer, backend: str) -> None:
    # Shutdown code that cancels every other task, then makes a call: the call works, the
    # calls made before are cancelled, and no task is left behind.
    server.reply("get_task", TASK, delay=30)

    async def main() -> None:
        async with AsyncFlyteRemote(Config.for_endpoint(server.endpoint, insecure=True), backend=backend) as remote:
            before = remote.client.get_task(GET)
            await wait_for(lambda: len(server.received("get_task")) == 1)
            for task in asyncio.all_tasks() - {asyncio.current_task()}:
                task.cancel()
            server.reply("get_task", TASK)
            assert encoded(await remote.client.get_task(GET)) == encoded(TASK)
            await wait_for(before.cancelled)
            try:
                await wait_for(lambda: asyncio.all_tasks() == {asyncio.current_task()})
            except AssertionError:
                raise AssertionError(asyncio.all_tasks()) from None

    asyncio.run(main())


def test_calls_in_flight_leave_no_task_behind_once_done(server: MockServer, backend: str) -> None:
    # The guard that stops calls at asyncio's shutdown lives only while calls are pending:
    # code that waits for every task to end is not held up by it.
    server.reply("get_task", TASK)

    async def main() -> None:
        async with AsyncFlyteRemote(Config.for_endpoint(server.endpoint, insecure=True), backend=backend) as remote:
            before = asyncio.all_tasks()
            await asyncio.gather(*(remote.client.get_task(GET) for _ in range(10)))
            await wait_for(lambda: asyncio.all_tasks() == before)

    asyncio.run(main())


def test_a_bare_async_transport_makes_awaitable_calls(server: MockServer, backend: str) -> None:
    # The raw client over a transport of its own (no remote): one attempt, off the loop.
    server.reply("get_task", TASK, delay=0.5)

    async def main() -> None:
        if backend == "rust":
            from flytekit_core.remote import AsyncRustTransport as Transport
        else:
            from flytekit.remote.grpc_transport import GrpcAioTransport as Transport
        client = AsyncRawClient(Transport(server.endpoint, insecure=True))
        ticks = 0

        async def tick() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.05)
                ticks += 1

        ticker = asyncio.create_task(tick())
        assert encoded(await client.get_task(GET)) == encoded(TASK)
        ticker.cancel()
        assert ticks >= 5  # the loop ran while the call waited
        await client.transport.close()

    asyncio.run(main())


def test_a_loop_closed_with_calls_in_flight_says_nothing(server: MockServer) -> None:
    # A loop closed without cancelling its tasks (not asyncio.run): no "Task was destroyed
    # but it is pending" from our side, up to the process's exit (in a process of its
    # own, so its exit is this test's), and the next loop's calls work.
    server.reply("get_task", TASK, delay=5)
    script = f"""
import asyncio, gc
from flytekit.remote import AsyncFlyteRemote
from flytekit_core.configuration import Config
from flytekit_core.idl.flyteidl.admin import common_pb2
remote = AsyncFlyteRemote(Config.for_endpoint({server.endpoint!r}, insecure=True), backend="rust")
request = common_pb2.ObjectGetRequest(id={{"name": "t"}})
loop = asyncio.new_event_loop()
async def start():
    remote.client.get_task(request)
    await asyncio.sleep(0.2)
loop.run_until_complete(start())
loop.close()
del loop
gc.collect()
print(asyncio.run(remote.client.get_task(request, timeout=10)).id.name)
"""
    server.reply("get_task", TASK, then=True)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (0, "t\n", "")
