"""The native agent server answering Python agents, through both backends' agent clients:
every RPC, the error table, deadlines and cancellations reaching the agent, and the
server serving on after each failure."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core import _flyrs, exceptions
from flytekit_core.agent import AgentServer
from flytekit_core.configuration import Config
from flytekit_core.extend.backend.base_agent import AgentRegistry, AsyncAgentBase, SyncAgentBase
from flytekit_core.idl.flyteidl.admin import agent_pb2
from flytekit_core.remote_common.retry import NO_RETRIES
from flytekit_core.remote_common.user_api import as_idl
from tests.agent import agents
from tests.agent.agents import ECHO, SUM


def idl(message: Any) -> Any:
    """A reply of either backend as a ``flytekit_core.idl`` message, to compare."""
    from flytekit_core.idl.rpc import message_class

    name = message.DESCRIPTOR.full_name
    module = {"flyteidl.admin": "flytekit_core.idl.flyteidl.admin.agent_pb2"}[name.rpartition(".")[0]]
    return as_idl(message, message_class(module, name.rpartition(".")[2]))


def test_an_async_agent_through_create_get_metrics_logs_and_delete(client: Any) -> None:
    agents.EVENTS.clear()
    created = client.async_agent.create_task(
        agent_pb2.CreateTaskRequest(
            template=ECHO, inputs={"literals": {"n": {"scalar": {"primitive": {"integer": 7}}}}}
        ),
        timeout=10,
    )
    assert created.resource_meta == b'{"job_id": "job-q1", "attempt": 0}'  # as flytekit encodes it
    assert agents.EVENTS == [("create", {"n": 7})]  # inputs as Python values, by the interface
    where = {"task_category": {"name": "echo"}, "resource_meta": created.resource_meta}
    resource = idl(client.async_agent.get_task(agent_pb2.GetTaskRequest(**where), timeout=10)).resource
    assert (resource.phase, resource.message) == (3, "done")  # SUCCEEDED
    assert resource.outputs.literals["job"].scalar.primitive.string_value == "job-q1"
    assert [x.scalar.primitive.integer for x in resource.outputs.literals["rows"].collection.literals] == [1, 2]
    assert [link.uri for link in resource.log_links] == ["https://console/job-q1"]
    assert resource.custom_info.fields["attempt"].number_value == 0
    metrics = client.async_agent.get_task_metrics(agent_pb2.GetTaskMetricsRequest(**where), timeout=10)
    assert [r.metric for r in metrics.results] == ["rows"]
    logs = list(client.async_agent.get_task_logs(agent_pb2.GetTaskLogsRequest(**where), timeout=10))
    assert [list(m.body.results) for m in logs] == [[f"job-q1 line {i}"] for i in range(3)]
    client.async_agent.delete_task(agent_pb2.DeleteTaskRequest(**where), timeout=10)
    assert ("delete", "job-q1") in agents.EVENTS
    # The deprecated task_type still finds the agent, as propeller of older versions sends it.
    legacy = agent_pb2.GetTaskRequest(task_type="echo", resource_meta=created.resource_meta)
    assert client.async_agent.get_task(legacy, timeout=10).resource.phase == 3


def test_a_sync_agent_takes_the_header_then_the_inputs(client: Any) -> None:
    def requests() -> Iterator[Any]:
        yield agent_pb2.ExecuteTaskSyncRequest(header={"template": SUM, "output_prefix": "s3://out"})
        yield agent_pb2.ExecuteTaskSyncRequest(inputs={"literals": {"xs": {"collection": {"literals": [
            {"scalar": {"primitive": {"integer": 2}}}, {"scalar": {"primitive": {"integer": 5}}}]}}}})  # fmt: skip

    [reply] = list(client.sync_agent.execute_task_sync(requests(), timeout=10))
    resource = idl(reply).header.resource
    assert resource.phase == 3
    # The task's interface says float: the agent's int goes out as one.
    assert resource.outputs.literals["total"].scalar.primitive.float_value == 7.0


def test_the_metadata_service_lists_the_agents(client: Any) -> None:
    listed = {a.name: a for a in client.agent_metadata.list_agents(agent_pb2.ListAgentsRequest(), timeout=10).agents}
    assert {"Echo Agent", "Sum Agent", "Slow Agent", "Failing Agent"} <= set(listed)
    assert listed["Sum Agent"].is_sync and not listed["Echo Agent"].is_sync
    one = client.agent_metadata.get_agent(agent_pb2.GetAgentRequest(name="Echo Agent"), timeout=10).agent
    assert [c.name for c in one.supported_task_categories] == ["echo"]
    with pytest.raises(exceptions.FlyteEntityNotExistException, match="Cannot find agent for name: nobody"):
        client.agent_metadata.get_agent(agent_pb2.GetAgentRequest(name="nobody"), timeout=10)


def test_the_error_table(client: Any) -> None:
    def create(name: str, task_type: str = "fails") -> Any:
        return client.async_agent.create_task(
            agent_pb2.CreateTaskRequest(template={"type": task_type, "id": {"name": name}}), timeout=10
        )

    with pytest.raises(
        exceptions.FlyteEntityNotExistException, match=r"nobody_v0; registered: \['doomed_v0', 'echo_v0'"
    ):
        create("x", task_type="nobody")
    with pytest.raises(exceptions.FlyteSystemException, match=r"INTERNAL.*RuntimeError: the warehouse is on fire"):
        create("boom")
    with pytest.raises(exceptions.FlyteSystemException, match=r"INTERNAL.*returned dict, not a ResourceMeta"):
        create("wrong-type")
    theirs = agent_pb2.GetTaskRequest(task_category={"name": "fails"}, resource_meta=b'{"job_id": "j9"}')
    with pytest.raises(exceptions.FlyteSystemException, match=r"PERMISSION_DENIED.*belongs to someone else") as denied:
        client.async_agent.get_task(theirs, timeout=10)
    assert denied.value.code == 7
    with pytest.raises(exceptions.FlyteInvalidInputException, match="resource_meta is not a JobMeta"):
        client.async_agent.get_task(agent_pb2.GetTaskRequest(task_category={"name": "echo"}, resource_meta=b"{"))
    with pytest.raises(
        exceptions.FlyteSystemException, match=r"FAILED_PRECONDITION.*is a sync agent: call ExecuteTaskSync"
    ):
        create("x", task_type="sum")
    # The server serves on after every failure.
    assert client.agent_metadata.list_agents(agent_pb2.ListAgentsRequest(), timeout=10).agents


def test_malformed_and_unknown_requests_are_refused_not_crashed(server: AgentServer) -> None:
    channel = _flyrs.RawChannel(server.endpoint, insecure=True)
    with pytest.raises(exceptions.FlyteInvalidInputException, match=r"is not a flyteidl\.admin\.CreateTaskRequest"):
        channel.unary("/flyteidl.service.AsyncAgentService/CreateTask", b"\xff\xff\xff", 10)
    whole = agent_pb2.CreateTaskRequest(template=ECHO).SerializeToString()
    with pytest.raises(exceptions.FlyteInvalidInputException, match="CreateTaskRequest"):
        channel.unary("/flyteidl.service.AsyncAgentService/CreateTask", whole[: len(whole) // 2], 10)  # truncated
    with pytest.raises(exceptions.FlyteSystemException, match="UNIMPLEMENTED"):
        channel.unary("/flyteidl.service.AdminService/GetTask", b"", 10)
    # The standard health check: SERVING.
    assert channel.unary("/grpc.health.v1.Health/Check", b"", 10) == b"\x08\x01"


def test_a_call_past_its_deadline_is_cancelled_in_the_agent(client: Any) -> None:
    agents.EVENTS.clear()
    started = time.monotonic()
    with pytest.raises(exceptions.FlyteTimeout):
        client.async_agent.create_task(
            agent_pb2.CreateTaskRequest(template={"type": "slow", "id": {"name": "slow-30"}}), timeout=0.5
        )
    assert time.monotonic() - started < 2
    deadline = time.monotonic() + 2
    while ("cancelled", "slow-30") not in agents.EVENTS:
        assert time.monotonic() < deadline, agents.EVENTS
        time.sleep(0.02)


def test_the_servers_own_timeout_bounds_a_call_without_a_deadline() -> None:
    agents.EVENTS.clear()
    with AgentServer(timeout=0.5) as short:
        remote = FlyteRemote(Config.for_endpoint(short.endpoint, insecure=True), backend="rust", retry=NO_RETRIES)
        with pytest.raises(exceptions.FlyteTimeout, match="did not finish in time"):
            remote.client.async_agent.create_task(
                agent_pb2.CreateTaskRequest(template={"type": "slow", "id": {"name": "slow-30"}})
            )
        remote.close()


def test_a_client_leaving_a_log_stream_closes_the_agents_generator(client: Any) -> None:
    agents.EVENTS.clear()
    request = agent_pb2.GetTaskLogsRequest(
        task_category={"name": "echo"}, resource_meta=b'{"job_id": "j", "attempt": 1}'
    )
    stream = client.async_agent.get_task_logs(request, timeout=10)
    assert list(next(stream).body.results) == ["j line 0"]
    stream.close()  # the client goes away mid-stream
    deadline = time.monotonic() + 3
    while ("logs closed", "j") not in agents.EVENTS:
        assert time.monotonic() < deadline, agents.EVENTS
        time.sleep(0.02)


def test_calls_answer_concurrently_within_the_bound(server: AgentServer) -> None:
    from concurrent.futures import ThreadPoolExecutor

    remote = FlyteRemote(Config.for_endpoint(server.endpoint, insecure=True), backend="rust", retry=NO_RETRIES)
    request = agent_pb2.GetTaskRequest(task_category={"name": "slow"}, resource_meta=b'{"job_id": "j"}')
    started = time.monotonic()
    with ThreadPoolExecutor(4) as pool:  # two workers (the fixture's): two at a time, 0.2 s each
        replies = list(pool.map(lambda _: remote.client.async_agent.get_task(request, timeout=10), range(4)))
    took = time.monotonic() - started
    assert [r.resource.phase for r in replies] == [2] * 4  # RUNNING
    assert 0.35 < took < 2.0, took
    remote.close()


def test_registration_is_checked() -> None:
    class Registry(AgentRegistry):
        _REGISTRY = {}
        _METADATA = {}

    Registry.register(agents.EchoAgent())
    with pytest.raises(ValueError, match="Duplicate agent for task type: echo_v0"):
        Registry.register(agents.EchoAgent())
    Registry.register(agents.EchoAgent(), override=True)
    with pytest.raises(TypeError, match="takes an AsyncAgentBase or SyncAgentBase"):
        Registry.register(object())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="metadata_type must be a ResourceMeta subclass"):
        AsyncAgentBase(metadata_type=dict, task_type_name="x")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="task_type_name must be a non-empty string"):
        SyncAgentBase(task_type_name="")


def test_the_pytest_fixture_serves_the_registered_agents(flyte_agent_server: AgentServer) -> None:
    remote = FlyteRemote(Config.for_endpoint(flyte_agent_server.endpoint, insecure=True), backend="rust")
    names = {a.name for a in remote.client.agent_metadata.list_agents(agent_pb2.ListAgentsRequest()).agents}
    assert "Echo Agent" in names
    remote.close()


def test_stopping_the_server_cancels_the_calls_in_flight_and_their_clients_hear_so() -> None:
    import threading

    agents.EVENTS.clear()
    stopping = AgentServer()
    remote = FlyteRemote(Config.for_endpoint(stopping.endpoint, insecure=True), backend="rust", retry=NO_RETRIES)
    outcome: list[BaseException] = []

    def call() -> None:
        try:
            remote.client.async_agent.create_task(
                agent_pb2.CreateTaskRequest(template={"type": "slow", "id": {"name": "slow-30"}}), timeout=30
            )
        except BaseException as error:
            outcome.append(error)

    caller = threading.Thread(target=call)
    caller.start()
    time.sleep(0.3)  # the agent is working
    started = time.monotonic()
    stopping.stop(grace=0.2)
    caller.join(10)
    assert time.monotonic() - started < 3
    assert [getattr(e, "code_name", None) for e in outcome] == ["CANCELLED"]
    assert ("cancelled", "slow-30") in agents.EVENTS
    remote.close()
