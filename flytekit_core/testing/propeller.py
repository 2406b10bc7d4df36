"""A small stand-in for Flyte's propeller, for tests and the demo: it runs an execution's
workflow node by node, computing each task with a Python implementation, and reports to
FlyteAdmin the events a real run produces (workflow QUEUED, RUNNING, then SUCCEEDED with
the outputs or FAILED with the error; for each node QUEUED, RUNNING, SUCCEEDED or FAILED
with its inputs and outputs; for each task execution RUNNING then its final phase).

It runs every node kind a compiled workflow holds:

- task nodes (a task whose implementation raises :class:`RecoverableError` runs again
  up to its ``retries``), and array nodes (map tasks, one call per element, not retried);
- branch nodes (if/elif/else on comparisons and conjunctions); the chosen node runs as a
  child of the branch node;
- subworkflow nodes: the subworkflow's nodes run as children of the node, with ids
  ``<node>-0-<child>`` as propeller names them;
- launch-plan nodes: a child execution of the launch plan, created with the node as its
  parent and run to its end, its outputs the node's;
- dynamic tasks: an implementation that returns :class:`Call` objects (the dynamic
  workflow's task calls) instead of plain values makes its node dynamic. The propeller
  compiles those calls into a workflow, reports it with the node (``DYNAMIC_RUNNING``),
  and runs its nodes ``dn0``, ``dn1``, ... as children of the node;
- agent tasks: a task whose type an agent server serves (``agents={task type:
  endpoint}``) goes to that agent as propeller sends it: an async agent gets CreateTask,
  then GetTask every ``poll_interval`` until a terminal phase (DeleteTask if the
  execution is terminated meanwhile), a sync agent ExecuteTaskSync (header, then inputs);
  the resource's phase, message, log links and outputs are reported as the task's;
- gate nodes: a signal or approval gate asks FlyteAdmin for its signal (GetOrCreateSignal)
  and waits until someone sets it (``FlyteRemote.set_signal``, ``approve``, ``reject``),
  up to ``gate_timeout``; a rejected approval fails the node; a sleep gate sleeps.
  Waiting blocks the run, so a caller answering the gate runs the propeller in a thread.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from flytekit_core.configuration import Config
from flytekit_core.idl.flyteidl.admin import agent_pb2, common_pb2, event_pb2, execution_pb2, signal_pb2, workflow_pb2
from flytekit_core.idl.flyteidl.core import (
    compiler_pb2,
    condition_pb2,
    identifier_pb2,
    literals_pb2,
    tasks_pb2,
    types_pb2,
)
from flytekit_core.idl.flyteidl.core import execution_pb2 as core_execution
from flytekit_core.idl.flyteidl.core import workflow_pb2 as core_wf
from flytekit_core.idl.google.protobuf import timestamp_pb2
from flytekit_core.remote_common.literals import from_literal, from_literal_map, to_literal
from flytekit_core.remote_common.remotes import FlyteRemote
from flytekit_core.remote_common.user_api import as_idl

WorkflowPhase = core_execution.WorkflowExecution.Phase
NodePhase = core_execution.NodeExecution.Phase
TaskPhase = core_execution.TaskExecution.Phase
Op = condition_pb2.ComparisonExpression.Operator
ResourceType = identifier_pb2.ResourceType

Implementation = Callable[..., Any]
logger = logging.getLogger("flytekit_core.testing.propeller")


class TaskFailure(Exception):
    """A task implementation failed; the execution fails with this message (unless a
    retry succeeds, for a recoverable failure)."""

    def __init__(self, message: str, *, recoverable: bool = False, logs: list[Any] | None = None) -> None:
        super().__init__(message)
        self.recoverable = recoverable
        #: The task execution's log links (an agent's), reported with the failure.
        self.logs = logs or []


class RecoverableError(Exception):
    """Raised by a task implementation for a failure worth retrying, as flytekit's
    ``FlyteRecoverableException``: the task runs again, up to its ``retries``, each run a
    new task execution attempt. Any other exception fails the node at once."""


@dataclass(frozen=True, eq=False)
class Call:
    """A task call in a dynamic task's result: ``Call("myapp.wf.add", {"a": 1, "b": 2})``
    stands for the task's only output; ``call["o1"]`` for one of several. Inputs may be
    other calls' outputs. Each Call object is one node, however often it is used."""

    task: str
    inputs: Mapping[str, Any] = field(default_factory=dict)

    def __getitem__(self, output: str) -> Output:
        return Output(self, output)


