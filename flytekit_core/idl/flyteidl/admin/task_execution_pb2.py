"""Generated from flyteidl/admin/task_execution.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.admin import common_pb2 as _flyteidl_admin_common_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import execution_pb2 as _flyteidl_core_execution_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import identifier_pb2 as _flyteidl_core_identifier_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import literals_pb2 as _flyteidl_core_literals_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.event import event_pb2 as _flyteidl_event_event_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import timestamp_pb2 as _google_protobuf_timestamp_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import duration_pb2 as _google_protobuf_duration_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import struct_pb2 as _google_protobuf_struct_pb2  # noqa: F401


class TaskExecutionGetRequest(_Message):
    __slots__ = ("id",)

    ID_FIELD_NUMBER = 1

    id: _flyteidl_core_identifier_pb2.TaskExecutionIdentifier

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.TaskExecutionIdentifier | _Mapping[str, _Any] | None = ...) -> None: ...


class TaskExecutionListRequest(_Message):
    __slots__ = ("node_execution_id", "limit", "token", "filters", "sort_by")

    NODE_EXECUTION_ID_FIELD_NUMBER = 1
    LIMIT_FIELD_NUMBER = 2
    TOKEN_FIELD_NUMBER = 3
    FILTERS_FIELD_NUMBER = 4
    SORT_BY_FIELD_NUMBER = 5

    node_execution_id: _flyteidl_core_identifier_pb2.NodeExecutionIdentifier
    limit: int
    token: str
    filters: str
    sort_by: _flyteidl_admin_common_pb2.Sort

    if _TYPE_CHECKING:
        def __init__(self, *, node_execution_id: _flyteidl_core_identifier_pb2.NodeExecutionIdentifier | _Mapping[str, _Any] | None = ..., limit: int | None = ..., token: str | None = ..., filters: str | None = ..., sort_by: _flyteidl_admin_common_pb2.Sort | _Mapping[str, _Any] | None = ...) -> None: ...


class TaskExecution(_Message):
    __slots__ = ("id", "input_uri", "closure", "is_parent")

    ID_FIELD_NUMBER = 1
    INPUT_URI_FIELD_NUMBER = 2
    CLOSURE_FIELD_NUMBER = 3
    IS_PARENT_FIELD_NUMBER = 4

    id: _flyteidl_core_identifier_pb2.TaskExecutionIdentifier
    input_uri: str
    closure: TaskExecutionClosure
    is_parent: bool

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.TaskExecutionIdentifier | _Mapping[str, _Any] | None = ..., input_uri: str | None = ..., closure: TaskExecutionClosure | _Mapping[str, _Any] | None = ..., is_parent: bool | None = ...) -> None: ...


class TaskExecutionList(_Message):
    __slots__ = ("task_executions", "token")

    TASK_EXECUTIONS_FIELD_NUMBER = 1
    TOKEN_FIELD_NUMBER = 2

    task_executions: _RepeatedCompositeFieldContainer[TaskExecution]
    token: str

    if _TYPE_CHECKING:
        def __init__(self, *, task_executions: _Iterable[TaskExecution | _Mapping[str, _Any]] | None = ..., token: str | None = ...) -> None: ...


class TaskExecutionClosure(_Message):
    __slots__ = ("output_uri", "error", "output_data", "phase", "logs", "started_at", "duration", "created_at", "updated_at", "custom_info", "reason", "task_type", "metadata", "event_version", "reasons", "log_context")

    OUTPUT_URI_FIELD_NUMBER = 1
    ERROR_FIELD_NUMBER = 2
    OUTPUT_DATA_FIELD_NUMBER = 12
    PHASE_FIELD_NUMBER = 3
    LOGS_FIELD_NUMBER = 4
    STARTED_AT_FIELD_NUMBER = 5
    DURATION_FIELD_NUMBER = 6
    CREATED_AT_FIELD_NUMBER = 7
    UPDATED_AT_FIELD_NUMBER = 8
    CUSTOM_INFO_FIELD_NUMBER = 9
    REASON_FIELD_NUMBER = 10
    TASK_TYPE_FIELD_NUMBER = 11
    METADATA_FIELD_NUMBER = 16
    EVENT_VERSION_FIELD_NUMBER = 17
    REASONS_FIELD_NUMBER = 18
    LOG_CONTEXT_FIELD_NUMBER = 19

    output_uri: str
    error: _flyteidl_core_execution_pb2.ExecutionError
    output_data: _flyteidl_core_literals_pb2.LiteralMap
    phase: int
    logs: _RepeatedCompositeFieldContainer[_flyteidl_core_execution_pb2.TaskLog]
    started_at: _google_protobuf_timestamp_pb2.Timestamp
    duration: _google_protobuf_duration_pb2.Duration
    created_at: _google_protobuf_timestamp_pb2.Timestamp
    updated_at: _google_protobuf_timestamp_pb2.Timestamp
    custom_info: _google_protobuf_struct_pb2.Struct
    reason: str
    task_type: str
    metadata: _flyteidl_event_event_pb2.TaskExecutionMetadata
    event_version: int
    reasons: _RepeatedCompositeFieldContainer[Reason]
    log_context: _flyteidl_core_execution_pb2.LogContext

    if _TYPE_CHECKING:
        def __init__(self, *, output_uri: str | None = ..., error: _flyteidl_core_execution_pb2.ExecutionError | _Mapping[str, _Any] | None = ..., output_data: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., phase: int | str | None = ..., logs: _Iterable[_flyteidl_core_execution_pb2.TaskLog | _Mapping[str, _Any]] | None = ..., started_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., duration: _google_protobuf_duration_pb2.Duration | _Mapping[str, _Any] | None = ..., created_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., updated_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., custom_info: _google_protobuf_struct_pb2.Struct | _Mapping[str, _Any] | None = ..., reason: str | None = ..., task_type: str | None = ..., metadata: _flyteidl_event_event_pb2.TaskExecutionMetadata | _Mapping[str, _Any] | None = ..., event_version: int | None = ..., reasons: _Iterable[Reason | _Mapping[str, _Any]] | None = ..., log_context: _flyteidl_core_execution_pb2.LogContext | _Mapping[str, _Any] | None = ...) -> None: ...


class Reason(_Message):
    __slots__ = ("occurred_at", "message")

    OCCURRED_AT_FIELD_NUMBER = 1
    MESSAGE_FIELD_NUMBER = 2

    occurred_at: _google_protobuf_timestamp_pb2.Timestamp
    message: str

    if _TYPE_CHECKING:
        def __init__(self, *, occurred_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., message: str | None = ...) -> None: ...


class TaskExecutionGetDataRequest(_Message):
    __slots__ = ("id",)

    ID_FIELD_NUMBER = 1

    id: _flyteidl_core_identifier_pb2.TaskExecutionIdentifier

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.TaskExecutionIdentifier | _Mapping[str, _Any] | None = ...) -> None: ...


class TaskExecutionGetDataResponse(_Message):
    __slots__ = ("inputs", "outputs", "full_inputs", "full_outputs", "flyte_urls")

    INPUTS_FIELD_NUMBER = 1
    OUTPUTS_FIELD_NUMBER = 2
    FULL_INPUTS_FIELD_NUMBER = 3
    FULL_OUTPUTS_FIELD_NUMBER = 4
    FLYTE_URLS_FIELD_NUMBER = 5

    inputs: _flyteidl_admin_common_pb2.UrlBlob
    outputs: _flyteidl_admin_common_pb2.UrlBlob
    full_inputs: _flyteidl_core_literals_pb2.LiteralMap
    full_outputs: _flyteidl_core_literals_pb2.LiteralMap
    flyte_urls: _flyteidl_admin_common_pb2.FlyteURLs

    if _TYPE_CHECKING:
        def __init__(self, *, inputs: _flyteidl_admin_common_pb2.UrlBlob | _Mapping[str, _Any] | None = ..., outputs: _flyteidl_admin_common_pb2.UrlBlob | _Mapping[str, _Any] | None = ..., full_inputs: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., full_outputs: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., flyte_urls: _flyteidl_admin_common_pb2.FlyteURLs | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/admin/task_execution.proto",
    _SHA256,
    {
        "flyteidl.admin.TaskExecutionGetRequest": TaskExecutionGetRequest,
        "flyteidl.admin.TaskExecutionListRequest": TaskExecutionListRequest,
        "flyteidl.admin.TaskExecution": TaskExecution,
        "flyteidl.admin.TaskExecutionList": TaskExecutionList,
        "flyteidl.admin.TaskExecutionClosure": TaskExecutionClosure,
        "flyteidl.admin.Reason": Reason,
        "flyteidl.admin.TaskExecutionGetDataRequest": TaskExecutionGetDataRequest,
        "flyteidl.admin.TaskExecutionGetDataResponse": TaskExecutionGetDataResponse,
    },
)
