"""The user-level execution methods of ``FlyteRemote``: execute a launch plan, task or
workflow with Python inputs, wait for it, read its inputs and outputs back as Python
values, terminate, relaunch and recover. Written once on :mod:`flytekit_core.idl` objects, so
they behave the same on both backends, and as steps (:mod:`flytekit_core.remote_common.steps`)
driven by the blocking and the asyncio remote alike.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from flytekit_core.exceptions import FlyteEntityNotExistException, FlyteTimeout
from flytekit_core.idl import services as rpcs
from flytekit_core.idl.flyteidl.admin import (
    common_pb2,
    execution_pb2,
    launch_plan_pb2,
    node_execution_pb2,
    signal_pb2,
    task_execution_pb2,
    task_pb2,
    workflow_pb2,
)
from flytekit_core.idl.flyteidl.core import execution_pb2 as core_execution_pb2
from flytekit_core.idl.flyteidl.core import identifier_pb2, literals_pb2
from flytekit_core.idl.flyteidl.service import dataproxy_pb2
from flytekit_core.remote_common.literals import from_literal, from_literal_map, literal_map, to_literal
from flytekit_core.remote_common.progress import ProgressLine
from flytekit_core.remote_common.steps import (
    Call,
    DataTransferError,
    Sleep,
    Step,
    Transfer,
    collect,
    listing,
    operation,
)
from flytekit_core.remote_common.user_api import SortBy, UserApi, as_idl

Phase = core_execution_pb2.WorkflowExecution.Phase


__all__ = ["TERMINAL", "DataTransferError", "ExecutionData", "ExecutionsApi"]

TERMINAL = frozenset({Phase.SUCCEEDED, Phase.FAILED, Phase.ABORTED, Phase.TIMED_OUT})


@dataclass
class ExecutionData:
    """An execution's inputs and outputs as Python values, with the literals at hand."""

    inputs: dict[str, Any]
    outputs: dict[str, Any]
    input_literals: literals_pb2.LiteralMap
    output_literals: literals_pb2.LiteralMap

    @classmethod
    def of(cls, response: Any) -> ExecutionData:
        """From a ``Get*Data`` response (its ``full_inputs`` and ``full_outputs``)."""
        inputs, outputs = response.full_inputs, response.full_outputs
        return cls(from_literal_map(inputs), from_literal_map(outputs), inputs, outputs)


def _type_name(entity: Any) -> str | None:
    """The protobuf type name of a message of either model, else None."""
    return getattr(getattr(type(entity), "DESCRIPTOR", None), "full_name", None)


def _interface(entity: Any) -> tuple[identifier_pb2.Identifier, dict[str, Any], set[str], str]:
    """What executing ``entity`` needs: the id to launch, the input types, the inputs that
    have defaults (or are fixed), and a name for messages."""
    name = _type_name(entity)
    if name == "flyteidl.admin.LaunchPlan":
        plan = as_idl(entity, launch_plan_pb2.LaunchPlan)
        parameters = plan.closure.expected_inputs.parameters or plan.spec.default_inputs.parameters
        types = {k: p.var.type for k, p in parameters.items()}
        defaulted = {k for k, p in parameters.items() if p.HasField("default") or not p.required}
        return plan.id, types, defaulted, f"launch plan {plan.id.name}"
    if name == "flyteidl.admin.Task":
        task = as_idl(entity, task_pb2.Task)
        variables = task.closure.compiled_task.template.interface.inputs.variables
        return task.id, {k: v.type for k, v in variables.items()}, set(), f"task {task.id.name}"
    if name == "flyteidl.admin.Workflow":
        workflow = as_idl(entity, workflow_pb2.Workflow)
        variables = workflow.closure.compiled_workflow.primary.template.interface.inputs.variables
        return workflow.id, {k: v.type for k, v in variables.items()}, set(), f"workflow {workflow.id.name}"
    raise TypeError(f"execute() takes a LaunchPlan, Task or Workflow (from fetch_*), not {type(entity).__name__}")