@dataclass(frozen=True)
class Output:
    """A named output of a :class:`Call`."""

    call: Call
    name: str


class Terminated(Exception):
    """The execution was terminated while a task ran: the run stops, reporting nothing
    more (FlyteAdmin has ended the execution)."""


def _error(failure: TaskFailure) -> dict[str, Any]:
    """A failure as the ExecutionError of its events."""
    return {"code": "USER", "message": str(failure), "kind": core_execution.ExecutionError.USER}


@contextmanager
def _returned(task: str) -> Iterator[None]:
    """A task's result that its interface cannot take fails the task (not the propeller)."""
    try:
        yield
    except (TypeError, ValueError) as error:
        raise TaskFailure(f"task {task} returned what its interface does not allow: {error}") from None


def _function_of(template: tasks_pb2.TaskTemplate) -> str:
    """The function a flytekit task runs, from its resolver's arguments (``task-module m
    task-name f``): ``m.f``. A map task (``<module>.map_<f>_<hash>-arraynode``) names the
    function it maps, so one implementation serves both."""
    args = list(template.container.args)
    try:
        return f"{args[args.index('task-module') + 1]}.{args[args.index('task-name') + 1]}"
    except (ValueError, IndexError):
        return ""


def _now() -> timestamp_pb2.Timestamp:
    stamp = timestamp_pb2.Timestamp()
    stamp.GetCurrentTime()
    return stamp


def _calls(value: Any) -> Iterator[Call]:
    """The calls in a dynamic result, in order of appearance."""
    if isinstance(value, Output):
        yield from _calls(value.call)
    elif isinstance(value, Call):
        yield from (c for v in value.inputs.values() for c in _calls(v))
        yield value
    elif isinstance(value, list | tuple):
        yield from (c for v in value for c in _calls(v))
    elif isinstance(value, dict):
        yield from (c for v in value.values() for c in _calls(v))


def _literal_binding(literal: literals_pb2.Literal) -> literals_pb2.BindingData:
    kind = literal.WhichOneof("value")
    if kind == "collection":
        return literals_pb2.BindingData(
            collection={"bindings": [_literal_binding(v) for v in literal.collection.literals]}
        )
    if kind == "map":
        return literals_pb2.BindingData(
            map={"bindings": {k: _literal_binding(v) for k, v in literal.map.literals.items()}}
        )
    return literals_pb2.BindingData(scalar=literal.scalar)


def _key(identifier: Any) -> tuple[str, str, str, str]:
    return identifier.project, identifier.domain, identifier.name, identifier.version


@dataclass
class _Scope:
    """Where nodes run: the execution, the task templates (by name) and subworkflows they
    may refer to, and the node execution they run inside (None at the top)."""

    eid: Any
    templates: dict[str, tasks_pb2.TaskTemplate]
    subworkflows: dict[tuple[str, str, str, str], core_wf.WorkflowTemplate]
    parent: str | None = None

    def node_id(self, spec_id: str) -> str:
        return spec_id if self.parent is None else f"{self.parent}-0-{spec_id}"

    def inside(self, parent: str) -> _Scope:
        return replace(self, parent=parent)


