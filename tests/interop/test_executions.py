"""Executions launched by real flytekit (``FlyteRemote.execute``, ``pyflyte run --remote``)
and by us, run by the project's propeller, then read by the other side: outputs, node
and task executions through ``sync_execution(sync_nodes=True)``, the same bytes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import threading
import uuid
from typing import Any

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core.idl.flyteidl.admin import execution_pb2, node_execution_pb2
from flytekit_core.idl.flyteidl.core import execution_pb2 as core_execution_pb2
from flytekit_core.idl.flyteidl.core import identifier_pb2
from flytekit_core.remote_common.literals import DatasetRef
from flytekit_core.testing.propeller import Propeller
from tests.interop.conftest import VERSION, RealFlytekit, unb64

Phase = core_execution_pb2.WorkflowExecution.Phase


def fresh(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:12]}"


EXECUTE_PIPELINE = """
wf = remote.fetch_workflow(name="flows.pipeline.pipeline", version=args["version"])
result = remote.execute(wf, inputs={"a": 3, "n": 2}, execution_name=args["name"]).id.name
"""

# Real flytekit's view of a finished execution: its outputs, and every node execution
# sync_execution found (with the children of subworkflow, dynamic and branch nodes).
SYNC = """
execution = remote.sync_execution(remote.fetch_execution(name=args["name"]), sync_nodes=True)

def nodes(node_executions):
    found = {}
    for node_id, node in node_executions.items():
        found[node_id] = {
            "phase": node.closure.phase,
            "tasks": [t.id.retry_attempt for t in node.task_executions if hasattr(t, "id")],
            "children": nodes(node.subworkflow_node_executions) if node.metadata.is_parent_node else {},
            "launched": [w.id.name for w in node.workflow_executions],
        }
    return found

closure = execution.closure
result = {
    "phase": closure.phase,
    "done": execution.is_done,
    # The closure's times as flytekit reads them: created <= started <= updated, a duration.
    "times": closure.created_at <= closure.started_at <= closure.updated_at
    and closure.duration.total_seconds() > 0,
    "error_kind": execution.error.kind if execution.error else None,
    "outputs": {k: execution.outputs.get(k) for k in execution.outputs.literals} if execution.is_successful else None,
    "error": execution.error.message if execution.error else None,
    "nodes": nodes(execution.node_executions),
}
"""

# The raw bytes real flytekit reads for an execution and its top-level node executions.
RAW_EXECUTION = """
from flytekit.clients.raw import RawSynchronousFlyteClient as Raw
from flyteidl.admin import execution_pb2, node_execution_pb2
from flyteidl.core import identifier_pb2
eid = identifier_pb2.WorkflowExecutionIdentifier(project="flytesnacks", domain="development", name=args["name"])
nodes = Raw.list_node_executions_paginated(client, node_execution_pb2.NodeExecutionListRequest(
    workflow_execution_id=eid, limit=100))
