"""``FlyteRemote.sync``: an execution with everything it ran, as a tree. Each node execution
comes with its inputs and outputs, its task executions, and what it ran inside it: the
nodes of a subworkflow, of a branch or of a dynamic workflow (with that workflow), or the
child execution a launch-plan node started, synced in turn. Written on
:mod:`flytekit_core.idl` objects, so it is the same on both backends.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from flytekit_core.idl import services as rpcs
from flytekit_core.idl.flyteidl.admin import execution_pb2, node_execution_pb2, task_execution_pb2
from flytekit_core.idl.flyteidl.core import compiler_pb2, literals_pb2
from flytekit_core.remote_common.executions_api import ExecutionData, ExecutionsApi
from flytekit_core.remote_common.steps import Call, Gather, Step, collect, operation

# Launch-plan nodes start executions that may start executions in turn (a launch plan
# that launches itself, down to some input); past this depth, sync stops following them.
MAX_CHILD_DEPTH = 32
#: Node executions of one listing synced at once, by default.
SYNC_CONCURRENCY = 16


@dataclass(frozen=True)
class NodeRun:
    """A node execution and what it ran. ``children`` holds the node executions that ran
    inside it (subworkflow, branch or dynamic nodes) by node id; ``child_execution`` the
    execution a launch-plan node started; ``dynamic_workflow`` the workflow a dynamic node
    compiled."""

    node_execution: node_execution_pb2.NodeExecution
    inputs: dict[str, Any]
    outputs: dict[str, Any]
    input_literals: literals_pb2.LiteralMap
    output_literals: literals_pb2.LiteralMap
    task_executions: list[task_execution_pb2.TaskExecution]
    children: dict[str, NodeRun] = field(default_factory=dict)
    child_execution: ExecutionRun | None = None
    dynamic_workflow: compiler_pb2.CompiledWorkflowClosure | None = None

    @property
    def node_id(self) -> str:
        return self.node_execution.id.node_id

    @property
    def phase(self) -> int:
        return self.node_execution.closure.phase


@dataclass(frozen=True)
class ExecutionRun:
    """An execution, its inputs and outputs, and its top-level node executions by id."""

    execution: execution_pb2.Execution
    data: ExecutionData
    nodes: dict[str, NodeRun]

    def walk(self) -> Iterator[tuple[str, NodeRun]]:
        """Every node run, depth first, with its path: node ids joined by ``/``, through
        child executions too (``n1/<execution name>/n0``)."""
        for node in self.nodes.values():
            yield from _walk(node, node.node_id)


def _walk(node: NodeRun, path: str) -> Iterator[tuple[str, NodeRun]]:
    yield path, node
    for child in node.children.values():
        yield from _walk(child, f"{path}/{child.node_id}")
    if node.child_execution is not None:
        name = node.child_execution.execution.id.name
        for inner in node.child_execution.nodes.values():
            yield from _walk(inner, f"{path}/{name}/{inner.node_id}")


class SyncApi(ExecutionsApi):
    @operation
    def sync(
        self, execution: Any, *, sync_nodes: bool = True, concurrency: int = SYNC_CONCURRENCY
    ) -> Step[ExecutionRun]:
        """The execution as it stands, with its inputs and outputs and, with
        ``sync_nodes``, every node execution it ran, recursively. The node executions
        of one listing are fetched ``concurrency`` at a time."""
        if concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, got {concurrency}")
        return self._sync(execution.id, sync_nodes, 0, concurrency)

    def _sync(self, eid: Any, sync_nodes: bool, depth: int, concurrency: int) -> Step[ExecutionRun]:
        current = yield from self.fetch_execution.step(eid.project, eid.domain, eid.name)
        data = yield from self.get_execution_data.step(current)
        nodes = (yield from self._node_runs(eid, None, depth, concurrency)) if sync_nodes else {}
        return ExecutionRun(current, data, nodes)

    def _node_runs(self, eid: Any, parent: str | None, depth: int, concurrency: int) -> Step[dict[str, NodeRun]]:
        execution = execution_pb2.Execution(id=eid)  # what the listing takes
        listed = yield from collect(self.iter_node_executions.step(execution, parent=parent))
        runs = yield Gather([self._node_run(node, depth, concurrency) for node in listed], concurrency)
        return {node.id.node_id: run for node, run in zip(listed, runs, strict=True)}

    def _node_run(self, node: node_execution_pb2.NodeExecution, depth: int, concurrency: int) -> Step[NodeRun]:
        request = node_execution_pb2.NodeExecutionGetDataRequest(id=node.id)
        data = yield Call(rpcs.GET_NODE_EXECUTION_DATA, request)
        values = ExecutionData.of(data)
        tasks = yield from collect(self.iter_task_executions.step(node))
        children = {}
        if node.metadata.is_parent_node:
            children = yield from self._node_runs(node.id.execution_id, node.id.node_id, depth, concurrency)
        child = None
        if node.closure.HasField("workflow_node_metadata") and depth < MAX_CHILD_DEPTH:
            # FlyteAdmin's proto names this one field in camel case.
            child = yield from self._sync(node.closure.workflow_node_metadata.executionId, True, depth + 1, concurrency)
        dynamic = data.dynamic_workflow.compiled_workflow if data.HasField("dynamic_workflow") else None
        return NodeRun(
            node_execution=node,
            inputs=values.inputs,
            outputs=values.outputs,
            input_literals=values.input_literals,
            output_literals=values.output_literals,
            task_executions=tasks,
            children=children,
            child_execution=child,
            dynamic_workflow=dynamic,
        )
