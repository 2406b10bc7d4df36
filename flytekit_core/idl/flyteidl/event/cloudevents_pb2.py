"""Generated from flyteidl/event/cloudevents.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

from __future__ import annotations

from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import TYPE_CHECKING as _TYPE_CHECKING, Any as _Any

from flytekit_core.idl._descriptor import SHA256 as _SHA256
from flytekit_core.idl.containers import (
    MessageMap as _MessageMap,
    RepeatedCompositeFieldContainer as _RepeatedCompositeFieldContainer,
    RepeatedScalarFieldContainer as _RepeatedScalarFieldContainer,
    ScalarMap as _ScalarMap,
)
from flytekit_core.idl.enum import Enum as _Enum
from flytekit_core.idl.message import Message as _Message, register_file as _register_file
from flytekit_core.idl.flyteidl.event import event_pb2 as _flyteidl_event_event_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import literals_pb2 as _flyteidl_core_literals_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import interface_pb2 as _flyteidl_core_interface_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import artifact_id_pb2 as _flyteidl_core_artifact_id_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import identifier_pb2 as _flyteidl_core_identifier_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import timestamp_pb2 as _google_protobuf_timestamp_pb2  # noqa: F401


class CloudEventWorkflowExecution(_Message):
    __slots__ = ("raw_event", "output_interface", "artifact_ids", "reference_execution", "principal", "launch_plan_id", "labels")

    class LabelsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    RAW_EVENT_FIELD_NUMBER = 1
    OUTPUT_INTERFACE_FIELD_NUMBER = 2
    ARTIFACT_IDS_FIELD_NUMBER = 3
    REFERENCE_EXECUTION_FIELD_NUMBER = 4
    PRINCIPAL_FIELD_NUMBER = 5
    LAUNCH_PLAN_ID_FIELD_NUMBER = 6
    LABELS_FIELD_NUMBER = 7

    raw_event: _flyteidl_event_event_pb2.WorkflowExecutionEvent
    output_interface: _flyteidl_core_interface_pb2.TypedInterface
    artifact_ids: _RepeatedCompositeFieldContainer[_flyteidl_core_artifact_id_pb2.ArtifactID]
    reference_execution: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier
    principal: str
    launch_plan_id: _flyteidl_core_identifier_pb2.Identifier
    labels: _ScalarMap[str, str]

    if _TYPE_CHECKING:
        def __init__(self, *, raw_event: _flyteidl_event_event_pb2.WorkflowExecutionEvent | _Mapping[str, _Any] | None = ..., output_interface: _flyteidl_core_interface_pb2.TypedInterface | _Mapping[str, _Any] | None = ..., artifact_ids: _Iterable[_flyteidl_core_artifact_id_pb2.ArtifactID | _Mapping[str, _Any]] | None = ..., reference_execution: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ..., principal: str | None = ..., launch_plan_id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., labels: _Mapping[str, str] | None = ...) -> None: ...


class CloudEventNodeExecution(_Message):
    __slots__ = ("raw_event", "task_exec_id", "output_interface", "artifact_ids", "principal", "launch_plan_id", "labels")

    class LabelsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    RAW_EVENT_FIELD_NUMBER = 1
    TASK_EXEC_ID_FIELD_NUMBER = 2
    OUTPUT_INTERFACE_FIELD_NUMBER = 3
    ARTIFACT_IDS_FIELD_NUMBER = 4
    PRINCIPAL_FIELD_NUMBER = 5
    LAUNCH_PLAN_ID_FIELD_NUMBER = 6
    LABELS_FIELD_NUMBER = 7

    raw_event: _flyteidl_event_event_pb2.NodeExecutionEvent
    task_exec_id: _flyteidl_core_identifier_pb2.TaskExecutionIdentifier
    output_interface: _flyteidl_core_interface_pb2.TypedInterface
    artifact_ids: _RepeatedCompositeFieldContainer[_flyteidl_core_artifact_id_pb2.ArtifactID]
    principal: str
    launch_plan_id: _flyteidl_core_identifier_pb2.Identifier
    labels: _ScalarMap[str, str]

    if _TYPE_CHECKING:
        def __init__(self, *, raw_event: _flyteidl_event_event_pb2.NodeExecutionEvent | _Mapping[str, _Any] | None = ..., task_exec_id: _flyteidl_core_identifier_pb2.TaskExecutionIdentifier | _Mapping[str, _Any] | None = ..., output_interface: _flyteidl_core_interface_pb2.TypedInterface | _Mapping[str, _Any] | None = ..., artifact_ids: _Iterable[_flyteidl_core_artifact_id_pb2.ArtifactID | _Mapping[str, _Any]] | None = ..., principal: str | None = ..., launch_plan_id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., labels: _Mapping[str, str] | None = ...) -> None: ...


class CloudEventTaskExecution(_Message):
    __slots__ = ("raw_event", "labels")

    class LabelsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    RAW_EVENT_FIELD_NUMBER = 1
    LABELS_FIELD_NUMBER = 2

    raw_event: _flyteidl_event_event_pb2.TaskExecutionEvent
    labels: _ScalarMap[str, str]

    if _TYPE_CHECKING:
        def __init__(self, *, raw_event: _flyteidl_event_event_pb2.TaskExecutionEvent | _Mapping[str, _Any] | None = ..., labels: _Mapping[str, str] | None = ...) -> None: ...


class CloudEventExecutionStart(_Message):
    __slots__ = ("execution_id", "launch_plan_id", "workflow_id", "artifact_ids", "artifact_trackers", "principal")

    EXECUTION_ID_FIELD_NUMBER = 1
    LAUNCH_PLAN_ID_FIELD_NUMBER = 2
    WORKFLOW_ID_FIELD_NUMBER = 3
    ARTIFACT_IDS_FIELD_NUMBER = 4
    ARTIFACT_TRACKERS_FIELD_NUMBER = 5
    PRINCIPAL_FIELD_NUMBER = 6

    execution_id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier
    launch_plan_id: _flyteidl_core_identifier_pb2.Identifier
    workflow_id: _flyteidl_core_identifier_pb2.Identifier
    artifact_ids: _RepeatedCompositeFieldContainer[_flyteidl_core_artifact_id_pb2.ArtifactID]
    artifact_trackers: _RepeatedScalarFieldContainer[str]
    principal: str

    if _TYPE_CHECKING:
        def __init__(self, *, execution_id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ..., launch_plan_id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., workflow_id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., artifact_ids: _Iterable[_flyteidl_core_artifact_id_pb2.ArtifactID | _Mapping[str, _Any]] | None = ..., artifact_trackers: _Iterable[str] | None = ..., principal: str | None = ...) -> None: ...


_register_file(
    "flyteidl/event/cloudevents.proto",
    _SHA256,
    {
        "flyteidl.event.CloudEventWorkflowExecution.LabelsEntry": CloudEventWorkflowExecution.LabelsEntry,
        "flyteidl.event.CloudEventWorkflowExecution": CloudEventWorkflowExecution,
        "flyteidl.event.CloudEventNodeExecution.LabelsEntry": CloudEventNodeExecution.LabelsEntry,
        "flyteidl.event.CloudEventNodeExecution": CloudEventNodeExecution,
        "flyteidl.event.CloudEventTaskExecution.LabelsEntry": CloudEventTaskExecution.LabelsEntry,
        "flyteidl.event.CloudEventTaskExecution": CloudEventTaskExecution,
        "flyteidl.event.CloudEventExecutionStart": CloudEventExecutionStart,
    },
)