result = {
    "execution": pb(Raw.get_execution(client, execution_pb2.WorkflowExecutionGetRequest(id=eid))),
    "data": pb(Raw.get_execution_data(client, execution_pb2.WorkflowExecutionGetDataRequest(id=eid))),
    "nodes": pb(nodes),
}
"""


def raw_execution(remote: FlyteRemote, name: str) -> dict[str, bytes]:

    eid = identifier_pb2.WorkflowExecutionIdentifier(project="flytesnacks", domain="development", name=name)
    client = remote.client
    nodes = client.list_node_executions(
        node_execution_pb2.NodeExecutionListRequest(workflow_execution_id=eid, limit=100)
    )
    return {
        "execution": client.get_execution(execution_pb2.WorkflowExecutionGetRequest(id=eid)),
        "data": client.get_execution_data(execution_pb2.WorkflowExecutionGetDataRequest(id=eid)),
        "nodes": nodes,
    }


def assert_same_bytes(real: RealFlytekit, remote: FlyteRemote, name: str) -> None:
    theirs = real.run(RAW_EXECUTION, name=name)
    for key, message in raw_execution(remote, name).items():
        assert message.SerializeToString(deterministic=True) == unb64(theirs[key]), key


# pipeline(a=3, n=2): the launch-plan node square(3 + 1), the dynamic total of squares of
# range(2), the map task's total of squares of [3, 2, 4], and the branch halving 169.
PIPELINE_OUTPUTS = {"o0": 16, "o1": 1, "o2": 29, "o3": 84}
SUCCEEDED, FAILED, ABORTED = (Phase.SUCCEEDED, Phase.FAILED, Phase.ABORTED)
NODE_SUCCEEDED = core_execution_pb2.NodeExecution.Phase.SUCCEEDED


def test_real_flytekit_launches_we_run_it_reads_back(
    real: RealFlytekit, remote: FlyteRemote, propeller: Propeller
) -> None:
    name = real.run(EXECUTE_PIPELINE, version=VERSION, name=fresh("rp"))
    done = propeller.run(remote.fetch_execution("flytesnacks", "development", name))
    assert done.closure.phase == SUCCEEDED
    seen = real.run(SYNC, name=name)
    assert (seen["phase"], seen["done"], seen["outputs"], seen["times"]) == (SUCCEEDED, True, PIPELINE_OUTPUTS, True)
    nodes = seen["nodes"]
    assert {"n0", "n1", "n2", "n3", "n4", "n5"} <= set(nodes)
    assert {k: n["phase"] for k, n in nodes.items() if n["phase"] != NODE_SUCCEEDED} == {}
    assert set(nodes["n0"]["children"]) == {"n0-0-n0", "n0-0-n1"}  # the subworkflow's nodes
    assert len(nodes["n1"]["launched"]) == 1  # the launch-plan node's child execution
    assert set(nodes["n2"]["children"]) == {"n2-0-dn0", "n2-0-dn1", "n2-0-dn2"}  # the dynamic workflow's nodes
    # Task executions, one attempt each, inside the subworkflow and the dynamic workflow.
    assert nodes["n0"]["children"]["n0-0-n0"]["tasks"] == [0]
    assert nodes["n2"]["children"]["n2-0-dn2"]["tasks"] == [0]
    assert_same_bytes(real, remote, name)
    # And ours reads what real flytekit does.
    assert remote.get_execution_data(done).outputs == PIPELINE_OUTPUTS


def test_we_launch_real_flytekit_reads_back(real: RealFlytekit, remote: FlyteRemote, propeller: Propeller) -> None:
    workflow = remote.fetch_workflow(name="flows.pipeline.pipeline", version=VERSION)
    execution = remote.execute(workflow, {"a": 3, "n": 2}, execution_name=fresh("op"))
    propeller.run(execution)
    seen = real.run(SYNC, name=execution.id.name)
    assert (seen["phase"], seen["outputs"]) == (SUCCEEDED, PIPELINE_OUTPUTS)
    assert_same_bytes(real, remote, execution.id.name)


def test_failure_is_read_as_flytekit_reads_it(real: RealFlytekit, remote: FlyteRemote, propeller: Propeller) -> None:
    workflow = remote.fetch_workflow(name="flows.pipeline.failing", version=VERSION)
    execution = remote.execute(workflow, {"x": 4}, execution_name=fresh("fl"))
    propeller.run(execution)
    seen = real.run(SYNC, name=execution.id.name)
    assert seen["phase"] == FAILED and seen["outputs"] is None
    assert "refusing 4" in seen["error"]
    assert seen["error_kind"] == core_execution_pb2.ExecutionError.USER


@dataclasses.dataclass
class Point:  # the fields of flows.types_flow.Point, in its order
    x: int
    y: float
    label: str = "origin"


@dataclasses.dataclass
class Shape:
    name: str
    corners: list[Point] = dataclasses.field(default_factory=list)
    tags: dict[str, int] = dataclasses.field(default_factory=dict)
    parent: Point | None = None


class Color(enum.Enum):
    RED = "red"
    GREEN = "green"


WHEN = dt.datetime(2024, 1, 2, 3, 4, 5, 6000, tzinfo=dt.timezone(dt.timedelta(hours=2)))
SPAN = dt.timedelta(minutes=3, microseconds=7)
SHAPE = Shape("tri", [Point(1, 2.5), Point(3, 4.0, "b")], {"k": 1}, Point(0, 0.0))
OURS = {
    "number": 7, "ratio": 0.25, "text": "hé", "flag": True, "when": WHEN, "span": SPAN, "color": Color.RED,
    "shape": SHAPE, "loose": {"a": [1, 2], "b": {"c": "d"}}, "numbers": [1, 2, 3], "weights": {"w": 1.5},
    "maybe": None, "either": "e", "document": "s3://bucket/a.csv", "folder": "s3://bucket/dir",
    "table": DatasetRef("s3://bucket/t.parquet", "parquet"),
}  # fmt: skip
EXECUTE_ECHO = """
import datetime as dt
from flytekit.types.structured import StructuredDataset
from flows.types_flow import Color, Point, Shape
task = remote.fetch_task(name="flows.types_flow.echo", version=args["version"])
inputs = dict(
    number=7, ratio=0.25, text="hé", flag=True,
    when=dt.datetime(2024, 1, 2, 3, 4, 5, 6000, tzinfo=dt.timezone(dt.timedelta(hours=2))),
    span=dt.timedelta(minutes=3, microseconds=7), color=Color.RED,
    shape=Shape("tri", [Point(1, 2.5), Point(3, 4.0, "b")], {"k": 1}, Point(0, 0.0)),
    loose={"a": [1, 2], "b": {"c": "d"}}, numbers=[1, 2, 3], weights={"w": 1.5}, maybe=None, either="e",
    document="s3://bucket/a.csv", folder="s3://bucket/dir",
    table=StructuredDataset(uri="s3://bucket/t.parquet", file_format="parquet"),
)
result = remote.execute(task, inputs=inputs, execution_name=args["name"]).id.name
"""
# Real flytekit reads an echo execution's outputs with its own types.
ECHO_OUTPUTS = """
from flows.types_flow import Point, Shape
execution = remote.sync_execution(remote.fetch_execution(name=args["name"]))
shape = execution.outputs.get("o1", as_type=Shape)
corners = execution.outputs.get("o2", as_type=list[Point])
expected = Shape("tri", [Point(1, 2.5), Point(3, 4.0, "b")], {"k": 1}, Point(0, 0.0))
result = {"text": execution.outputs.get("o0", as_type=str), "shape": shape == expected,
          "corners": corners == expected.corners, "none": execution.outputs.get("o3", as_type=str | None)}
