"""Nested runs on both backends against the local admin: a subworkflow node, a
launch-plan node (a child execution), branch and dynamic nodes, as the propeller stand-in
reports them; ``sync`` recursing through all of them; execution metrics; and the errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core import exceptions
from flytekit_core.idl.flyteidl.admin import execution_pb2, node_execution_pb2, task_execution_pb2
from flytekit_core.idl.flyteidl.core import execution_pb2 as core_execution_pb2
from flytekit_core.remote_common import user_api
from flytekit_core.testing import fixture_workflow
from flytekit_core.testing.propeller import Call, Propeller, RecoverableError
from tests.remote.conftest import INSTALLED

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures/flyte-package.tgz"
TASKS = fixture_workflow.implementations(FIXTURE)
Phase = core_execution_pb2.WorkflowExecution.Phase
NodePhase = core_execution_pb2.NodeExecution.Phase
TaskPhase = core_execution_pb2.TaskExecution.Phase
INPUTS = {"a": 1, "name": "n", "xs": [1.0]}


@pytest.fixture
def remote(backend: str) -> Any:
    with FlyteRemote.local(backend=backend) as remote:
        remote.register_package(FIXTURE, version="v1")
        fixture_workflow.register_nested(remote, "v1")
        yield remote


def run_nested(remote: Any, tasks: dict[str, Any] = TASKS, name: str = "outer") -> Any:
    workflow = remote.fetch_workflow(name=fixture_workflow.NESTED)
    execution = remote.execute(workflow, INPUTS, execution_name=name)
    return Propeller(remote, tasks).run(execution)


def tree(run: Any) -> list[tuple[str, str, dict[str, Any], int]]:
    """Every node of a synced run: path, phase, outputs, task executions."""
    return [(path, NodePhase.Name(n.phase), n.outputs, len(n.task_executions)) for path, n in run.walk()]


def test_sync_recurses_into_subworkflows_branches_dynamic_nodes_and_child_executions(remote: Any) -> None:
    done = run_nested(remote)
    assert done.closure.phase == Phase.SUCCEEDED
    run = remote.sync(done)
    assert run.execution.closure.phase == Phase.SUCCEEDED
    # The subworkflow: add(1, 3) = 4 > 2, so its branch adds 1 -> 5; the child execution of
    # pipeline_nightly gets a = 5: add(5, 3) = 8, plus 1 -> 9.
    assert run.data.outputs == {"o0": 9, "o1": "hi n 2024-01-01 5s"}
    assert list(run.nodes) == ["n0", "n1"]
    paths = {path: (phase, outputs, tasks) for path, phase, outputs, tasks in tree(run)}
    assert all(phase == "SUCCEEDED" for phase, _, _ in paths.values())
    assert paths["n0/n0-0-n0"] == ("SUCCEEDED", {"o0": 4}, 1)
    assert paths["n0/n0-0-n3/n0-0-n3-0-n0"] == ("SUCCEEDED", {"o0": 5}, 1)  # the branch taken
    assert paths["n0/n0-0-n4"][1:] == ({"o0": [0]}, 1)  # fan(n=1): one add
    assert paths["n0/n0-0-n4/n0-0-n4-0-dn0"][1:] == ({"o0": 0}, 1)

    child = run.nodes["n1"].child_execution
    assert child is not None and child.data.inputs["a"] == 5
    metadata = child.execution.spec.metadata
    assert metadata.mode == execution_pb2.ExecutionMetadata.CHILD_WORKFLOW and metadata.nesting == 1
    assert metadata.parent_node_execution.node_id == "n1"
    assert metadata.parent_node_execution.execution_id.name == "outer"
    name = child.execution.id.name
    fanned = [p for p in paths if p.startswith(f"n1/{name}/n4/")]
    assert fanned == [f"n1/{name}/n4/n4-0-dn{i}" for i in range(5)]  # fan(n=5)
    assert paths[f"n1/{name}/n4"][1] == {"o0": [0, 2, 4, 6, 8]}

    dynamic = run.nodes["n0"].children["n0-0-n4"]
    assert dynamic.node_execution.metadata.is_dynamic and dynamic.node_execution.metadata.is_parent_node
    assert dynamic.dynamic_workflow is not None
    assert [n.id for n in dynamic.dynamic_workflow.primary.template.nodes] == ["dn0"]
    assert [t.template.id.name for t in dynamic.dynamic_workflow.tasks] == ["myapp.wf.add"]
    assert dynamic.input_literals.literals["n"].scalar.primitive.integer == 1


def test_sync_without_nodes_and_while_running(remote: Any) -> None:
    workflow = remote.fetch_workflow(name=fixture_workflow.NESTED)
    execution = remote.execute(workflow, INPUTS, execution_name="pending")
    early = remote.sync(execution)
    assert early.nodes == {} and early.data.outputs == {} and early.data.inputs == INPUTS
    done = Propeller(remote, TASKS).run(execution)
    shallow = remote.sync(done, sync_nodes=False)
    assert shallow.nodes == {} and shallow.data.outputs["o0"] == 9


def test_a_failure_inside_a_dynamic_workflow_fails_each_level_up(remote: Any) -> None:
    def add(a: int, b: int) -> int:
        if a == b == 0:
            raise ValueError("zero")
        return a + b

    done = run_nested(remote, {**TASKS, "myapp.wf.add": add}, name="broken")
    assert done.closure.phase == Phase.FAILED
    assert "task myapp.wf.add failed: ValueError: zero" in done.closure.error.message
    run = remote.sync(done)
    phases = {path: phase for path, phase, _, _ in tree(run)}
    assert phases["n0"] == phases["n0/n0-0-n4"] == phases["n0/n0-0-n4/n0-0-n4-0-dn0"] == "FAILED"
    assert "n1" not in phases  # never started
    dynamic_task = run.nodes["n0"].children["n0-0-n4"].task_executions[0]
    # The dynamic task itself succeeded: it made its workflow; that workflow failed.
    assert dynamic_task.closure.phase == core_execution_pb2.TaskExecution.SUCCEEDED


def test_a_failed_child_execution_fails_its_launch_plan_node(remote: Any) -> None:
    def greet(name: str, **_: Any) -> str:
        if name == "x":  # the launch plan's default name, so only the child fails
            raise RuntimeError("no")
        return name

    done = run_nested(remote, {**TASKS, "myapp.wf.greet": greet}, name="child-fails")
    assert done.closure.phase == Phase.FAILED
    assert "did not succeed" in done.closure.error.message
    run = remote.sync(done)
    child = run.nodes["n1"].child_execution
    assert run.nodes["n1"].phase == NodePhase.FAILED
    assert child is not None and child.execution.closure.phase == Phase.FAILED


def test_a_dynamic_task_calling_an_unknown_input_fails_clearly(remote: Any) -> None:
    def fan(n: int) -> list[Call]:
        return [Call("myapp.wf.add", {"a": n, "z": 1})]

    done = run_nested(remote, {**TASKS, "myapp.wf.fan": fan}, name="bad-call")
    assert done.closure.phase == Phase.FAILED
    assert "unknown inputs ['z']" in done.closure.error.message


def test_dynamic_calls_chain_and_each_call_is_one_node(remote: Any) -> None:
    def fan(n: int) -> list[Any]:
        first = Call("myapp.wf.add", {"a": n, "b": 1})
        second = Call("myapp.wf.add", {"a": first["o0"], "b": first})
        return [first, second, 10]

    done = run_nested(remote, {**TASKS, "myapp.wf.fan": fan}, name="chained")
    assert done.closure.phase == Phase.SUCCEEDED
    dynamic = remote.sync(done).nodes["n0"].children["n0-0-n4"]
    assert dynamic.outputs == {"o0": [2, 4, 10]}  # n = 1: 1 + 1, then 2 + 2, then a constant
    nodes = dynamic.dynamic_workflow.primary.template.nodes
    assert [(n.id, list(n.upstream_node_ids)) for n in nodes] == [("dn0", []), ("dn1", ["dn0"])]
    assert sorted(dynamic.children) == ["n0-0-n4-0-dn0", "n0-0-n4-0-dn1"]

    def bad(n: int) -> list[Any]:
        return [Call("myapp.wf.add", {"a": n, "b": 1})["o9"]]

    failed = run_nested(remote, {**TASKS, "myapp.wf.fan": bad}, name="bad-output")
    assert "name one of the outputs ['o0'] of myapp.wf.add" in failed.closure.error.message


def test_node_and_task_iterators_page_filter_and_nest(remote: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    done = run_nested(remote)
    whole = tree(remote.sync(done))
    monkeypatch.setattr(user_api, "PAGE_SIZE", 1)  # every listing below takes several pages
    assert tree(remote.sync(done)) == whole
    inner = [n.id.node_id for n in remote.iter_node_executions(done, parent="n0", filters="ne(node_id,n0-0-n1)")]
    # In the order they began: the branch n3 waits for n0's output, so it starts last.
    assert inner == ["n0-0-n0", "n0-0-n2", "n0-0-n4", "n0-0-n5", "n0-0-n3"]
    by_id_descending = remote.iter_node_executions(done, parent="n0", sort_by=("node_id", False))
    assert next(by_id_descending).id.node_id == "n0-0-n5"
    [add] = [n for n in remote.iter_node_executions(done, parent="n0") if n.id.node_id == "n0-0-n0"]
    assert [t.closure.phase for t in remote.iter_task_executions(add, filters="eq(phase,SUCCEEDED)")] == [
        core_execution_pb2.TaskExecution.SUCCEEDED
    ]
    assert list(remote.iter_task_executions(add, filters="eq(phase,FAILED)")) == []
    # What real flytekit's sync_execution sends: oldest first by created_at.
    by_creation = remote.iter_node_executions(done, parent="n0", sort_by=("created_at", True))
    assert [n.id.node_id for n in by_creation] == [*inner[:1], "n0-0-n1", *inner[1:]]
    with pytest.raises(exceptions.FlyteInvalidInputException, match=r"'ne\.image' is invalid filter"):
        list(remote.iter_node_executions(done, filters="eq(image,x)"))


def test_metrics_are_a_span_tree_down_to_the_depth_asked(remote: Any) -> None:
    done = run_nested(remote)

    def node_ids(span: Any) -> list[str]:
        return [s.node_id.node_id for s in span.spans if s.WhichOneof("id") == "node_id"]

    shallow = remote.get_execution_metrics(done, depth=1).span
    assert shallow.workflow_id.name == "outer"
    assert node_ids(shallow) == ["n0", "n1"]
    assert all(not s.spans for s in shallow.spans)
    deep = remote.get_execution_metrics(done).span
    n0, n1 = deep.spans
    assert "n0-0-n4" in node_ids(n0)
    dynamic = next(s for s in n0.spans if s.node_id.node_id == "n0-0-n4")
    assert [s.WhichOneof("id") for s in dynamic.spans] == ["task_id", "node_id"]
    (child,) = n1.spans
    assert child.WhichOneof("id") == "workflow_id" and child.workflow_id.name != "outer"
    for span in (deep, n0, n1, child):
        assert span.start_time.ToNanoseconds() <= span.end_time.ToNanoseconds()


def test_nested_lookups_of_what_does_not_exist(remote: Any) -> None:
    done = run_nested(remote)
    with pytest.raises(exceptions.FlyteEntityNotExistException, match="nx"):
        request = node_execution_pb2.NodeExecutionListRequest(
            workflow_execution_id=done.id, limit=10, unique_parent_id="nx"
        )
        remote.client.list_node_executions(request)
    with pytest.raises(exceptions.FlyteEntityNotExistException, match="not a dynamic node"):
        remote.client.get_dynamic_node_workflow(
            node_execution_pb2.GetDynamicNodeWorkflowRequest(id={"node_id": "n0", "execution_id": done.id})
        )
    orphan = execution_pb2.ExecutionCreateRequest(
        project="flytesnacks", domain="development", name="orphan", inputs={},
        spec={"launch_plan": remote.fetch_launch_plan(name="pipeline_nightly").id,
              "metadata": {"parent_node_execution": {"node_id": "n9", "execution_id": done.id}}},
    )  # fmt: skip
    with pytest.raises(exceptions.FlyteEntityNotExistException, match="parent node execution n9"):
        remote.client.create_execution(orphan)
    missing = execution_pb2.Execution(id={"project": "flytesnacks", "domain": "development", "name": "missing"})
    with pytest.raises(exceptions.FlyteEntityNotExistException, match="missing"):
        remote.get_execution_metrics(missing)


@pytest.mark.skipif(INSTALLED != ["grpc", "rust"], reason="needs both backends")
def test_a_synced_nested_run_is_the_same_on_both_backends() -> None:
    results = {}
    for backend in INSTALLED:
        with FlyteRemote.local(backend=backend) as remote:
            remote.register_package(FIXTURE, version="v1")
            fixture_workflow.register_nested(remote, "v1")
            results[backend] = repr(tree(remote.sync(run_nested(remote))))
    assert results["grpc"] == results["rust"]
    assert "n1/c" in results["rust"]


def test_a_nested_run_survives_a_restart(tmp_path: Path, backend: str) -> None:
    database = tmp_path / "admin.db"
    with FlyteRemote.local(backend=backend, database=database) as remote:
        remote.register_package(FIXTURE, version="v1")
        fixture_workflow.register_nested(remote, "v1")
        before = tree(remote.sync(run_nested(remote)))
        metrics = remote.get_execution_metrics(remote.fetch_execution("flytesnacks", "development", "outer"))
    with FlyteRemote.local(backend=backend, database=database) as remote:
        outer = remote.fetch_execution("flytesnacks", "development", "outer")
        assert tree(remote.sync(outer)) == before
        assert remote.get_execution_metrics(outer) == metrics  # the same instants, replayed
        dynamic = remote.client.get_dynamic_node_workflow(
            node_execution_pb2.GetDynamicNodeWorkflowRequest(id={"node_id": "n0-0-n4", "execution_id": outer.id})
        )
        assert [n.id for n in dynamic.compiled_workflow.primary.template.nodes] == ["dn0"]


def test_recoverable_failures_are_retried_up_to_the_tasks_retries(remote: Any) -> None:
    calls: list[int] = []

    def flaky_add(a: int, b: int) -> int:
        calls.append(a)
        if len(calls) <= 2:  # add has retries=2: attempts 0 and 1 fail, attempt 2 succeeds
            raise RecoverableError("node lost")
        return a + b

    def greet(**_: Any) -> str:
        raise RecoverableError("still flaky")  # greet has no retries: it fails at once

    plan = remote.fetch_launch_plan(name="pipeline_nightly")
    done = Propeller(remote, {**TASKS, "myapp.wf.add": flaky_add}).run(remote.execute(plan, {}, execution_name="flaky"))
    assert done.closure.phase == Phase.SUCCEEDED
    n0 = remote.sync(done).nodes["n0"]
    attempts = [(t.id.retry_attempt, t.closure.phase) for t in n0.task_executions]
    assert attempts == [(0, TaskPhase.FAILED), (1, TaskPhase.FAILED), (2, TaskPhase.SUCCEEDED)]
    assert n0.phase == NodePhase.SUCCEEDED and n0.outputs == {"o0": 8}
    assert "node lost" in n0.task_executions[0].closure.error.message

    failed = Propeller(remote, {**TASKS, "myapp.wf.greet": greet}).run(remote.execute(plan, {}, execution_name="once"))
    assert failed.closure.phase == Phase.FAILED
    assert [t.id.retry_attempt for t in remote.sync(failed).nodes["n1"].task_executions] == [0]


def test_task_execution_data_per_attempt(remote: Any) -> None:
    done = run_nested(remote)
    add = remote.sync(done).nodes["n0"].children["n0-0-n0"]
    [attempt] = add.task_executions
    data = remote.get_task_execution_data(attempt)
    assert (data.inputs, data.outputs) == ({"a": 1, "b": 3}, {"o0": 4})
    got = remote.client.get_task_execution(task_execution_pb2.TaskExecutionGetRequest(id=attempt.id))
    assert got.closure.phase == TaskPhase.SUCCEEDED and got.id.retry_attempt == 0
    missing = attempt.__class__(id=attempt.id)
    missing.id.retry_attempt = 7
    with pytest.raises(exceptions.FlyteEntityNotExistException, match="attempt 7 not found"):
        remote.get_task_execution_data(missing)
