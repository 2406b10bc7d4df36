"""Generated from flyteidl/core/metrics.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import identifier_pb2 as _flyteidl_core_identifier_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import timestamp_pb2 as _google_protobuf_timestamp_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import struct_pb2 as _google_protobuf_struct_pb2  # noqa: F401


class Span(_Message):
    __slots__ = ("start_time", "end_time", "workflow_id", "node_id", "task_id", "operation_id", "spans")

    START_TIME_FIELD_NUMBER = 1
    END_TIME_FIELD_NUMBER = 2
    WORKFLOW_ID_FIELD_NUMBER = 3
    NODE_ID_FIELD_NUMBER = 4
    TASK_ID_FIELD_NUMBER = 5
    OPERATION_ID_FIELD_NUMBER = 6
    SPANS_FIELD_NUMBER = 7

    start_time: _google_protobuf_timestamp_pb2.Timestamp
    end_time: _google_protobuf_timestamp_pb2.Timestamp
    workflow_id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier
    node_id: _flyteidl_core_identifier_pb2.NodeExecutionIdentifier
    task_id: _flyteidl_core_identifier_pb2.TaskExecutionIdentifier
    operation_id: str
    spans: _RepeatedCompositeFieldContainer[Span]

    if _TYPE_CHECKING:
        def __init__(self, *, start_time: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., end_time: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., workflow_id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ..., node_id: _flyteidl_core_identifier_pb2.NodeExecutionIdentifier | _Mapping[str, _Any] | None = ..., task_id: _flyteidl_core_identifier_pb2.TaskExecutionIdentifier | _Mapping[str, _Any] | None = ..., operation_id: str | None = ..., spans: _Iterable[Span | _Mapping[str, _Any]] | None = ...) -> None: ...


class ExecutionMetricResult(_Message):
    __slots__ = ("metric", "data")

    METRIC_FIELD_NUMBER = 1
    DATA_FIELD_NUMBER = 2

    metric: str
    data: _google_protobuf_struct_pb2.Struct

    if _TYPE_CHECKING:
        def __init__(self, *, metric: str | None = ..., data: _google_protobuf_struct_pb2.Struct | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/core/metrics.proto",
    _SHA256,
    {
        "flyteidl.core.Span": Span,
        "flyteidl.core.ExecutionMetricResult": ExecutionMetricResult,
    },
)