"""


def test_inputs_of_every_type_are_written_as_flytekit_writes_them(
    real: RealFlytekit, remote: FlyteRemote, propeller: Propeller
) -> None:
    theirs = real.run(EXECUTE_ECHO, version=VERSION, name=fresh("te"))
    task = remote.fetch_task(name="flows.types_flow.echo", version=VERSION)
    mine = remote.execute(task, OURS, execution_name=fresh("oe"))
    their_inputs = remote.get_execution_data(remote.fetch_execution("flytesnacks", "development", theirs))
    my_inputs = remote.get_execution_data(mine)
    for name in OURS:
        ours = my_inputs.input_literals.literals[name].SerializeToString(deterministic=True)
        assert ours == their_inputs.input_literals.literals[name].SerializeToString(deterministic=True), name
    # The propeller's task implementation gets the values (dataclasses as dicts); real
    # flytekit reads the outputs it wrote, of either execution, as its own types.
    for name in (theirs, mine.id.name):
        assert propeller.run(remote.fetch_execution("flytesnacks", "development", name)).closure.phase == SUCCEEDED
        seen = real.run(ECHO_OUTPUTS, name=name)
        assert seen == {"text": "hé", "shape": True, "corners": True, "none": None}
    shape = remote.get_execution_data(mine).outputs["o1"]
    assert shape == dataclasses.asdict(SHAPE)


def test_pyflyte_run_remote(real: RealFlytekit, remote: FlyteRemote, propeller: Propeller) -> None:
    task_run, workflow_run = fresh("rt"), fresh("rw")
    real.pyflyte("run", "--remote", "--name", task_run, "flows/pipeline.py", "add", "--a", "2", "--b", "5")
    real.pyflyte("run", "--remote", "--name", workflow_run, "flows/pipeline.py", "inner", "--a", "1")
    for name, outputs in ((task_run, {"o0": 7}), (workflow_run, {"o0": 121})):
        execution = remote.fetch_execution("flytesnacks", "development", name)
        assert propeller.run(execution).closure.phase == SUCCEEDED
        assert real.run(SYNC, name=name)["outputs"] == outputs


TERMINATE = """
remote.terminate(remote.fetch_execution(name=args["name"]), cause="no longer needed")
result = remote.fetch_execution(name=args["name"]).closure.phase
"""


def test_terminate_either_side(real: RealFlytekit, remote: FlyteRemote) -> None:
    workflow = remote.fetch_workflow(name="flows.pipeline.pipeline", version=VERSION)
    theirs = real.run(EXECUTE_PIPELINE, version=VERSION, name=fresh("tt"))
    assert real.run(TERMINATE, name=theirs) == ABORTED  # at once: no propeller is there to abort it
    aborted = remote.fetch_execution("flytesnacks", "development", theirs)
    assert aborted.closure.abort_metadata.cause == "no longer needed"
    mine = remote.execute(workflow, {"a": 1}, execution_name=fresh("ot"))
    remote.terminate(mine, "stop")
    assert real.run(SYNC, name=mine.id.name)["phase"] == ABORTED


WAIT = """
execution = remote.wait(remote.fetch_execution(name=args["name"]), timeout=dt.timedelta(seconds=60),
                        poll_interval=dt.timedelta(seconds=0.2))
