"""The agent server through both backends' agent clients: the same bytes from every RPC
of the agent services."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core.agent import AgentServer
from flytekit_core.configuration import Config
from flytekit_core.idl.flyteidl.admin import agent_pb2
from flytekit_core.remote_common.retry import NO_RETRIES
from tests.agent import agents  # noqa: F401 (registers the agents)
from tests.agent.agents import ECHO, SUM
from tests.remote.conftest import INSTALLED


@pytest.fixture(scope="module")
def server() -> Iterator[AgentServer]:
    with AgentServer() as running:
        yield running


@pytest.mark.skipif(len(INSTALLED) < 2, reason="needs both backends")
def test_both_backends_get_the_same_bytes_from_every_rpc(server: AgentServer) -> None:
    inputs = {"literals": {"n": {"scalar": {"primitive": {"integer": 7}}}}}
    meta = b'{"job_id": "job-q1", "attempt": 0}'
    where = {"task_category": {"name": "echo"}, "resource_meta": meta}

    def sync_requests() -> Iterator[Any]:
        yield agent_pb2.ExecuteTaskSyncRequest(header={"template": SUM})
        yield agent_pb2.ExecuteTaskSyncRequest(inputs={"literals": {"xs": {"collection": {"literals": []}}}})

    calls = {
        "create": lambda c: [c.async_agent.create_task(agent_pb2.CreateTaskRequest(template=ECHO, inputs=inputs))],
        "get": lambda c: [c.async_agent.get_task(agent_pb2.GetTaskRequest(**where))],
        "metrics": lambda c: [c.async_agent.get_task_metrics(agent_pb2.GetTaskMetricsRequest(**where))],
        "logs": lambda c: list(c.async_agent.get_task_logs(agent_pb2.GetTaskLogsRequest(**where))),
        "delete": lambda c: [c.async_agent.delete_task(agent_pb2.DeleteTaskRequest(**where))],
        "sync": lambda c: list(c.sync_agent.execute_task_sync(sync_requests())),
        "agent": lambda c: [c.agent_metadata.get_agent(agent_pb2.GetAgentRequest(name="Sum Agent"))],
        "agents": lambda c: [c.agent_metadata.list_agents(agent_pb2.ListAgentsRequest())],
    }
    seen: dict[str, dict[str, list[bytes]]] = {}
    for backend in INSTALLED:
        remote = FlyteRemote(Config.for_endpoint(server.endpoint, insecure=True), backend=backend, retry=NO_RETRIES)
        seen[backend] = {
            name: [m.SerializeToString(deterministic=True) for m in call(remote.client)] for name, call in calls.items()
        }
        remote.close()
    assert seen["grpc"] == seen["rust"]
    assert all(seen["rust"].values())  # every RPC answered something
