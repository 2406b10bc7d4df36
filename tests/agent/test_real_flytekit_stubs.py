"""flyteidl's own grpcio agent stubs, from real flytekit 1.16.31's environment (as
propeller-side clients and flytekit's tools call agents), against the native agent
server."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from flytekit_core.agent import AgentServer
from tests import real_flytekit

CLIENT = """
import json, sys
import grpc
from flyteidl.admin import agent_pb2
from flyteidl.service import agent_pb2_grpc
channel = grpc.insecure_channel(sys.argv[1])
agents = agent_pb2_grpc.AsyncAgentServiceStub(channel)
metadata = agent_pb2_grpc.AgentMetadataServiceStub(channel)
sync = agent_pb2_grpc.SyncAgentServiceStub(channel)
request = agent_pb2.CreateTaskRequest()
request.template.type = "echo"
request.template.id.name = "real"
request.template.interface.inputs.variables["n"].type.simple = 1
request.inputs.literals["n"].scalar.primitive.integer = 3
created = agents.CreateTask(request, timeout=10)
got = agents.GetTask(agent_pb2.GetTaskRequest(task_category=agent_pb2.TaskCategory(name="echo"),
                                               resource_meta=created.resource_meta), timeout=10)
logs = [list(r.body.results) for r in agents.GetTaskLogs(
    agent_pb2.GetTaskLogsRequest(task_category=agent_pb2.TaskCategory(name="echo"),
                                 resource_meta=created.resource_meta), timeout=10)]
header = agent_pb2.ExecuteTaskSyncRequest()
header.header.template.type = "sum"
header.header.template.interface.inputs.variables["xs"].type.collection_type.simple = 1
header.header.template.interface.outputs.variables["total"].type.simple = 1
inputs = agent_pb2.ExecuteTaskSyncRequest()
for x in (4, 5):
    inputs.inputs.literals["xs"].collection.literals.add().scalar.primitive.integer = x
[done] = list(sync.ExecuteTaskSync(iter([header, inputs]), timeout=10))
try:
    agents.CreateTask(agent_pb2.CreateTaskRequest(template={"type": "nobody"}), timeout=10)
    missing = None
except grpc.RpcError as error:
    missing = [error.code().name, error.details()]
print(json.dumps({
    "meta": created.resource_meta.decode(),
    "phase": got.resource.phase,
    "job": got.resource.outputs.literals["job"].scalar.primitive.string_value,
    "logs": logs,
    "total": done.header.resource.outputs.literals["total"].scalar.primitive.integer,
    "agents": sorted(a.name for a in metadata.ListAgents(agent_pb2.ListAgentsRequest(), timeout=10).agents),
    "missing": missing,
}))
"""


@pytest.fixture(scope="module")
def server() -> Iterator[AgentServer]:
    from tests.agent import agents  # noqa: F401 (registers the agents)

    with AgentServer() as running:
        yield running


def test_flyteidl_grpc_stubs_call_the_native_server(server: AgentServer) -> None:
    result = json.loads(real_flytekit.run(CLIENT, server.endpoint, timeout=300))
    assert result["meta"] == '{"job_id": "job-real", "attempt": 0}'
    assert (result["phase"], result["job"]) == (3, "job-real")
    assert result["logs"] == [[f"job-real line {i}"] for i in range(3)]
    assert result["total"] == 9  # the interface says int this time
    assert {"Echo Agent", "Sum Agent"} <= set(result["agents"])
    assert (
        result["missing"][0] == "NOT_FOUND" and "Cannot find agent for task category: nobody_v0" in result["missing"][1]
    )
