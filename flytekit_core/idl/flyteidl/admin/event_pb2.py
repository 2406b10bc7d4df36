"""Generated from flyteidl/admin/event.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class EventErrorAlreadyInTerminalState(_Message):
    __slots__ = ("current_phase",)

    CURRENT_PHASE_FIELD_NUMBER = 1

    current_phase: str

    if _TYPE_CHECKING:
        def __init__(self, *, current_phase: str | None = ...) -> None: ...


class EventErrorIncompatibleCluster(_Message):
    __slots__ = ("cluster",)

    CLUSTER_FIELD_NUMBER = 1

    cluster: str

    if _TYPE_CHECKING:
        def __init__(self, *, cluster: str | None = ...) -> None: ...


class EventFailureReason(_Message):
    __slots__ = ("already_in_terminal_state", "incompatible_cluster")

    ALREADY_IN_TERMINAL_STATE_FIELD_NUMBER = 1
    INCOMPATIBLE_CLUSTER_FIELD_NUMBER = 2

    already_in_terminal_state: EventErrorAlreadyInTerminalState
    incompatible_cluster: EventErrorIncompatibleCluster

    if _TYPE_CHECKING:
        def __init__(self, *, already_in_terminal_state: EventErrorAlreadyInTerminalState | _Mapping[str, _Any] | None = ..., incompatible_cluster: EventErrorIncompatibleCluster | _Mapping[str, _Any] | None = ...) -> None: ...


class WorkflowExecutionEventRequest(_Message):
    __slots__ = ("request_id", "event")

    REQUEST_ID_FIELD_NUMBER = 1
    EVENT_FIELD_NUMBER = 2

    request_id: str
    event: _flyteidl_event_event_pb2.WorkflowExecutionEvent

    if _TYPE_CHECKING:
        def __init__(self, *, request_id: str | None = ..., event: _flyteidl_event_event_pb2.WorkflowExecutionEvent | _Mapping[str, _Any] | None = ...) -> None: ...


class WorkflowExecutionEventResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class NodeExecutionEventRequest(_Message):
    __slots__ = ("request_id", "event")

    REQUEST_ID_FIELD_NUMBER = 1
    EVENT_FIELD_NUMBER = 2

    request_id: str
    event: _flyteidl_event_event_pb2.NodeExecutionEvent

    if _TYPE_CHECKING:
        def __init__(self, *, request_id: str | None = ..., event: _flyteidl_event_event_pb2.NodeExecutionEvent | _Mapping[str, _Any] | None = ...) -> None: ...


class NodeExecutionEventResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class TaskExecutionEventRequest(_Message):
    __slots__ = ("request_id", "event")

    REQUEST_ID_FIELD_NUMBER = 1
    EVENT_FIELD_NUMBER = 2

    request_id: str
    event: _flyteidl_event_event_pb2.TaskExecutionEvent

    if _TYPE_CHECKING:
        def __init__(self, *, request_id: str | None = ..., event: _flyteidl_event_event_pb2.TaskExecutionEvent | _Mapping[str, _Any] | None = ...) -> None: ...


class TaskExecutionEventResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


_register_file(
    "flyteidl/admin/event.proto",
    _SHA256,
    {
        "flyteidl.admin.EventErrorAlreadyInTerminalState": EventErrorAlreadyInTerminalState,
        "flyteidl.admin.EventErrorIncompatibleCluster": EventErrorIncompatibleCluster,
        "flyteidl.admin.EventFailureReason": EventFailureReason,
        "flyteidl.admin.WorkflowExecutionEventRequest": WorkflowExecutionEventRequest,
        "flyteidl.admin.WorkflowExecutionEventResponse": WorkflowExecutionEventResponse,
        "flyteidl.admin.NodeExecutionEventRequest": NodeExecutionEventRequest,
        "flyteidl.admin.NodeExecutionEventResponse": NodeExecutionEventResponse,
        "flyteidl.admin.TaskExecutionEventRequest": TaskExecutionEventRequest,
        "flyteidl.admin.TaskExecutionEventResponse": TaskExecutionEventResponse,
    },
)