class Propeller:
    """Drives executions on ``remote`` with ``implementations``: task name -> a function
    taking the task's inputs as keyword arguments (Python values) and returning its output
    (a tuple for several outputs, in the order of the output names), or, for a dynamic
    task, the same built from :class:`Call` objects. A task with no implementation under
    its name runs the one of the function flytekit's resolver names in its arguments
    (``module.function``), which is how a map task finds the task it maps."""

    def __init__(
        self,
        remote: Any,
        implementations: Mapping[str, Implementation],
        *,
        gate_timeout: float = 60.0,
        poll_interval: float = 0.05,
        agents: Mapping[str, str] | None = None,
        output_prefix: str | None = None,
    ) -> None:
        self.remote = remote
        self.implementations = dict(implementations)
        self.producer = "local-propeller"
        self.gate_timeout = gate_timeout
        self.poll_interval = poll_interval
        #: Task type -> the endpoint of the agent server that runs it.
        self.agents = dict(agents or {})
        #: Where agents write what they produce (a local directory here); a fresh one by default.
        self.output_prefix = output_prefix
        self._agent_remotes: dict[str, Any] = {}
        #: Per agent server, the task types its sync agents serve (asked once).
        self._sync_types: dict[str, set[str]] = {}

    # -- events ----------------------------------------------------------------------------

    def _workflow_event(self, execution_id: Any, phase: int, **result: Any) -> None:
        event = event_pb2.WorkflowExecutionEventRequest(
            event={"execution_id": execution_id, "producer_id": self.producer, "phase": phase,
                   "occurred_at": _now(), **result},
        )  # fmt: skip
        self.remote.client.create_workflow_event(event)

    def _node_event(self, scope: _Scope, node_id: str, phase: int, **fields: Any) -> None:
        if scope.parent is not None:
            fields["parent_node_metadata"] = {"node_id": scope.parent}
        nid = {"node_id": node_id, "execution_id": scope.eid}
        event = event_pb2.NodeExecutionEventRequest(
            event={"id": nid, "producer_id": self.producer, "phase": phase, "occurred_at": _now(), **fields}
        )
        self.remote.client.create_node_event(event)

    def _task_event(self, scope: _Scope, task_id: Any, node_id: str, attempt: int, phase: int, **fields: Any) -> None:
        nid = {"node_id": node_id, "execution_id": scope.eid}
        event = event_pb2.TaskExecutionEventRequest(
            event={"task_id": task_id, "parent_node_execution_id": nid, "retry_attempt": attempt, "phase": phase,
                   "producer_id": self.producer, "occurred_at": _now(), **fields},
        )  # fmt: skip
        self.remote.client.create_task_event(event)

    # -- running ---------------------------------------------------------------------------

    def run(self, execution: Any) -> Any:
        """Runs ``execution`` to its end and returns it as FlyteAdmin now reports it."""
        eid = execution.id
        execution = self.remote.fetch_execution(eid.project, eid.domain, eid.name)
        data = self.remote.get_execution_data(execution)
        self._workflow_event(eid, WorkflowPhase.QUEUED)
        self._workflow_event(eid, WorkflowPhase.RUNNING)
        try:
            target = execution.closure.workflow_id
            if target.resource_type == ResourceType.TASK:
                task = self.remote.fetch_task(target.project, target.domain, target.name, target.version)
                scope = _Scope(eid, {target.name: task.closure.compiled_task.template}, {})
                node = core_wf.Node(id="n0", task_node={"reference_id": target})
                outputs = self._task_node(scope, node, data.input_literals)
            else:
                scope, template = self._workflow_scope(eid, target)
                outputs = self._run_template(scope, template, data.input_literals)
        except Terminated:
            pass
        except TaskFailure as failure:
            self._workflow_event(eid, WorkflowPhase.FAILED, error=_error(failure))
        else:
            self._workflow_event(eid, WorkflowPhase.SUCCEEDED, output_data=outputs)
        return self.remote.fetch_execution(eid.project, eid.domain, eid.name)

    def _workflow_scope(self, eid: Any, target: Any) -> tuple[_Scope, core_wf.WorkflowTemplate]:
        request = common_pb2.ObjectGetRequest(id=target)
        closure = as_idl(self.remote.client.get_workflow(request), workflow_pb2.Workflow).closure.compiled_workflow
        templates = {t.template.id.name: t.template for t in closure.tasks}
        subworkflows = {_key(w.template.id): w.template for w in closure.sub_workflows}
        return _Scope(eid, templates, subworkflows), closure.primary.template

    def _run_template(
        self, scope: _Scope, template: core_wf.WorkflowTemplate, inputs: literals_pb2.LiteralMap
    ) -> literals_pb2.LiteralMap:
        """Runs the template's nodes in dependency order; returns its outputs."""
        results: dict[str, literals_pb2.LiteralMap] = {"": inputs, "start-node": inputs}
        pending = list(template.nodes)
        while pending:
            ready = [n for n in pending if all(u in results for u in n.upstream_node_ids)]
            if not ready:
                raise TaskFailure(f"nodes {[n.id for n in pending]} wait on each other")
            for node in ready:
                results[node.id] = self._node(scope, node, results)
                pending.remove(node)
        return literals_pb2.LiteralMap(literals={b.var: self._bind(b.binding, results) for b in template.outputs})

    def _bind(self, data: Any, results: Mapping[str, literals_pb2.LiteralMap]) -> literals_pb2.Literal:
        kind = data.WhichOneof("value")
        if kind == "scalar":
            return literals_pb2.Literal(scalar=data.scalar)
        if kind == "collection":
            return literals_pb2.Literal(
                collection={"literals": [self._bind(b, results) for b in data.collection.bindings]}
            )
        if kind == "map":
            items = {k: self._bind(b, results) for k, b in data.map.bindings.items()}
            return literals_pb2.Literal(map={"literals": items})
        if kind == "promise":
            source = results.get(data.promise.node_id)
            if source is None or data.promise.var not in source.literals:
                raise TaskFailure(f"no output {data.promise.var!r} of node {data.promise.node_id!r} yet")
            return source.literals[data.promise.var]
        raise TaskFailure(f"cannot bind a {kind} value")

    def _inputs(self, node: Any, results: Mapping[str, literals_pb2.LiteralMap]) -> literals_pb2.LiteralMap:
        return literals_pb2.LiteralMap(literals={b.var: self._bind(b.binding, results) for b in node.inputs})

    def _node(
        self, scope: _Scope, node: Any, results: Mapping[str, literals_pb2.LiteralMap]
    ) -> literals_pb2.LiteralMap:
        kind = node.WhichOneof("target")
        inputs = self._inputs(node, results)
        if kind == "task_node":
            return self._task_node(scope, node, inputs)
        node_id = scope.node_id(node.id)
        # As propeller reports them: a launch-plan node is not a parent (its child is an execution).
        launches = kind == "workflow_node" and node.workflow_node.HasField("launchplan_ref")
        parent = kind == "branch_node" or (kind == "workflow_node" and not launches)
        self._node_event(scope, node_id, NodePhase.QUEUED, input_data=inputs, spec_node_id=node.id, is_parent=parent)
        try:
            if kind == "branch_node":
                self._node_event(scope, node_id, NodePhase.RUNNING, is_parent=True)
                chosen = self._choose(node.branch_node.if_else, inputs)
                outputs = self._node(scope.inside(node_id), chosen, results)
            elif kind == "array_node":
                self._node_event(scope, node_id, NodePhase.RUNNING, is_array=True)
                outputs = self._array(scope, node, inputs)
            elif launches:
                outputs = self._launch_plan_node(scope, node_id, node.workflow_node.launchplan_ref, inputs)
            elif kind == "gate_node":
                self._node_event(scope, node_id, NodePhase.RUNNING)
                outputs = self._gate(scope, node, inputs)
            elif kind == "workflow_node":
                self._node_event(scope, node_id, NodePhase.RUNNING, is_parent=True)
                template = self._subworkflow(scope, node.workflow_node.sub_workflow_ref)
                outputs = self._run_template(scope.inside(node_id), template, inputs)
            else:
                raise TaskFailure(f"node {node.id}: {kind} nodes are not run by this propeller")
        except TaskFailure as failure:
            self._node_failed(scope, node_id, failure)
            raise
        self._node_event(scope, node_id, NodePhase.SUCCEEDED, output_data=outputs)
        return outputs

    def _node_failed(self, scope: _Scope, node_id: str, failure: TaskFailure) -> None:
        self._node_event(scope, node_id, NodePhase.FAILED, error=_error(failure))

    def _gate(self, scope: _Scope, node: Any, inputs: literals_pb2.LiteralMap) -> literals_pb2.LiteralMap:
        gate = node.gate_node
        kind = gate.WhichOneof("condition")
        if kind == "sleep":
            time.sleep(gate.sleep.duration.seconds + gate.sleep.duration.nanos / 1e9)
            return literals_pb2.LiteralMap()
        if kind == "approve":
            boolean = types_pb2.LiteralType(simple=types_pb2.SimpleType.BOOLEAN)
            if not from_literal(self._await_signal(scope, gate.approve.signal_id, boolean)):
                raise TaskFailure(f"gate {node.id}: {gate.approve.signal_id} was rejected")
            return inputs  # an approval passes its input on
        value = self._await_signal(scope, gate.signal.signal_id, gate.signal.type)
        return literals_pb2.LiteralMap(literals={gate.signal.output_variable_name: value})

    def _await_signal(self, scope: _Scope, signal_id: str, kind: types_pb2.LiteralType) -> literals_pb2.Literal:
        """The signal's value once set: asked for once, then polled (listing, which is
        not a change for FlyteAdmin to record)."""
        signal_key = {"execution_id": scope.eid, "signal_id": signal_id}
        self.remote.client.get_or_create_signal(signal_pb2.SignalGetOrCreateRequest(id=signal_key, type=kind))
        execution = execution_pb2.Execution(id=scope.eid)
        deadline = time.monotonic() + self.gate_timeout
        while True:
            found = self.remote.iter_signals(execution, filters=f"eq(signal_id,{signal_id})")
            signal = next(found, None)
            if signal is not None and signal.HasField("value"):
                return signal.value
            if time.monotonic() >= deadline:
                raise TaskFailure(f"signal {signal_id} was not set within {self.gate_timeout} s")
            time.sleep(self.poll_interval)

    def _subworkflow(self, scope: _Scope, reference: Any) -> core_wf.WorkflowTemplate:
        """A subworkflow from the closure, or else the registered workflow (whose tasks and
        subworkflows then join the scope)."""
        found = scope.subworkflows.get(_key(reference))
        if found is not None:
            return found
        registered, template = self._workflow_scope(scope.eid, reference)
        scope.templates.update(registered.templates)
        scope.subworkflows.update(registered.subworkflows)
        return template

    def _launch_plan_node(
        self, scope: _Scope, node_id: str, plan: Any, inputs: literals_pb2.LiteralMap
    ) -> literals_pb2.LiteralMap:
        """A child execution of ``plan``, named from the parent and node as propeller
        names them, run to its end."""
        digest = hashlib.sha256(f"{scope.eid.name}/{node_id}".encode()).hexdigest()
        name = f"c{digest[:19]}"
        request = execution_pb2.ExecutionCreateRequest(
            project=scope.eid.project, domain=scope.eid.domain, name=name, inputs=inputs,
            spec={"launch_plan": plan, "metadata": {"parent_node_execution": {"node_id": node_id,
                                                                              "execution_id": scope.eid}}},
        )  # fmt: skip
        created = as_idl(self.remote.client.create_execution(request), execution_pb2.ExecutionCreateResponse)
        self._node_event(
            scope, node_id, NodePhase.RUNNING, workflow_node_metadata={"execution_id": created.id},
        )  # fmt: skip
        child = self.run(created)
        if child.closure.phase != WorkflowPhase.SUCCEEDED:
            message = child.closure.error.message or WorkflowPhase.Name(child.closure.phase)
            raise TaskFailure(f"child execution {created.id.name} did not succeed: {message}")
        return self.remote.get_execution_data(child).output_literals

    def _template(self, scope: _Scope, name: str, version_of: Any) -> tasks_pb2.TaskTemplate:
        """A task template by name, from the scope or else registered with ``version_of``'s
        project, domain and version (the tasks a dynamic workflow calls)."""
        if name not in scope.templates:
            task = self.remote.fetch_task(version_of.project, version_of.domain, name, version_of.version)
            scope.templates[name] = task.closure.compiled_task.template
        return scope.templates[name]

    def _task_node(self, scope: _Scope, node: Any, inputs: literals_pb2.LiteralMap) -> literals_pb2.LiteralMap:
        reference = node.task_node.reference_id
        template = scope.templates[reference.name]
        node_id = scope.node_id(node.id)
        self._node_event(
            scope, node_id, NodePhase.QUEUED, input_data=inputs, spec_node_id=node.id, target_entity=reference
        )
        self._node_event(scope, node_id, NodePhase.RUNNING)
        values = from_literal_map(inputs)
        retries = template.metadata.retries.retries
        for attempt in itertools.count():
            self._task_event(
                scope, reference, node_id, attempt, TaskPhase.RUNNING, task_type=template.type, input_data=inputs
            )
            try:
                if template.type in self.agents:
                    outputs = self._agent_task(scope, reference, node_id, attempt, template, inputs)
                    is_dynamic = False
                    break
                result = self._call(reference.name, values, template)
                is_dynamic = next(_calls(result), None) is not None
                if is_dynamic:
                    with _returned(reference.name):
                        dynamic = self._compile_dynamic(scope, reference, template, result)
                else:
                    outputs = self._outputs(reference.name, result, template.interface.outputs)
                break
            except TaskFailure as failure:
                self._task_event(
                    scope, reference, node_id, attempt, TaskPhase.FAILED, error=_error(failure), logs=failure.logs
                )
                if failure.recoverable and attempt < retries:
                    continue  # the next attempt, as a new task execution of the same node
                self._node_failed(scope, node_id, failure)
                raise
        if is_dynamic:
            # The task has made its workflow; the node runs on until that workflow ends.
            self._task_event(scope, reference, node_id, attempt, TaskPhase.SUCCEEDED)
            metadata = {"dynamic_workflow": {"id": dynamic.primary.template.id, "compiled_workflow": dynamic}}
            self._node_event(
                scope, node_id, NodePhase.DYNAMIC_RUNNING, is_parent=True, is_dynamic=True,
                task_node_metadata=metadata,
            )  # fmt: skip
            try:
                outputs = self._run_template(scope.inside(node_id), dynamic.primary.template, inputs)
            except TaskFailure as failure:
                self._node_failed(scope, node_id, failure)
                raise
        elif template.type not in self.agents:  # (an agent task has reported its own end)
            self._task_event(scope, reference, node_id, attempt, TaskPhase.SUCCEEDED, output_data=outputs)
        self._node_event(scope, node_id, NodePhase.SUCCEEDED, output_data=outputs)
        return outputs

    # -- agent tasks -----------------------------------------------------------------------

    def _agent_client(self, task_type: str) -> tuple[Any, bool]:
        """The client of the agent server that runs ``task_type``, and whether its agent
        is a sync one (from the server's agent list, read on first use)."""
        endpoint = self.agents[task_type]
        if endpoint not in self._agent_remotes:
            config = Config.for_endpoint(endpoint, insecure=True)
            remote = self._agent_remotes[endpoint] = FlyteRemote(config, backend=self.remote.backend)
            listed = remote.client.agent_metadata.list_agents(agent_pb2.ListAgentsRequest(), timeout=30).agents
            self._sync_types[endpoint] = {t for a in listed if a.is_sync for t in a.supported_task_types}
        return self._agent_remotes[endpoint].client, task_type in self._sync_types[endpoint]

    def _prefix(self, scope: _Scope, node_id: str) -> str:
        if self.output_prefix is None:
            self.output_prefix = tempfile.mkdtemp(prefix="flyte-agent-outputs-")
        directory = Path(self.output_prefix) / scope.eid.name / node_id
        directory.mkdir(parents=True, exist_ok=True)
        return str(directory)

    def _agent_task(
        self, scope: _Scope, reference: Any, node_id: str, attempt: int, template: tasks_pb2.TaskTemplate,
        inputs: literals_pb2.LiteralMap,
    ) -> literals_pb2.LiteralMap:  # fmt: skip
        """Runs a task on its agent and reports its end; a failed or aborted job raises
        TaskFailure with the agent's message."""
        output_prefix = self._prefix(scope, node_id)
        try:
            client, sync = self._agent_client(template.type)
            if sync:
                header = agent_pb2.ExecuteTaskSyncRequest(header={"template": template, "output_prefix": output_prefix})
                body = agent_pb2.ExecuteTaskSyncRequest(inputs=inputs)
                [reply] = list(client.sync_agent.execute_task_sync(iter([header, body]), timeout=300))
                resource = as_idl(reply, agent_pb2.ExecuteTaskSyncResponse).header.resource
            else:
                resource = self._poll_agent(scope, client, template, inputs, output_prefix)
        except (TaskFailure, Terminated):
            raise
        except Exception as error:  # the agent server's refusal is the task's failure
            raise TaskFailure(f"agent task {reference.name} failed: {error}") from None
        logs = list(resource.log_links)
        if resource.phase != TaskPhase.SUCCEEDED:  # reported as the task's failure by the caller
            message = resource.message or f"the agent reported {TaskPhase.Name(resource.phase)}"
            raise TaskFailure(f"agent task {reference.name}: {message}", logs=logs)
        outputs = resource.outputs
        self._task_event(scope, reference, node_id, attempt, TaskPhase.SUCCEEDED, output_data=outputs, logs=logs)
        return outputs

    def _poll_agent(
        self, scope: _Scope, client: Any, template: tasks_pb2.TaskTemplate, inputs: literals_pb2.LiteralMap,
        output_prefix: str,
    ) -> Any:  # fmt: skip
        created = client.async_agent.create_task(
            agent_pb2.CreateTaskRequest(template=template, inputs=inputs, output_prefix=output_prefix), timeout=300
        )
        where = {"task_category": {"name": template.type, "version": template.task_type_version},
                 "resource_meta": created.resource_meta}  # fmt: skip
        terminal = {TaskPhase.SUCCEEDED, TaskPhase.FAILED, TaskPhase.ABORTED}
        while True:
            reply = client.async_agent.get_task(agent_pb2.GetTaskRequest(**where), timeout=60)
            resource = as_idl(reply, agent_pb2.GetTaskResponse).resource
            if resource.phase in terminal:
                return resource
            execution = self.remote.fetch_execution(scope.eid.project, scope.eid.domain, scope.eid.name)
            if execution.closure.phase in (WorkflowPhase.ABORTING, WorkflowPhase.ABORTED):
                try:
                    client.async_agent.delete_task(agent_pb2.DeleteTaskRequest(**where), timeout=60)
                except Exception as error:  # the execution is over either way
                    logger.warning("the agent could not delete the job of %s: %s", scope.eid.name, error)
                raise Terminated(scope.eid.name)
            time.sleep(self.poll_interval)

    def _call(self, name: str, values: dict[str, Any], template: tasks_pb2.TaskTemplate) -> Any:
        implementation = self.implementations.get(name) or self.implementations.get(_function_of(template))
        if implementation is None:
            raise TaskFailure(f"no implementation for task {name}")
        try:
            return implementation(**values)
        except Exception as error:
            message = f"task {name} failed: {type(error).__name__}: {error}"
            raise TaskFailure(message, recoverable=isinstance(error, RecoverableError)) from None

    @staticmethod
    def _results(result: Any, names: list[str]) -> tuple[Any, ...]:
        # One output is the value itself; several come as a tuple; none, as nothing.
        return (result,) if len(names) == 1 else tuple(result) if names else ()

    def _outputs(self, name: str, result: Any, outputs: Any, element: bool = False) -> literals_pb2.LiteralMap:
        names = sorted(outputs.variables)
        literals = {}
        with _returned(name):
            for output, value in zip(names, self._results(result, names), strict=True):
                kind = outputs.variables[output].type
                if element and kind.WhichOneof("type") == "collection_type":
                    kind = kind.collection_type  # a map task's outputs are lists of its element outputs
                literals[output] = to_literal(value, kind, f"output {output!r} of {name}")
        return literals_pb2.LiteralMap(literals=literals)

    def _compile_dynamic(
        self, scope: _Scope, reference: Any, template: tasks_pb2.TaskTemplate, result: Any
    ) -> compiler_pb2.CompiledWorkflowClosure:
        """The workflow a dynamic task's result describes: a node per call, bound to the
        task's inputs, outputs bound to the calls' outputs."""
        calls = list(dict.fromkeys(_calls(result)))  # each call once, in order
        nodes = {id(c): f"dn{i}" for i, c in enumerate(calls)}

        def binding(value: Any, kind: types_pb2.LiteralType, what: str) -> literals_pb2.BindingData:
            if isinstance(value, Call | Output):
                call, output = (value, None) if isinstance(value, Call) else (value.call, value.name)
                callee = self._template(scope, call.task, reference).interface.outputs.variables
                if output is None and len(callee) == 1:
                    output = next(iter(callee))
                if output not in callee:
                    raise TaskFailure(f"{what}: name one of the outputs {sorted(callee)} of {call.task}")
                return literals_pb2.BindingData(promise={"node_id": nodes[id(call)], "var": output})
            if isinstance(value, list | tuple) and kind.WhichOneof("type") == "collection_type":
                items = [binding(v, kind.collection_type, what) for v in value]
                return literals_pb2.BindingData(collection={"bindings": items})
            if isinstance(value, dict) and kind.WhichOneof("type") == "map_value_type":
                items = {k: binding(v, kind.map_value_type, what) for k, v in value.items()}
                return literals_pb2.BindingData(map={"bindings": items})
            return _literal_binding(to_literal(value, kind, what))

        task_nodes, used = [], {}
        for call in calls:
            callee = self._template(scope, call.task, reference)
            used[call.task] = callee
            types = callee.interface.inputs.variables
            unknown = sorted(set(call.inputs) - set(types))
            if unknown:
                raise TaskFailure(f"dynamic call of {call.task}: unknown inputs {unknown}")
            inputs = [
                {"var": k, "binding": binding(v, types[k].type, f"input {k!r} of {call.task}")}
                for k, v in call.inputs.items()
            ]
            upstream = sorted({nodes[id(c)] for v in call.inputs.values() for c in _calls(v)})
            task_nodes.append(
                core_wf.Node(
                    id=nodes[id(call)],
                    inputs=inputs,
                    upstream_node_ids=upstream,
                    task_node={"reference_id": callee.id},
                )
            )
        variables = template.interface.outputs.variables
        names = sorted(variables)
        outputs = [
            {"var": n, "binding": binding(v, variables[n].type, f"output {n!r} of {reference.name}")}
            for n, v in zip(names, self._results(result, names), strict=True)
        ]
        workflow_id = identifier_pb2.Identifier(
            resource_type=ResourceType.WORKFLOW, project=reference.project, domain=reference.domain,
            name=reference.name, version=reference.version,
        )  # fmt: skip
        return compiler_pb2.CompiledWorkflowClosure(
            primary={"template": {"id": workflow_id, "interface": template.interface, "nodes": task_nodes,
                                  "outputs": outputs}},
            tasks=[{"template": t} for t in used.values()],
        )  # fmt: skip

    def _array(self, scope: _Scope, node: Any, inputs: Any) -> literals_pb2.LiteralMap:
        inner = node.array_node.node
        template = scope.templates[inner.task_node.reference_id.name]
        columns = from_literal_map(inputs)
        sizes = {len(v) for v in columns.values()}
        if len(sizes) > 1:
            raise TaskFailure(f"node {node.id}: map task inputs have different lengths {sorted(sizes)}")
        rows = [{k: v[i] for k, v in columns.items()} for i in range(sizes.pop() if sizes else 0)]
        name = template.id.name
        outputs = template.interface.outputs
        per_element = [self._outputs(name, self._call(name, row, template), outputs, element=True) for row in rows]
        names = sorted(outputs.variables)
        return literals_pb2.LiteralMap(
            literals={
                n: literals_pb2.Literal(collection={"literals": [r.literals[n] for r in per_element]}) for n in names
            }
        )

    def _choose(self, if_else: Any, inputs: literals_pb2.LiteralMap) -> Any:
        for block in [if_else.case, *if_else.other]:
            if self._holds(block.condition, inputs):
                return block.then_node
        if if_else.HasField("else_node"):
            return if_else.else_node
        raise TaskFailure(if_else.error.message or "no branch of the conditional matched")

    def _holds(self, condition: Any, inputs: literals_pb2.LiteralMap) -> bool:
        if condition.WhichOneof("expr") == "conjunction":
            c = condition.conjunction
            left, right = self._holds(c.left_expression, inputs), self._holds(c.right_expression, inputs)
            return (left and right) if c.operator == condition_pb2.ConjunctionExpression.AND else (left or right)
        c = condition.comparison
        a, b = self._operand(c.left_value, inputs), self._operand(c.right_value, inputs)
        return {Op.EQ: a == b, Op.NEQ: a != b, Op.GT: a > b, Op.GTE: a >= b, Op.LT: a < b, Op.LTE: a <= b}[c.operator]

    def _operand(self, operand: Any, inputs: literals_pb2.LiteralMap) -> Any:
        kind = operand.WhichOneof("val")
        if kind == "var":
            return from_literal(inputs.literals[operand.var])
        if kind == "primitive":
            return from_literal(literals_pb2.Literal(scalar={"primitive": operand.primitive}))
        return from_literal(literals_pb2.Literal(scalar=operand.scalar))