result = {"phase": execution.closure.phase, "outputs": execution.outputs.get("o0")}
"""


def test_real_wait_sees_our_propeller_finish(real: RealFlytekit, remote: FlyteRemote, propeller: Propeller) -> None:
    workflow = remote.fetch_workflow(name="flows.pipeline.inner", version=VERSION)
    execution = remote.execute(workflow, {"a": 2}, execution_name=fresh("wt"))
    runner = threading.Timer(1.0, propeller.run, [execution])
    runner.start()
    try:
        seen = real.run("import datetime as dt\n" + WAIT, name=execution.id.name)
    finally:
        runner.join()
    assert seen == {"phase": SUCCEEDED, "outputs": 144}


@pytest.mark.parametrize("answer", ["approve", "reject"])
def test_signals(real: RealFlytekit, remote: FlyteRemote, propeller: Propeller, answer: str) -> None:
    workflow = remote.fetch_workflow(name="flows.gates.gated", version=VERSION)
    execution = remote.execute(workflow, {"name": "ann"}, execution_name=fresh("sg"))
    outcome: list[Any] = []
    runner = threading.Thread(target=lambda: outcome.append(propeller.run(execution)))
    runner.start()
    try:
        listed = real.run(SIGNALS, name=execution.id.name, answer=answer, timeout=60)
    finally:
        runner.join(timeout=90)
    assert "review" in listed
    if answer == "approve":
        assert outcome[0].closure.phase == SUCCEEDED
        assert remote.get_execution_data(outcome[0]).outputs == {"o0": "hello world"}
    else:
        assert outcome[0].closure.phase == FAILED  # the approval was rejected


# Real flytekit answers each gate once its signal exists (the propeller opens one gate at
# a time, in either order), as a user would: approve or reject, and set the title.
SIGNALS = """
import time
answers = {
    "review": lambda: getattr(remote, args["answer"])("review", args["name"]),
    "title": lambda: remote.set_signal("title", args["name"], "world"),
}
seen = set()
deadline = time.monotonic() + 30
while answers and time.monotonic() < deadline:
    for signal in remote.list_signals(args["name"]):
        seen.add(signal.id.signal_id)
        answer = answers.pop(signal.id.signal_id, None)
        if answer is not None:
            answer()
    time.sleep(0.1)
result = sorted(seen)
"""


def test_recent_executions_and_flyte_uris(real: RealFlytekit, remote: FlyteRemote, propeller: Propeller) -> None:
    workflow = remote.fetch_workflow(name="flows.pipeline.inner", version=VERSION)
    execution = propeller.run(remote.execute(workflow, {"a": 4}, execution_name=fresh("ru")))
    seen = real.run(RECENT_AND_GET, name=execution.id.name)
    assert seen["recent"][0] == execution.id.name  # newest first
    assert seen["outputs"] == remote.get(f"flyte://v1/flytesnacks/development/{execution.id.name}/end-node/i")
    assert seen["outputs"] == {"o0": 196}
    assert seen["input"] == remote.get(f"flyte://v1/flytesnacks/development/{execution.id.name}/n0/i/a") == 4


RECENT_AND_GET = """
name = args["name"]
recent = [e.id.name for e in remote.recent_executions(limit=5)]
outputs = remote.get(f"flyte://v1/flytesnacks/development/{name}/end-node/i")
result = {
    "recent": recent,
    "outputs": {k: outputs.get(k, as_type=int) for k in outputs.literals},
    # One literal comes back as the Literal itself.
    "input": remote.get(f"flyte://v1/flytesnacks/development/{name}/n0/i/a").scalar.primitive.integer,
}
"""
