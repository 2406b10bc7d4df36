"""FlyteRemote's backend switch, endpoint pins and fallback routing."""

from __future__ import annotations

import logging
import sys

import pytest

from flytekit.remote import BackendUnavailableError, EndpointUnavailableError, FlyteRemote
from flytekit_core.configuration import Config
from flytekit_core.idl.flyteidl.admin import agent_pb2, common_pb2, task_pb2
from flytekit_core.remote_common import backends, rollout, routing
from flytekit_core.testing import MockServer
from tests.remote.conftest import INSTALLED

both = pytest.mark.skipif(INSTALLED != ["grpc", "rust"], reason="needs both backends")
TASK = task_pb2.Task(id={"name": "t"})


def config(server: MockServer) -> Config:
    return Config.for_endpoint(server.endpoint, insecure=True)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(backends.ENV_BACKEND, raising=False)
    monkeypatch.delenv(rollout.ENV_PINS, raising=False)
    routing._LOGGED_FALLBACKS.clear()


def without_grpc(monkeypatch: pytest.MonkeyPatch) -> None:
    # An import of grpc now fails, as when the extra is not installed.
    monkeypatch.setitem(sys.modules, "grpc", None)


@both
def test_the_default_is_grpc_where_installed_else_rust(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    assert FlyteRemote(config(server)).backend == "grpc"
    without_grpc(monkeypatch)
    assert FlyteRemote(config(server)).backend == "rust"


@both
def test_the_argument_beats_the_environment(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(backends.ENV_BACKEND, "Rust")
    remote = FlyteRemote(config(server))
    assert remote.backend == "rust"
    assert type(remote.client.transport.inner).__name__ == "RustTransport"
    assert FlyteRemote(config(server), backend="grpc").backend == "grpc"


def test_unknown_backend_names_are_value_errors(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="backend must be one of 'grpc', 'rust', got 'tonic'"):
        FlyteRemote(config(server), backend="tonic")
    monkeypatch.setenv(backends.ENV_BACKEND, "java")
    with pytest.raises(ValueError, match="FLYTE_REMOTE_BACKEND must be one of"):
        FlyteRemote(config(server))


def test_a_missing_backend_names_the_extra_to_install(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    without_grpc(monkeypatch)
    with pytest.raises(BackendUnavailableError, match=r"pip install 'flytekit-remote\[grpc\]'"):
        FlyteRemote(config(server), backend="grpc")
    with pytest.raises(BackendUnavailableError, match="grpc backend"):
        FlyteRemote(config(server), backend="rust", endpoint_backends={"get_task": "grpc"})
    monkeypatch.setitem(sys.modules, "flytekit_core._flyrs", None)
    with pytest.raises(BackendUnavailableError, match=r"flytekit_core\._flyrs is missing"):
        backends.require("rust")


@both
def test_pinned_endpoints_go_to_their_backend_and_return_the_chosen_model(
    server: MockServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    server.reply("get_task", TASK)
    server.reply("list_tasks", task_pb2.TaskList(tasks=[TASK]))
    monkeypatch.setenv(rollout.ENV_PINS, "list_tasks=grpc, get_task=rust")
    remote = FlyteRemote(config(server), backend="rust", endpoint_backends={"get_task": "grpc"})
    assert remote.routes == {"get_task": "grpc", "list_tasks": "grpc"}
    task = remote.client.get_task(common_pb2.ObjectGetRequest())
    tasks = remote.client.list_tasks(common_pb2.ResourceListRequest())
    # Served by grpcio, handed back as the chosen (rust) backend's objects.
    assert type(task) is task_pb2.Task
    assert type(tasks) is task_pb2.TaskList and tasks.tasks[0] == TASK
    assert set(remote._transports) == {"grpc"}
    assert caplog.records == []  # a pin is the user's choice: nothing to warn about


def test_bad_pins_are_value_errors(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="unknown endpoint 'get_tsk'"):
        FlyteRemote(config(server), backend="rust", endpoint_backends={"get_tsk": "grpc"})
    with pytest.raises(ValueError, match="the backend pinned for 'get_task' must be one of"):
        FlyteRemote(config(server), backend="rust", endpoint_backends={"get_task": "java"})
    monkeypatch.setenv(rollout.ENV_PINS, "get_task")
    with pytest.raises(ValueError, match="expected endpoint=backend"):
        FlyteRemote(config(server), backend="rust")


@both
def test_an_endpoint_missing_from_the_backend_falls_back_and_is_logged_once(
    server: MockServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(rollout.ENDPOINT_BACKENDS, "get_task", frozenset({"grpc"}))
    server.reply("get_task", TASK)
    remote = FlyteRemote(config(server), backend="rust")
    with caplog.at_level(logging.WARNING, logger="flytekit_core.remote"):
        for _ in range(3):
            assert type(remote.client.get_task(common_pb2.ObjectGetRequest())) is task_pb2.Task
    assert [r.getMessage() for r in caplog.records] == ["endpoint get_task is not on the rust backend yet: using grpc"]


def test_an_endpoint_on_no_installed_backend_raises_naming_it(
    server: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(rollout.ENDPOINT_BACKENDS, "get_task", frozenset({"grpc"}))
    without_grpc(monkeypatch)
    remote = FlyteRemote(config(server), backend="rust")
    with pytest.raises(EndpointUnavailableError, match="endpoint 'get_task' is not available on the rust backend"):
        remote.client.get_task(common_pb2.ObjectGetRequest())
    assert server.received() == []


def test_streaming_endpoints_route_too(server: MockServer, monkeypatch: pytest.MonkeyPatch) -> None:
    other = INSTALLED[0]
    primary = INSTALLED[-1]
    monkeypatch.setitem(rollout.ENDPOINT_BACKENDS, "async_agent.get_task_logs", frozenset({other}))
    server.reply("async_agent.get_task_logs", agent_pb2.GetTaskLogsResponse(), agent_pb2.GetTaskLogsResponse())
    remote = FlyteRemote(config(server), backend=primary)
    got = list(remote.client.async_agent.get_task_logs(agent_pb2.GetTaskLogsRequest()))
    root = backends.model_root(primary)
    assert len(got) == 2
    assert all(type(m).__module__ == f"{root}flyteidl.admin.agent_pb2" for m in got)


def test_repr_and_close(server: MockServer) -> None:
    with FlyteRemote(config(server), backend="rust") as remote:
        assert repr(remote) == f"FlyteRemote('{server.endpoint}', backend='rust')"


def test_remote_v2_is_the_rust_remote_whatever_the_environment_pins(monkeypatch: pytest.MonkeyPatch) -> None:
    from flytekit import remote_v2

    monkeypatch.setenv(rollout.ENV_PINS, "get_project=grpc,list_projects=grpc")
    with remote_v2.FlyteRemote.local() as remote:
        assert (remote.backend, remote.routes) == ("rust", {})
        assert isinstance(remote.client, remote_v2.RawClient)
        assert [p.id for p in remote.list_projects()] == ["flytesnacks"]
        assert repr(remote).startswith("flytekit_core.remote.FlyteRemote('127.0.0.1:")
    with pytest.raises(TypeError, match="backend"):
        remote_v2.FlyteRemote(Config.for_endpoint("127.0.0.1:1", insecure=True), backend="grpc")  # type: ignore[call-arg]


def test_remote_v2_has_an_async_remote_on_the_native_backend_too(monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio

    from flytekit import remote_v2

    monkeypatch.setenv(rollout.ENV_PINS, "list_projects=grpc")

    async def main() -> None:
        async with remote_v2.AsyncFlyteRemote.local() as remote:
            assert (remote.backend, remote.routes) == ("rust", {})
            assert isinstance(remote.client, remote_v2.AsyncRawClient)
            assert isinstance(remote.client.transport.inner, remote_v2.AsyncRustTransport)
            assert [p.id async for p in remote.iter_projects()] == ["flytesnacks"]
            assert await remote.list_projects() == [p async for p in remote.iter_projects()]
            assert repr(remote).startswith("flytekit_core.remote.AsyncFlyteRemote('127.0.0.1:")

    asyncio.run(main())
