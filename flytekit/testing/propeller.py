"""A small stand-in for Flyte's propeller, for tests and the demo: it runs an execution's
workflow node by node, computing each task with a Python implementation, and reports to
FlyteAdmin the events a real run produces (workflow QUEUED, RUNNING, then SUCCEEDED with
the outputs or FAILED with the error; for each node QUEUED, RUNNING, SUCCEEDED or FAILED
with its inputs and outputs; for each task execution RUNNING then its final phase).

It handles task nodes, branch nodes (if/elif/else on comparisons and conjunctions), and
array nodes (map tasks, one call per element). A dynamic task runs as a plain task: its
implementation returns the dynamic workflow's outputs directly. Workflow and launch-plan
nodes are not run: such an execution fails with a message saying so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from flytekit.idl.flyteidl.admin import common_pb2, event_pb2, workflow_pb2
from flytekit.idl.flyteidl.core import condition_pb2, execution_pb2, identifier_pb2, literals_pb2
from flytekit.idl.flyteidl.core import workflow_pb2 as core_wf
from flytekit.idl.google.protobuf import timestamp_pb2
from flytekit.remote.literals import from_literal, to_literal
from flytekit.remote.user_api import as_idl

WorkflowPhase = execution_pb2.WorkflowExecution.Phase
NodePhase = execution_pb2.NodeExecution.Phase
TaskPhase = execution_pb2.TaskExecution.Phase
Op = condition_pb2.ComparisonExpression.Operator

Implementation = Callable[..., Any]


class TaskFailure(Exception):
    """A task implementation failed; the execution fails with this message."""


def _now() -> timestamp_pb2.Timestamp:
    stamp = timestamp_pb2.Timestamp()
    stamp.GetCurrentTime()
    return stamp


class Propeller:
    """Drives executions on ``remote`` with ``implementations``: task name -> a function
    taking the task's inputs as keyword arguments (Python values) and returning its output
    (a tuple for several outputs, in the order of the output names)."""

    def __init__(self, remote: Any, implementations: Mapping[str, Implementation]) -> None:
        self.remote = remote
        self.implementations = dict(implementations)
        self.producer = "local-propeller"

    # -- events ----------------------------------------------------------------------------

    def _workflow_event(self, execution_id: Any, phase: int, **result: Any) -> None:
        event = event_pb2.WorkflowExecutionEventRequest(
            event={"execution_id": execution_id, "producer_id": self.producer, "phase": phase,
                   "occurred_at": _now(), **result},
        )  # fmt: skip
        self.remote.client.create_workflow_event(event)

    def _node_event(self, node_id: Any, phase: int, **fields: Any) -> None:
        event = event_pb2.NodeExecutionEventRequest(
            event={"id": node_id, "producer_id": self.producer, "phase": phase, "occurred_at": _now(), **fields}
        )
        self.remote.client.create_node_event(event)

    def _task_event(self, task_id: Any, node_id: Any, phase: int, **fields: Any) -> None:
        event = event_pb2.TaskExecutionEventRequest(
            event={"task_id": task_id, "parent_node_execution_id": node_id, "retry_attempt": 0, "phase": phase,
                   "producer_id": self.producer, "occurred_at": _now(), **fields},
        )  # fmt: skip
        self.remote.client.create_task_event(event)

    # -- running ---------------------------------------------------------------------------

    def run(self, execution: Any) -> Any:
        """Runs ``execution`` to its end and returns it as FlyteAdmin now reports it."""
        execution = self.remote.fetch_execution(execution.id.project, execution.id.domain, execution.id.name)
        eid = execution.id
        data = self.remote.get_execution_data(execution)
        self._workflow_event(eid, WorkflowPhase.QUEUED)
        self._workflow_event(eid, WorkflowPhase.RUNNING)
        try:
            target = execution.closure.workflow_id
            if target.resource_type == identifier_pb2.ResourceType.TASK:
                task = self.remote.fetch_task(target.project, target.domain, target.name, target.version)
                template = task.closure.compiled_task.template
                node = core_wf.Node(id="n0", task_node={"reference_id": target})
                outputs = self._task_node(eid, node, "n0", data.input_literals, {target.name: template})
            else:
                outputs = self._workflow(eid, target, data.input_literals)
        except TaskFailure as failure:
            error = {"code": "USER", "message": str(failure), "kind": execution_pb2.ExecutionError.USER}
            self._workflow_event(eid, WorkflowPhase.FAILED, error=error)
        else:
            self._workflow_event(eid, WorkflowPhase.SUCCEEDED, output_data=outputs)
        return self.remote.fetch_execution(eid.project, eid.domain, eid.name)

    def _workflow(self, eid: Any, target: Any, inputs: literals_pb2.LiteralMap) -> literals_pb2.LiteralMap:
        request = common_pb2.ObjectGetRequest(id=target)
        workflow = as_idl(self.remote.client.get_workflow(request), workflow_pb2.Workflow)
        closure = workflow.closure.compiled_workflow
        templates = {t.template.id.name: t.template for t in closure.tasks}
        template = closure.primary.template
        results: dict[str, literals_pb2.LiteralMap] = {"": inputs, "start-node": inputs}
        pending = list(template.nodes)
        while pending:
            ready = [n for n in pending if all(u in results for u in n.upstream_node_ids)]
            if not ready:
                raise TaskFailure(f"nodes {[n.id for n in pending]} wait on each other")
            for node in ready:
                results[node.id] = self._node(eid, node, node.id, results, templates)
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

    def _node(self, eid: Any, node: Any, node_id: str, results: Any, templates: Any) -> literals_pb2.LiteralMap:
        kind = node.WhichOneof("target")
        if kind == "task_node":
            return self._task_node(eid, node, node_id, self._inputs(node, results), templates)
        nid = {"node_id": node_id, "execution_id": eid}
        inputs = self._inputs(node, results)
        self._node_event(nid, NodePhase.QUEUED, input_data=inputs, spec_node_id=node.id)
        self._node_event(nid, NodePhase.RUNNING)
        try:
            if kind == "branch_node":
                chosen = self._choose(node.branch_node.if_else, inputs)
                outputs = self._node(eid, chosen, f"{node_id}-{chosen.id}", results, templates)
            elif kind == "array_node":
                outputs = self._array(eid, node, node_id, inputs, templates)
            else:
                raise TaskFailure(f"node {node.id}: {kind} nodes are not run by this propeller")
        except TaskFailure as failure:
            self._node_event(nid, NodePhase.FAILED, error={"code": "USER", "message": str(failure)})
            raise
        self._node_event(nid, NodePhase.SUCCEEDED, output_data=outputs)
        return outputs

    def _task_node(self, eid: Any, node: Any, node_id: str, inputs: Any, templates: Any) -> literals_pb2.LiteralMap:
        reference = node.task_node.reference_id
        template = templates[reference.name]
        nid = {"node_id": node_id, "execution_id": eid}
        self._node_event(nid, NodePhase.QUEUED, input_data=inputs, spec_node_id=node.id, target_entity=reference)
        self._node_event(nid, NodePhase.RUNNING)
        self._task_event(reference, nid, TaskPhase.RUNNING, task_type=template.type)
        try:
            values = {k: from_literal(v) for k, v in inputs.literals.items()}
            outputs = self._call(reference.name, values, template.interface.outputs)
        except TaskFailure as failure:
            error = {"code": "USER", "message": str(failure)}
            self._task_event(reference, nid, TaskPhase.FAILED, error=error)
            self._node_event(nid, NodePhase.FAILED, error=error)
            raise
        self._task_event(reference, nid, TaskPhase.SUCCEEDED, output_data=outputs)
        self._node_event(nid, NodePhase.SUCCEEDED, output_data=outputs)
        return outputs

    def _call(self, name: str, values: dict[str, Any], outputs: Any, element: bool = False) -> literals_pb2.LiteralMap:
        implementation = self.implementations.get(name)
        if implementation is None:
            raise TaskFailure(f"no implementation for task {name}")
        try:
            result = implementation(**values)
        except Exception as error:
            raise TaskFailure(f"task {name} failed: {type(error).__name__}: {error}") from None
        names = sorted(outputs.variables)
        # One output is the value itself; several come as a tuple; none, as nothing.
        results = (result,) if len(names) == 1 else result if names else ()
        literals = {}
        for output, value in zip(names, results, strict=True):
            kind = outputs.variables[output].type
            if element and kind.WhichOneof("type") == "collection_type":
                kind = kind.collection_type  # a map task's outputs are lists of its element outputs
            literals[output] = to_literal(value, kind, f"output {output!r} of {name}")
        return literals_pb2.LiteralMap(literals=literals)

    def _array(self, eid: Any, node: Any, node_id: str, inputs: Any, templates: Any) -> literals_pb2.LiteralMap:
        inner = node.array_node.node
        template = templates[inner.task_node.reference_id.name]
        columns = {k: from_literal(v) for k, v in inputs.literals.items()}
        sizes = {len(v) for v in columns.values()}
        if len(sizes) > 1:
            raise TaskFailure(f"node {node.id}: map task inputs have different lengths {sorted(sizes)}")
        rows = [{k: v[i] for k, v in columns.items()} for i in range(sizes.pop() if sizes else 0)]
        per_element = [self._call(template.id.name, row, template.interface.outputs, element=True) for row in rows]
        names = sorted(template.interface.outputs.variables)
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
