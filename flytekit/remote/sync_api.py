"""``FlyteRemote.sync``: an execution with everything it ran, as a tree. Each node execution
comes with its inputs and outputs, its task executions, and what it ran inside it: the
nodes of a subworkflow, of a branch or of a dynamic workflow (with that workflow), or the
child execution a launch-plan node started, synced in turn. Written on
:mod:`flytekit.idl` objects, so it is the same on both backends.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from flytekit.idl.flyteidl.admin import execution_pb2, node_execution_pb2, task_execution_pb2
from flytekit.idl.flyteidl.core import compiler_pb2, literals_pb2
from flytekit.remote.executions_api import ExecutionData, ExecutionsApi

# Launch-plan nodes start executions that may start executions in turn (a launch plan
# that launches itself, down to some input); past this depth, sync stops following them.
MAX_CHILD_DEPTH = 32


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
    def sync(self, execution: Any, *, sync_nodes: bool = True) -> ExecutionRun:
        """The execution as it stands, with its inputs and outputs and, with
        ``sync_nodes``, every node execution it ran, recursively."""
        return self._sync(execution.id, sync_nodes, depth=0)

    def _sync(self, eid: Any, sync_nodes: bool, depth: int) -> ExecutionRun:
        current = self.fetch_execution(eid.project, eid.domain, eid.name)
        nodes = self._node_runs(eid, None, depth) if sync_nodes else {}
        return ExecutionRun(current, self.get_execution_data(current), nodes)

    def _node_runs(self, eid: Any, parent: str | None, depth: int) -> dict[str, NodeRun]:
        execution = execution_pb2.Execution(id=eid)  # what the iterator takes
        listed = self.iter_node_executions(execution, parent=parent)
        return {node.id.node_id: self._node_run(node, depth) for node in listed}

    def _node_run(self, node: node_execution_pb2.NodeExecution, depth: int) -> NodeRun:
        request = node_execution_pb2.NodeExecutionGetDataRequest(id=node.id)
        data = self._call(self.client.get_node_execution_data, request, node_execution_pb2.NodeExecutionGetDataResponse)
        values = ExecutionData.of(data)
        tasks = self.iter_task_executions(node)
        children = self._node_runs(node.id.execution_id, node.id.node_id, depth) if node.metadata.is_parent_node else {}
        child = None
        if node.closure.HasField("workflow_node_metadata") and depth < MAX_CHILD_DEPTH:
            # FlyteAdmin's proto names this one field in camel case.
            child = self._sync(node.closure.workflow_node_metadata.executionId, True, depth + 1)
        dynamic = data.dynamic_workflow.compiled_workflow if data.HasField("dynamic_workflow") else None
        return NodeRun(
            node_execution=node,
            inputs=values.inputs,
            outputs=values.outputs,
            input_literals=values.input_literals,
            output_literals=values.output_literals,
            task_executions=list(tasks),
            children=children,
            child_execution=child,
            dynamic_workflow=dynamic,
        )
