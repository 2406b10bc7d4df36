"""The user-level execution methods of ``FlyteRemote``: execute a launch plan, task or
workflow with Python inputs, wait for it, read its inputs and outputs back as Python
values, terminate, relaunch and recover. Written once on :mod:`flytekit.idl` objects, so
they behave the same on both backends.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from flytekit.exceptions import FlyteEntityNotExistException, FlyteTimeout
from flytekit.idl.flyteidl.admin import (
    common_pb2,
    execution_pb2,
    launch_plan_pb2,
    node_execution_pb2,
    signal_pb2,
    task_execution_pb2,
    task_pb2,
    workflow_pb2,
)
from flytekit.idl.flyteidl.core import execution_pb2 as core_execution_pb2
from flytekit.idl.flyteidl.core import identifier_pb2, literals_pb2
from flytekit.idl.flyteidl.service import dataproxy_pb2
from flytekit.remote.literals import from_literal, from_literal_map, literal_map, to_literal
from flytekit.remote.progress import ProgressLine
from flytekit.remote.user_api import SortBy, UserApi, as_idl

Phase = core_execution_pb2.WorkflowExecution.Phase


class DataTransferError(OSError):
    """An upload or download through a signed URL failed; the message says how."""


def _http(method: str, url: str, body: bytes | None, headers: dict[str, str]) -> bytes:
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.read()  # type: ignore[no-any-return]
    except urllib.error.HTTPError as error:
        raise DataTransferError(
            f"{method} of a signed URL failed: {error.code} {error.read().decode(errors='replace')}"
        ) from None
    except urllib.error.URLError as error:
        raise DataTransferError(f"{method} of a signed URL failed: {error.reason}") from None


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
    """Mixed into ``FlyteRemote``; builds on the registry methods of :class:`UserApi`."""

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
    ) -> execution_pb2.Execution:
        """Launches ``entity`` (a launch plan, task or workflow as fetched) with ``inputs``
        as Python values, converted by the entity's interface. A workflow runs through its
        default launch plan when one is registered, as flytekit does.

        Inputs are checked before any call: an unknown or missing input raises ValueError,
        a value of the wrong type TypeError, each naming the input. With ``wait``, returns
        the execution once it has ended (see :meth:`wait`).
        """
        if _type_name(entity) == "flyteidl.admin.Workflow":
            entity = self._default_launch_plan(as_idl(entity, workflow_pb2.Workflow)) or entity
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
        created = self._call(self.client.create_execution, request, execution_pb2.ExecutionCreateResponse)
        execution = self.fetch_execution(created.id.project, created.id.domain, created.id.name)
        return self.wait(execution, timeout=timeout, poll_interval=poll_interval) if wait else execution

    def _default_launch_plan(self, workflow: workflow_pb2.Workflow) -> launch_plan_pb2.LaunchPlan | None:
        plan_id = identifier_pb2.Identifier(
            resource_type=identifier_pb2.ResourceType.LAUNCH_PLAN, project=workflow.id.project,
            domain=workflow.id.domain, name=workflow.id.name, version=workflow.id.version,
        )  # fmt: skip
        try:
            request = common_pb2.ObjectGetRequest(id=plan_id)
            return self._call(self.client.get_launch_plan, request, launch_plan_pb2.LaunchPlan)
        except FlyteEntityNotExistException:
            return None

    def fetch_execution(self, project: str, domain: str, name: str) -> execution_pb2.Execution:
        request = execution_pb2.WorkflowExecutionGetRequest(id={"project": project, "domain": domain, "name": name})
        return self._call(self.client.get_execution, request, execution_pb2.Execution)

    def iter_executions(
        self, project: str | None = None, domain: str | None = None, *, filters: str = "",
        sort_by: SortBy | None = None,
    ) -> Iterator[execution_pb2.Execution]:  # fmt: skip
        """Every execution in the project and domain, newest first unless
        ``sort_by=(key, ascending)`` (``name``, ``phase``, ``created_at``); ``filters`` in
        FlyteAdmin's syntax (``eq(phase,SUCCEEDED)+...``)."""
        return self._iter_list(
            self.client.list_executions, execution_pb2.ExecutionList, "executions", project, domain, "", filters,
            sort_by,
        )  # fmt: skip

    def recent_executions(
        self, project: str | None = None, domain: str | None = None, limit: int = 100
    ) -> list[execution_pb2.Execution]:
        """The ``limit`` newest executions in the project and domain."""
        return list(itertools.islice(self.iter_executions(project, domain), limit))

    def wait(
        self,
        execution: Any,
        *,
        timeout: float | None = None,
        poll_interval: float = 1.0,
        progress: bool | None = None,
        stream: TextIO | None = None,
    ) -> execution_pb2.Execution:
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
                current = self.fetch_execution(eid.project, eid.domain, eid.name)
                phase = current.closure.phase
                # Node counts cost a list call per poll: only for the live line.
                nodes = [n.closure.phase for n in self.node_executions(current)] if line.live else []
                line.update(phase, time.monotonic() - start, nodes)
                if phase in TERMINAL:
                    return current
                if deadline is not None and time.monotonic() >= deadline:
                    raise FlyteTimeout(
                        f"execution {eid.name} is still {Phase.Name(phase)} after {timeout} s",
                        code=4, code_name="DEADLINE_EXCEEDED",
                    )  # fmt: skip
                pause = poll_interval if deadline is None else min(poll_interval, max(0.0, deadline - time.monotonic()))
                time.sleep(pause)

    def terminate(self, execution: Any, cause: str) -> None:
        self.client.terminate_execution(execution_pb2.ExecutionTerminateRequest(id=execution.id, cause=cause))

    def relaunch(self, execution: Any, name: str | None = None) -> execution_pb2.Execution:
        request = execution_pb2.ExecutionRelaunchRequest(id=execution.id, name=name or "")
        created = self._call(self.client.relaunch_execution, request, execution_pb2.ExecutionCreateResponse)
        return self.fetch_execution(created.id.project, created.id.domain, created.id.name)

    def recover(self, execution: Any, name: str | None = None) -> execution_pb2.Execution:
        request = execution_pb2.ExecutionRecoverRequest(id=execution.id, name=name or "")
        created = self._call(self.client.recover_execution, request, execution_pb2.ExecutionCreateResponse)
        return self.fetch_execution(created.id.project, created.id.domain, created.id.name)

    def get_execution_data(self, execution: Any) -> ExecutionData:
        """Inputs and outputs as Python values (outputs are empty until it succeeds)."""
        request = execution_pb2.WorkflowExecutionGetDataRequest(id=execution.id)
        return ExecutionData.of(
            self._call(self.client.get_execution_data, request, execution_pb2.WorkflowExecutionGetDataResponse)
        )

    def get_task_execution_data(self, task_execution: Any) -> ExecutionData:
        """A task execution's (one attempt's) inputs and outputs as Python values."""
        request = task_execution_pb2.TaskExecutionGetDataRequest(id=task_execution.id)
        return ExecutionData.of(
            self._call(self.client.get_task_execution_data, request, task_execution_pb2.TaskExecutionGetDataResponse)
        )

    def get_execution_metrics(
        self, execution: Any, depth: int = 10
    ) -> execution_pb2.WorkflowExecutionGetMetricsResponse:
        request = execution_pb2.WorkflowExecutionGetMetricsRequest(id=execution.id, depth=depth)
        return self._call(self.client.get_execution_metrics, request, execution_pb2.WorkflowExecutionGetMetricsResponse)

    def iter_signals(
        self, execution: Any, *, filters: str = "", sort_by: SortBy | None = None
    ) -> Iterator[signal_pb2.Signal]:
        """The signals an execution has asked for (gate nodes), set or not; ``filters`` on
        ``signal_id``."""
        request = signal_pb2.SignalListRequest(workflow_execution_id=execution.id, filters=filters)
        return self._list(self.client.list_signals, request, signal_pb2.SignalList, "signals", sort_by)

    def list_signals(self, execution: Any) -> list[signal_pb2.Signal]:
        return list(self.iter_signals(execution))

    def set_signal(self, signal_id: str, execution: Any, value: Any) -> None:
        """Sets a signal to ``value`` (a Python value, converted by the signal's type).
        Raises FlyteEntityNotExistException for a signal the execution has not asked for."""
        signal = next((s for s in self.list_signals(execution) if s.id.signal_id == signal_id), None)
        if signal is None:
            raise FlyteEntityNotExistException(
                f"execution {execution.id.name} has no signal {signal_id!r}", code=5, code_name="NOT_FOUND"
            )
        literal = to_literal(value, signal.type, f"signal {signal_id!r}")
        self.client.set_signal(signal_pb2.SignalSetRequest(id=signal.id, value=literal))

    def approve(self, signal_id: str, execution: Any) -> None:
        self.set_signal(signal_id, execution, True)

    def reject(self, signal_id: str, execution: Any) -> None:
        self.set_signal(signal_id, execution, False)

    def get(self, flyte_uri: str, *, raw: bool = False) -> Any:
        """The data a ``flyte://v1/<project>/<domain>/<execution>/<node>/<i|o>[/<name>]``
        URI names, as Python values (a dict for a node's inputs or outputs), or as the
        literal(s) with ``raw``. ``start-node/o`` are the execution's inputs, ``end-node/i``
        its outputs."""
        request = dataproxy_pb2.GetDataRequest(flyte_url=flyte_uri)
        response = self._call(self.client.get_data, request, dataproxy_pb2.GetDataResponse)
        if response.WhichOneof("data") == "literal":
            return response.literal if raw else from_literal(response.literal)
        if raw:
            return response.literal_map
        return from_literal_map(response.literal_map)

    def upload_file(
        self,
        path: str | os.PathLike[str],
        project: str | None = None,
        domain: str | None = None,
        *,
        filename_root: str = "",
        expires_in: float = 3600,
    ) -> tuple[bytes, str]:
        """Uploads a file through the data proxy; returns its MD5 and its native URL (to
        pass as a blob input). The proxy checks the content against the MD5."""
        project, domain = self._where(project, domain)
        data = Path(path).read_bytes()
        md5 = hashlib.md5(data).digest()
        request = dataproxy_pb2.CreateUploadLocationRequest(
            project=project, domain=domain, filename=Path(path).name, content_md5=md5,
            filename_root=filename_root, expires_in={"seconds": int(expires_in)},
        )  # fmt: skip
        location = self._call(self.client.create_upload_location, request, dataproxy_pb2.CreateUploadLocationResponse)
        _http("PUT", location.signed_url, data, dict(location.headers))
        return md5, location.native_url

    def download_file(self, native_url: str, *, expires_in: float = 3600) -> bytes:
        """The contents of a file stored through the data proxy."""
        request = dataproxy_pb2.CreateDownloadLocationRequest(
            native_url=native_url, expires_in={"seconds": int(expires_in)}
        )
        location = self._call(
            self.client.create_download_location, request, dataproxy_pb2.CreateDownloadLocationResponse
        )
        return _http("GET", location.signed_url, None, {})

    def download_deck(self, node_execution: Any, *, expires_in: float = 3600) -> bytes:
        """The deck (HTML) a node execution reported, through a signed download link.
        Raises FlyteEntityNotExistException for a node without one."""
        request = dataproxy_pb2.CreateDownloadLinkRequest(
            artifact_type=dataproxy_pb2.ARTIFACT_TYPE_DECK, expires_in={"seconds": int(expires_in)},
            node_execution_id=node_execution.id,
        )  # fmt: skip
        link = self._call(self.client.create_download_link, request, dataproxy_pb2.CreateDownloadLinkResponse)
        return _http("GET", link.pre_signed_urls.signed_url[0], None, {})

    def iter_node_executions(
        self, execution: Any, *, parent: str | None = None, filters: str = "", sort_by: SortBy | None = None
    ) -> Iterator[node_execution_pb2.NodeExecution]:
        """The execution's top-level node executions, or those that ran inside the node
        execution ``parent`` (a subworkflow, branch or dynamic node); ``filters`` on
        ``node_id`` or ``phase``."""
        request = node_execution_pb2.NodeExecutionListRequest(
            workflow_execution_id=execution.id, unique_parent_id=parent or "", filters=filters
        )
        return self._list(
            self.client.list_node_executions, request, node_execution_pb2.NodeExecutionList, "node_executions", sort_by
        )

    def node_executions(self, execution: Any) -> list[node_execution_pb2.NodeExecution]:
        """The execution's top-level node executions, as the propeller reported them."""
        return list(self.iter_node_executions(execution))

    def iter_task_executions(
        self, node_execution: Any, *, filters: str = "", sort_by: SortBy | None = None
    ) -> Iterator[task_execution_pb2.TaskExecution]:
        """A node execution's task executions (one per attempt); ``filters`` on
        ``retry_attempt`` or ``phase``."""
        request = task_execution_pb2.TaskExecutionListRequest(node_execution_id=node_execution.id, filters=filters)
        return self._list(
            self.client.list_task_executions, request, task_execution_pb2.TaskExecutionList, "task_executions", sort_by
        )