class ExecutionsApi(UserApi):
    """The execution half of the user-level API, as steps; builds on :class:`UserApi`."""

    @operation
    def execute(
        self,
        entity: Any,
        inputs: Mapping[str, Any] | None = None,
        *,
        project: str | None = None,
        domain: str | None = None,
        execution_name: str | None = None,
        execution_name_prefix: str | None = None,
        labels: Mapping[str, str] | None = None,
        annotations: Mapping[str, str] | None = None,
        envs: Mapping[str, str] | None = None,
        tags: list[str] | None = None,
        overwrite_cache: bool | None = None,
        interruptible: bool | None = None,
        wait: bool = False,
        timeout: float | None = None,
        poll_interval: float = 1.0,
    ) -> Step[execution_pb2.Execution]:
        """Launches ``entity`` (a launch plan, task or workflow as fetched) with ``inputs``
        as Python values, converted by the entity's interface. A workflow runs through its
        default launch plan when one is registered, as flytekit does.

        Inputs are checked before any call: an unknown or missing input raises ValueError,
        a value of the wrong type TypeError, each naming the input. With ``wait``, returns
        the execution once it has ended (see :meth:`wait`).
        """
        if _type_name(entity) == "flyteidl.admin.Workflow":
            entity = (yield from self._default_launch_plan(as_idl(entity, workflow_pb2.Workflow))) or entity
        target, types, defaulted, what = _interface(entity)
        given = dict(inputs or {})
        literals = literal_map(given, types, what)
        missing = sorted(set(types) - set(given) - defaulted)
        if missing:
            raise ValueError(f"{what} needs the input(s) {missing}, which were not given")
        if execution_name is None:
            execution_name = (execution_name_prefix or "f") + uuid.uuid4().hex[: 20 - len(execution_name_prefix or "f")]
        spec = execution_pb2.ExecutionSpec(
            launch_plan=target,
            metadata={"mode": execution_pb2.ExecutionMetadata.MANUAL},
            labels={"values": dict(labels or {})},
            annotations={"values": dict(annotations or {})},
            envs={"values": [{"key": k, "value": v} for k, v in (envs or {}).items()]},
            tags=list(tags or []),
            overwrite_cache=bool(overwrite_cache),
        )
        if interruptible is not None:
            spec.interruptible.value = interruptible
        request = execution_pb2.ExecutionCreateRequest(
            project=project or target.project, domain=domain or target.domain, name=execution_name,
            spec=spec, inputs=literals,
        )  # fmt: skip
        created = yield Call(rpcs.CREATE_EXECUTION, request)
        execution = yield from self.fetch_execution.step(created.id.project, created.id.domain, created.id.name)
        if wait:
            return (yield from self.wait.step(execution, timeout=timeout, poll_interval=poll_interval))
        return execution

    def _default_launch_plan(self, workflow: workflow_pb2.Workflow) -> Step[launch_plan_pb2.LaunchPlan | None]:
        plan_id = identifier_pb2.Identifier(
            resource_type=identifier_pb2.ResourceType.LAUNCH_PLAN, project=workflow.id.project,
            domain=workflow.id.domain, name=workflow.id.name, version=workflow.id.version,
        )  # fmt: skip
        try:
            return (yield Call(rpcs.GET_LAUNCH_PLAN, common_pb2.ObjectGetRequest(id=plan_id)))  # type: ignore[no-any-return]
        except FlyteEntityNotExistException:
            return None

    @operation
    def fetch_execution(self, project: str, domain: str, name: str) -> Step[execution_pb2.Execution]:
        request = execution_pb2.WorkflowExecutionGetRequest(id={"project": project, "domain": domain, "name": name})
        return (yield Call(rpcs.GET_EXECUTION, request))  # type: ignore[no-any-return]

    @listing
    def iter_executions(
        self, project: str | None = None, domain: str | None = None, *, filters: str = "",
        sort_by: SortBy | None = None,
    ) -> Step[execution_pb2.Execution]:  # fmt: skip
        """Every execution in the project and domain, newest first unless
        ``sort_by=(key, ascending)`` (``name``, ``phase``, ``created_at``); ``filters`` in
        FlyteAdmin's syntax (``eq(phase,SUCCEEDED)+...``)."""
        return self._list_versions(rpcs.LIST_EXECUTIONS, "executions", project, domain, "", filters, sort_by)

    @operation
    def recent_executions(
        self, project: str | None = None, domain: str | None = None, limit: int = 100
    ) -> Step[list[execution_pb2.Execution]]:
        """The ``limit`` newest executions in the project and domain."""
        return (yield from collect(self.iter_executions.step(project, domain), limit=limit))

    @operation
    def wait(
        self,
        execution: Any,
        *,
        timeout: float | None = None,
        poll_interval: float = 1.0,
        progress: bool | None = None,
        stream: TextIO | None = None,
    ) -> Step[execution_pb2.Execution]:
        """Polls until the execution reaches a terminal phase and returns it. Raises
        FlyteTimeout after ``timeout`` seconds. ``progress`` (default: when ``stream``,
        stderr unless given, is a terminal) shows a status line redrawn on each poll (phase,
        time waited, node counts) on a terminal, else a line per phase change."""
        out = sys.stderr if stream is None else stream
        show = out.isatty() if progress is None else progress
        start = time.monotonic()
        deadline = None if timeout is None else start + timeout
        eid = execution.id
        with ProgressLine(out, eid.name, enabled=show) as line:
            while True:
                current = yield from self.fetch_execution.step(eid.project, eid.domain, eid.name)
                phase = current.closure.phase
                # Node counts cost a list call per poll: only for the live line.
                nodes = (yield from self.node_executions.step(current)) if line.live else []
                line.update(phase, time.monotonic() - start, [n.closure.phase for n in nodes])
                if phase in TERMINAL:
                    return current  # type: ignore[no-any-return]
                if deadline is not None and time.monotonic() >= deadline:
                    raise FlyteTimeout(
                        f"execution {eid.name} is still {Phase.Name(phase)} after {timeout} s",
                        code=4, code_name="DEADLINE_EXCEEDED",
                    )  # fmt: skip
                pause = poll_interval if deadline is None else min(poll_interval, max(0.0, deadline - time.monotonic()))
                yield Sleep(pause)

    @operation
    def terminate(self, execution: Any, cause: str) -> Step[None]:
        yield Call(rpcs.TERMINATE_EXECUTION, execution_pb2.ExecutionTerminateRequest(id=execution.id, cause=cause))

    @operation
    def relaunch(self, execution: Any, name: str | None = None) -> Step[execution_pb2.Execution]:
        request = execution_pb2.ExecutionRelaunchRequest(id=execution.id, name=name or "")
        created = yield Call(rpcs.RELAUNCH_EXECUTION, request)
        return (yield from self.fetch_execution.step(created.id.project, created.id.domain, created.id.name))

    @operation
    def recover(self, execution: Any, name: str | None = None) -> Step[execution_pb2.Execution]:
        request = execution_pb2.ExecutionRecoverRequest(id=execution.id, name=name or "")
        created = yield Call(rpcs.RECOVER_EXECUTION, request)
        return (yield from self.fetch_execution.step(created.id.project, created.id.domain, created.id.name))

    @operation
    def get_execution_data(self, execution: Any) -> Step[ExecutionData]:
        """Inputs and outputs as Python values (outputs are empty until it succeeds)."""
        request = execution_pb2.WorkflowExecutionGetDataRequest(id=execution.id)
        return ExecutionData.of((yield Call(rpcs.GET_EXECUTION_DATA, request)))

    @operation
    def get_task_execution_data(self, task_execution: Any) -> Step[ExecutionData]:
        """A task execution's (one attempt's) inputs and outputs as Python values."""
        request = task_execution_pb2.TaskExecutionGetDataRequest(id=task_execution.id)
        return ExecutionData.of((yield Call(rpcs.GET_TASK_EXECUTION_DATA, request)))

    @operation
    def get_execution_metrics(
        self, execution: Any, depth: int = 10
    ) -> Step[execution_pb2.WorkflowExecutionGetMetricsResponse]:
        request = execution_pb2.WorkflowExecutionGetMetricsRequest(id=execution.id, depth=depth)
        return (yield Call(rpcs.GET_EXECUTION_METRICS, request))  # type: ignore[no-any-return]

    @listing
    def iter_signals(
        self, execution: Any, *, filters: str = "", sort_by: SortBy | None = None
    ) -> Step[signal_pb2.Signal]:
        """The signals an execution has asked for (gate nodes), set or not; ``filters`` on
        ``signal_id``."""
        request = signal_pb2.SignalListRequest(workflow_execution_id=execution.id, filters=filters)
        return self._list(rpcs.LIST_SIGNALS, request, "signals", sort_by)

    @operation
    def list_signals(self, execution: Any) -> Step[list[signal_pb2.Signal]]:
        return (yield from collect(self.iter_signals.step(execution)))

    @operation
    def set_signal(self, signal_id: str, execution: Any, value: Any) -> Step[None]:
        """Sets a signal to ``value`` (a Python value, converted by the signal's type).
        Raises FlyteEntityNotExistException for a signal the execution has not asked for."""
        signals = yield from self.list_signals.step(execution)
        signal = next((s for s in signals if s.id.signal_id == signal_id), None)
        if signal is None:
            raise FlyteEntityNotExistException(
                f"execution {execution.id.name} has no signal {signal_id!r}", code=5, code_name="NOT_FOUND"
            )
        literal = to_literal(value, signal.type, f"signal {signal_id!r}")
        yield Call(rpcs.SET_SIGNAL, signal_pb2.SignalSetRequest(id=signal.id, value=literal))

    @operation
    def approve(self, signal_id: str, execution: Any) -> Step[None]:
        return self.set_signal.step(signal_id, execution, True)

    @operation
    def reject(self, signal_id: str, execution: Any) -> Step[None]:
        return self.set_signal.step(signal_id, execution, False)

    @operation
    def get(self, flyte_uri: str, *, raw: bool = False) -> Step[Any]:
        """The data a ``flyte://v1/<project>/<domain>/<execution>/<node>/<i|o>[/<name>]``
        URI names, as Python values (a dict for a node's inputs or outputs), or as the
        literal(s) with ``raw``. ``start-node/o`` are the execution's inputs, ``end-node/i``
        its outputs."""
        response = yield Call(rpcs.GET_DATA, dataproxy_pb2.GetDataRequest(flyte_url=flyte_uri))
        if response.WhichOneof("data") == "literal":
            return response.literal if raw else from_literal(response.literal)
        if raw:
            return response.literal_map
        return from_literal_map(response.literal_map)

    @operation
    def upload_file(
        self,
        path: str | os.PathLike[str],
        project: str | None = None,
        domain: str | None = None,
        *,
        filename_root: str = "",
        expires_in: float = 3600,
    ) -> Step[tuple[bytes, str]]:
        """Uploads a file through the data proxy; returns its MD5 and its native URL (to
        pass as a blob input). The proxy checks the content against the MD5."""
        project, domain = self._where(project, domain)
        data = Path(path).read_bytes()
        md5 = hashlib.md5(data).digest()
        request = dataproxy_pb2.CreateUploadLocationRequest(
            project=project, domain=domain, filename=Path(path).name, content_md5=md5,
            filename_root=filename_root, expires_in={"seconds": int(expires_in)},
        )  # fmt: skip
        location = yield Call(rpcs.CREATE_UPLOAD_LOCATION, request)
        yield Transfer("PUT", location.signed_url, data, dict(location.headers))
        return md5, location.native_url

    @operation
    def download_file(self, native_url: str, *, expires_in: float = 3600) -> Step[bytes]:
        """The contents of a file stored through the data proxy."""
        request = dataproxy_pb2.CreateDownloadLocationRequest(
            native_url=native_url, expires_in={"seconds": int(expires_in)}
        )
        location = yield Call(rpcs.CREATE_DOWNLOAD_LOCATION, request)
        return (yield Transfer("GET", location.signed_url, None, {}))  # type: ignore[no-any-return]

    @operation
    def download_deck(self, node_execution: Any, *, expires_in: float = 3600) -> Step[bytes]:
        """The deck (HTML) a node execution reported, through a signed download link.
        Raises FlyteEntityNotExistException for a node without one."""
        request = dataproxy_pb2.CreateDownloadLinkRequest(
            artifact_type=dataproxy_pb2.ARTIFACT_TYPE_DECK, expires_in={"seconds": int(expires_in)},
            node_execution_id=node_execution.id,
        )  # fmt: skip
        link = yield Call(rpcs.CREATE_DOWNLOAD_LINK, request)
        return (yield Transfer("GET", link.pre_signed_urls.signed_url[0], None, {}))  # type: ignore[no-any-return]

    @listing
    def iter_node_executions(
        self, execution: Any, *, parent: str | None = None, filters: str = "", sort_by: SortBy | None = None
    ) -> Step[node_execution_pb2.NodeExecution]:
        """The execution's top-level node executions, or those that ran inside the node
        execution ``parent`` (a subworkflow, branch or dynamic node); ``filters`` on
        ``node_id`` or ``phase``."""
        request = node_execution_pb2.NodeExecutionListRequest(
            workflow_execution_id=execution.id, unique_parent_id=parent or "", filters=filters
        )
        return self._list(rpcs.LIST_NODE_EXECUTIONS, request, "node_executions", sort_by)

    @operation
    def node_executions(self, execution: Any) -> Step[list[node_execution_pb2.NodeExecution]]:
        """The execution's top-level node executions, as the propeller reported them."""
        return (yield from collect(self.iter_node_executions.step(execution)))

    @listing
    def iter_task_executions(
        self, node_execution: Any, *, filters: str = "", sort_by: SortBy | None = None
    ) -> Step[task_execution_pb2.TaskExecution]:
        """A node execution's task executions (one per attempt); ``filters`` on
        ``retry_attempt`` or ``phase``."""
        request = task_execution_pb2.TaskExecutionListRequest(node_execution_id=node_execution.id, filters=filters)
        return self._list(rpcs.LIST_TASK_EXECUTIONS, request, "task_executions", sort_by)
