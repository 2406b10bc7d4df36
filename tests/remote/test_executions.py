"""Executions on both backends against the local admin, driven by the propeller stand-in:
launching with Python inputs, the event rules, waiting, outputs, terminate, relaunch and
recover, and the error paths."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core import exceptions
from flytekit_core.idl.flyteidl.admin import common_pb2, event_pb2, execution_pb2
from flytekit_core.idl.flyteidl.core import execution_pb2 as core_execution_pb2
from flytekit_core.testing import fixture_workflow
from flytekit_core.testing.propeller import Propeller
from tests.remote.conftest import INSTALLED

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures/flyte-package.tgz"
Phase = core_execution_pb2.WorkflowExecution.Phase
TASKS = fixture_workflow.implementations(FIXTURE)


@pytest.fixture
def remote(backend: str) -> Any:
    with FlyteRemote.local(backend=backend) as remote:
        remote.register_package(FIXTURE, version="v1")
        yield remote


def executions(remote: Any) -> list[Any]:
    request = common_pb2.ResourceListRequest(id={"project": "flytesnacks", "domain": "development"}, limit=100)
    return list(remote.client.list_executions(request).executions)


def test_the_fixture_runs_to_success_with_its_outputs(remote: Any) -> None:
    plan = remote.fetch_launch_plan(name="pipeline_nightly")
    execution = remote.execute(plan, {"name": "flyte", "xs": [1.5, 2.5, 4.0]}, execution_name="nightly-1")
    assert execution.id.name == "nightly-1" and execution.closure.phase == Phase.UNDEFINED
    assert type(execution) is execution_pb2.Execution
    done = Propeller(remote, TASKS).run(execution)
    assert done.closure.phase == Phase.SUCCEEDED
    assert remote.wait(done, timeout=5).closure.phase == Phase.SUCCEEDED
    data = remote.get_execution_data(done)
    assert data.inputs == {"a": 5, "name": "flyte", "xs": [1.5, 2.5, 4.0]}  # a: the launch plan's default
    # add(5, 3) = 8 > 2, so the branch adds 1.
    assert data.outputs == {"o0": 9, "o1": "hi flyte 2024-01-01 5s", "o2": {"n": 3.0, "sum": 8.0}}
    assert data.output_literals.literals["o0"].scalar.primitive.integer == 9
    # The top-level nodes; the branch's chosen node and the dynamic node's run inside them.
    nodes = {n.id.node_id: n.closure.phase for n in remote.node_executions(done)}
    assert nodes == dict.fromkeys(["n0", "n1", "n2", "n3", "n4", "n5"], core_execution_pb2.NodeExecution.SUCCEEDED)


def test_inputs_are_checked_before_any_call(remote: Any) -> None:
    plan = remote.fetch_launch_plan(name="pipeline_nightly")
    task = remote.fetch_task(name="myapp.wf.greet")
    with pytest.raises(ValueError, match=r"no input named 'nmae'"):
        remote.execute(plan, {"nmae": "x"})
    with pytest.raises(TypeError, match=r"input 'a': expected int, got str"):
        remote.execute(plan, {"a": "five"})
    with pytest.raises(TypeError, match=r"input 'xs'\[1\]: expected float"):
        remote.execute(plan, {"xs": [1.0, "two"]})
    with pytest.raises(ValueError, match=r"needs the input\(s\) \['d', 'when'\]"):
        remote.execute(task, {"name": "x"})
    with pytest.raises(TypeError, match="takes a LaunchPlan, Task or Workflow"):
        remote.execute(object())
    assert executions(remote) == []


def test_a_task_runs_on_its_own(remote: Any) -> None:
    task = remote.fetch_task(name="myapp.wf.greet")
    execution = remote.execute(task, {"name": "ada", "when": dt.datetime(2025, 5, 1), "d": dt.timedelta(minutes=1)})
    done = Propeller(remote, TASKS).run(execution)
    assert remote.get_execution_data(done).outputs == {"o0": "hi ada 2025-05-01 60s"}


def test_a_failing_task_fails_the_execution(remote: Any) -> None:
    def broken(**_: Any) -> None:
        raise RuntimeError("disk full")

    execution = remote.execute(remote.fetch_launch_plan(name="pipeline_nightly"), {})
    done = Propeller(remote, {**TASKS, "myapp.wf.stats": broken}).run(execution)
    assert done.closure.phase == Phase.FAILED
    assert "disk full" in done.closure.error.message


def test_a_terminal_phase_is_final(remote: Any) -> None:
    execution = remote.execute(remote.fetch_launch_plan(name="pipeline_nightly"), {})
    done = Propeller(remote, TASKS).run(execution)

    def event(phase: int) -> None:
        remote.client.create_workflow_event(
            event_pb2.WorkflowExecutionEventRequest(event={"execution_id": done.id, "phase": phase})
        )

    with pytest.raises(exceptions.FlyteSystemException) as raised:
        event(Phase.RUNNING)
    assert raised.value.code_name == "FAILED_PRECONDITION"
    with pytest.raises(exceptions.FlyteSystemException, match="has already finished"):
        remote.terminate(done, "too late")
    late_task = event_pb2.TaskExecutionEventRequest(
        event={"parent_node_execution_id": {"node_id": "n0", "execution_id": done.id}, "phase": 1}
    )
    with pytest.raises(exceptions.FlyteSystemException, match="task events are rejected") as raised:
        remote.client.create_task_event(late_task)
    assert raised.value.code_name == "FAILED_PRECONDITION"
    fresh = remote.execute(remote.fetch_launch_plan(name="pipeline_nightly"), {})
    remote.client.create_workflow_event(
        event_pb2.WorkflowExecutionEventRequest(event={"execution_id": fresh.id, "phase": Phase.RUNNING})
    )
    with pytest.raises(exceptions.FlyteEntityAlreadyExistsException):
        remote.client.create_workflow_event(
            event_pb2.WorkflowExecutionEventRequest(event={"execution_id": fresh.id, "phase": Phase.RUNNING})
        )


def test_terminate_relaunch_recover(remote: Any) -> None:
    plan = remote.fetch_launch_plan(name="pipeline_nightly")
    execution = remote.execute(plan, {"a": 1}, labels={"team": "ml"}, tags=["nightly"], overwrite_cache=True)
    remote.terminate(execution, "changed my mind")
    aborted = remote.fetch_execution("flytesnacks", "development", execution.id.name)
    assert aborted.closure.phase == Phase.ABORTED
    assert aborted.closure.abort_metadata.cause == "changed my mind"
    assert aborted.spec.labels.values == {"team": "ml"} and list(aborted.spec.tags) == ["nightly"]
    again = remote.relaunch(aborted)
    assert again.spec.metadata.mode == execution_pb2.ExecutionMetadata.RELAUNCH
    assert again.spec.metadata.reference_execution.name == execution.id.name
    assert remote.get_execution_data(again).inputs["a"] == 1
    recovered = remote.recover(aborted, name="recovered-1")
    assert (
        recovered.id.name == "recovered-1" and recovered.spec.metadata.mode == execution_pb2.ExecutionMetadata.RECOVERED
    )
    with pytest.raises(exceptions.FlyteEntityAlreadyExistsException):
        remote.recover(aborted, name="recovered-1")
    with pytest.raises(exceptions.FlyteEntityNotExistException):
        remote.fetch_execution("flytesnacks", "development", "nope")


def test_wait_times_out(remote: Any) -> None:
    execution = remote.execute(remote.fetch_launch_plan(name="pipeline_nightly"), {})
    with pytest.raises(exceptions.FlyteTimeout, match="still UNDEFINED"):
        remote.wait(execution, timeout=0.2, poll_interval=0.05)


def run_script(remote: Any) -> list[Any]:
    plan = remote.fetch_launch_plan(name="pipeline_nightly")
    execution = remote.execute(plan, {"a": 1, "name": "both", "xs": [0.5]}, execution_name="same")
    done = Propeller(remote, TASKS).run(execution)
    data = remote.get_execution_data(done)
    nodes = sorted((n.id.node_id, n.closure.phase) for n in remote.node_executions(done))
    return [done.closure.phase, data.inputs, data.outputs, nodes]


@pytest.mark.skipif(INSTALLED != ["grpc", "rust"], reason="needs both backends")
def test_the_same_execution_script_gives_the_same_results_on_both_backends() -> None:
    results = {}
    for backend in INSTALLED:
        with FlyteRemote.local(backend=backend) as remote:
            remote.register_package(FIXTURE, version="v1")
            results[backend] = run_script(remote)
    assert results["grpc"] == results["rust"]
    assert results["rust"][2]["o0"] == 5  # add(1, 3) = 4 > 2, so the branch adds 1


def test_signals(remote: Any) -> None:
    from flytekit_core.idl.flyteidl.admin import signal_pb2

    execution = remote.execute(remote.fetch_launch_plan(name="pipeline_nightly"), {})
    for signal_id, simple in (("approval", 4), ("threshold", 1)):  # a gate node asks, as propeller does
        request = signal_pb2.SignalGetOrCreateRequest(
            id={"signal_id": signal_id, "execution_id": execution.id}, type={"simple": simple}
        )
        remote.client.get_or_create_signal(request)
    assert sorted(s.id.signal_id for s in remote.list_signals(execution)) == ["approval", "threshold"]
    descending = remote.iter_signals(execution, sort_by=("signal_id", False), filters="contains(signal_id,o)")
    assert [s.id.signal_id for s in descending] == ["threshold", "approval"]
    remote.approve("approval", execution)
    remote.approve("approval", execution)  # the same value again is fine
    with pytest.raises(exceptions.FlyteEntityAlreadyExistsException):
        remote.reject("approval", execution)
    with pytest.raises(TypeError, match="signal 'threshold': expected int"):
        remote.set_signal("threshold", execution, "high")
    remote.set_signal("threshold", execution, 7)
    values = {s.id.signal_id: s.value for s in remote.list_signals(execution)}
    assert values["approval"].scalar.primitive.boolean is True
    assert values["threshold"].scalar.primitive.integer == 7
    with pytest.raises(exceptions.FlyteEntityNotExistException, match="no signal 'nope'"):
        remote.approve("nope", execution)
    bad = signal_pb2.SignalSetRequest(
        id={"signal_id": "threshold", "execution_id": execution.id},
        value={"scalar": {"primitive": {"string_value": "x"}}},
    )
    with pytest.raises(exceptions.FlyteInvalidInputException):
        remote.client.set_signal(bad)


def test_get_reads_flyte_uris(remote: Any) -> None:
    execution = remote.execute(remote.fetch_launch_plan(name="pipeline_nightly"), {"name": "uri"})
    done = Propeller(remote, TASKS).run(execution)
    base = f"flyte://v1/flytesnacks/development/{done.id.name}"
    assert remote.get(f"{base}/start-node/o")["name"] == "uri"
    assert remote.get(f"{base}/end-node/i") == remote.get_execution_data(done).outputs
    assert remote.get(f"{base}/n0/i") == {"a": 5, "b": 3}
    assert remote.get(f"{base}/n0/o/o0") == 8
    assert remote.get(f"{base}/n0/o/o0", raw=True).scalar.primitive.integer == 8
    with pytest.raises(exceptions.FlyteEntityNotExistException, match="no node n9"):
        remote.get(f"{base}/n9/o")
    with pytest.raises(exceptions.FlyteInvalidInputException, match="invalid flyte URL"):
        remote.get("s3://bucket/key")


def test_recent_and_listed_executions(remote: Any) -> None:
    plan = remote.fetch_launch_plan(name="pipeline_nightly")
    for name in ("e1", "e2", "e3"):
        remote.execute(plan, {}, execution_name=name)
    Propeller(remote, TASKS).run(remote.fetch_execution("flytesnacks", "development", "e2"))
    assert [e.id.name for e in remote.recent_executions()] == ["e3", "e2", "e1"]  # newest first
    assert [e.id.name for e in remote.recent_executions(limit=2)] == ["e3", "e2"]
    succeeded = remote.iter_executions(filters="eq(phase,SUCCEEDED)")
    assert [e.id.name for e in succeeded] == ["e2"]
    # FlyteAdmin's column names: an execution's name is execution_name, `name` is refused.
    by_name = remote.iter_executions(sort_by=("execution_name", True))
    assert [e.id.name for e in by_name] == ["e1", "e2", "e3"]
    named = remote.iter_executions(filters="eq(execution.execution_name,e3)")
    assert [e.id.name for e in named] == ["e3"]
    with pytest.raises(exceptions.FlyteInvalidInputException, match="invalid sort key 'name'"):
        list(remote.iter_executions(sort_by=("name", True)))
    with pytest.raises(exceptions.FlyteInvalidInputException, match=r"'e\.image' is invalid filter"):
        list(remote.iter_executions(filters="eq(image,x)"))
    with pytest.raises(exceptions.FlyteInvalidInputException, match="'p' entity is not allowed in filters"):
        list(remote.iter_executions(filters="eq(project.name,x)"))


def test_execute_and_wait(remote: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # wait gets the timeout and poll interval: it sleeps the poll interval between polls.
    pauses: list[float] = []
    monkeypatch.setattr(time, "sleep", pauses.append)
    task = remote.fetch_task(name="myapp.wf.add")
    with pytest.raises(exceptions.FlyteTimeout, match=r"after 0\.3 s"):
        remote.execute(task, {"a": 1, "b": 2}, wait=True, timeout=0.3, poll_interval=0.125)
    assert pauses and all(p <= 0.125 for p in pauses) and 0.125 in pauses


def test_a_task_returning_the_wrong_type_fails_its_run(remote: Any) -> None:
    plan = remote.fetch_launch_plan(name="pipeline_nightly")
    tasks = {**TASKS, "myapp.wf.add": lambda a, b: "not an int"}
    done = Propeller(remote, tasks).run(remote.execute(plan, {}, execution_name="wrong-type"))
    assert done.closure.phase == Phase.FAILED  # not left RUNNING
    assert "task myapp.wf.add returned what its interface does not allow" in done.closure.error.message
    [n0] = [n for n in remote.node_executions(done) if n.id.node_id == "n0"]
    assert n0.closure.phase == core_execution_pb2.NodeExecution.FAILED


def test_a_node_deck_downloads_through_a_signed_link(remote: Any, tmp_path: Path) -> None:
    done = Propeller(remote, TASKS).run(remote.execute(remote.fetch_launch_plan(name="pipeline_nightly"), {}))
    node = {n.id.node_id: n for n in remote.node_executions(done)}
    with pytest.raises(exceptions.FlyteEntityNotExistException, match="has no deck"):
        remote.download_deck(node["n0"])
    # A task writes its deck to blob storage and names it in its node's event, as flytekit does.
    deck = tmp_path / "deck.html"
    deck.write_text("<html><body>n0 deck</body></html>")
    _, native_url = remote.upload_file(deck)
    fresh = remote.execute(remote.fetch_launch_plan(name="pipeline_nightly"), {}, execution_name="decked")
    nid = {"node_id": "n0", "execution_id": fresh.id}
    remote.client.create_workflow_event(
        event_pb2.WorkflowExecutionEventRequest(event={"execution_id": fresh.id, "phase": Phase.RUNNING})
    )
    remote.client.create_node_event(
        event_pb2.NodeExecutionEventRequest(event={"id": nid, "phase": 2, "deck_uri": native_url})
    )
    [decked] = remote.node_executions(fresh)
    assert decked.closure.deck_uri == native_url
    assert remote.download_deck(decked) == deck.read_bytes()


def await_signal(remote: Any, execution: Any, signal_id: str) -> None:
    """Until the running gate has asked for the signal (bounded, so a broken propeller
    fails the test instead of hanging it)."""
    for _ in range(1000):
        if signal_id in {s.id.signal_id for s in remote.list_signals(execution)}:
            return
        time.sleep(0.01)
    raise AssertionError(f"no signal {signal_id} was asked for")


def run_gated(remote: Any, name: str, answer: Callable[[Any], None], **options: Any) -> Any:
    """Runs the gated workflow with the propeller in a thread while ``answer`` sets its
    signals; returns the execution once the propeller is done."""
    fixture_workflow.register_gated(remote, "v1")
    execution = remote.execute(remote.fetch_workflow(name=fixture_workflow.GATED), {"a": 4}, execution_name=name)
    propeller = threading.Thread(target=Propeller(remote, TASKS, **options).run, args=(execution,))
    propeller.start()
    try:
        answer(execution)
    finally:
        propeller.join(timeout=30)
    assert not propeller.is_alive()
    return remote.fetch_execution(execution.id.project, execution.id.domain, name)


def test_gate_nodes_wait_for_their_signals(remote: Any) -> None:
    def answer(execution: Any) -> None:
        await_signal(remote, execution, "threshold")
        with pytest.raises(TypeError, match="signal 'threshold'"):
            remote.set_signal("threshold", execution, "ten")  # the gate asked for an int
        remote.set_signal("threshold", execution, 10)
        await_signal(remote, execution, "approval")
        remote.approve("approval", execution)

    done = run_gated(remote, "approved", answer)
    assert done.closure.phase == Phase.SUCCEEDED
    assert remote.get_execution_data(done).outputs == {"o0": 15}  # add(add(4, 1), 10)
    nodes = {path: node.outputs for path, node in remote.sync(done).walk()}
    assert nodes == {"n0": {"o0": 5}, "n1": {"o0": 10}, "n2": {"o0": 5}, "n3": {"o0": 15}}


def test_a_rejected_approval_fails_the_run(remote: Any) -> None:
    def answer(execution: Any) -> None:
        await_signal(remote, execution, "threshold")
        remote.set_signal("threshold", execution, 1)
        await_signal(remote, execution, "approval")
        remote.reject("approval", execution)

    done = run_gated(remote, "rejected", answer)
    assert done.closure.phase == Phase.FAILED
    assert "gate n2: approval was rejected" in done.closure.error.message


def test_an_unanswered_gate_times_out(remote: Any) -> None:
    done = run_gated(remote, "unanswered", lambda execution: None, gate_timeout=0.1)
    assert done.closure.phase == Phase.FAILED
    assert "signal threshold was not set within 0.1 s" in done.closure.error.message
