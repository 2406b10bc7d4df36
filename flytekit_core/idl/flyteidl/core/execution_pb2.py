"""Generated from flyteidl/core/execution.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.google.protobuf import duration_pb2 as _google_protobuf_duration_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import timestamp_pb2 as _google_protobuf_timestamp_pb2  # noqa: F401


class WorkflowExecution(_Message):
    __slots__ = ()

    class Phase(_Enum):
        UNDEFINED = 0
        QUEUED = 1
        RUNNING = 2
        SUCCEEDING = 3
        SUCCEEDED = 4
        FAILING = 5
        FAILED = 6
        ABORTED = 7
        TIMED_OUT = 8
        ABORTING = 9

    UNDEFINED = Phase.UNDEFINED
    QUEUED = Phase.QUEUED
    RUNNING = Phase.RUNNING
    SUCCEEDING = Phase.SUCCEEDING
    SUCCEEDED = Phase.SUCCEEDED
    FAILING = Phase.FAILING
    FAILED = Phase.FAILED
    ABORTED = Phase.ABORTED
    TIMED_OUT = Phase.TIMED_OUT
    ABORTING = Phase.ABORTING

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class NodeExecution(_Message):
    __slots__ = ()

    class Phase(_Enum):
        UNDEFINED = 0
        QUEUED = 1
        RUNNING = 2
        SUCCEEDED = 3
        FAILING = 4
        FAILED = 5
        ABORTED = 6
        SKIPPED = 7
        TIMED_OUT = 8
        DYNAMIC_RUNNING = 9
        RECOVERED = 10

    UNDEFINED = Phase.UNDEFINED
    QUEUED = Phase.QUEUED
    RUNNING = Phase.RUNNING
    SUCCEEDED = Phase.SUCCEEDED
    FAILING = Phase.FAILING
    FAILED = Phase.FAILED
    ABORTED = Phase.ABORTED
    SKIPPED = Phase.SKIPPED
    TIMED_OUT = Phase.TIMED_OUT
    DYNAMIC_RUNNING = Phase.DYNAMIC_RUNNING
    RECOVERED = Phase.RECOVERED

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class TaskExecution(_Message):
    __slots__ = ()

    class Phase(_Enum):
        UNDEFINED = 0
        QUEUED = 1
        RUNNING = 2
        SUCCEEDED = 3
        ABORTED = 4
        FAILED = 5
        INITIALIZING = 6
        WAITING_FOR_RESOURCES = 7
        RETRYABLE_FAILED = 8

    UNDEFINED = Phase.UNDEFINED
    QUEUED = Phase.QUEUED
    RUNNING = Phase.RUNNING
    SUCCEEDED = Phase.SUCCEEDED
    ABORTED = Phase.ABORTED
    FAILED = Phase.FAILED
    INITIALIZING = Phase.INITIALIZING
    WAITING_FOR_RESOURCES = Phase.WAITING_FOR_RESOURCES
    RETRYABLE_FAILED = Phase.RETRYABLE_FAILED

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class ExecutionError(_Message):
    __slots__ = ("code", "message", "error_uri", "kind", "timestamp", "worker")

    class ErrorKind(_Enum):
        UNKNOWN = 0
        USER = 1
        SYSTEM = 2

    UNKNOWN = ErrorKind.UNKNOWN
    USER = ErrorKind.USER
    SYSTEM = ErrorKind.SYSTEM

    CODE_FIELD_NUMBER = 1
    MESSAGE_FIELD_NUMBER = 2
    ERROR_URI_FIELD_NUMBER = 3
    KIND_FIELD_NUMBER = 4
    TIMESTAMP_FIELD_NUMBER = 5
    WORKER_FIELD_NUMBER = 6

    code: str
    message: str
    error_uri: str
    kind: int
    timestamp: _google_protobuf_timestamp_pb2.Timestamp
    worker: str

    if _TYPE_CHECKING:
        def __init__(self, *, code: str | None = ..., message: str | None = ..., error_uri: str | None = ..., kind: int | str | None = ..., timestamp: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., worker: str | None = ...) -> None: ...


class TaskLog(_Message):
    __slots__ = ("uri", "name", "message_format", "ttl", "ShowWhilePending", "HideOnceFinished")

    class MessageFormat(_Enum):
        UNKNOWN = 0
        CSV = 1
        JSON = 2

    UNKNOWN = MessageFormat.UNKNOWN
    CSV = MessageFormat.CSV
    JSON = MessageFormat.JSON

    URI_FIELD_NUMBER = 1
    NAME_FIELD_NUMBER = 2
    MESSAGE_FORMAT_FIELD_NUMBER = 3
    TTL_FIELD_NUMBER = 4
    SHOWWHILEPENDING_FIELD_NUMBER = 5
    HIDEONCEFINISHED_FIELD_NUMBER = 6

    uri: str
    name: str
    message_format: int
    ttl: _google_protobuf_duration_pb2.Duration
    ShowWhilePending: bool
    HideOnceFinished: bool

    if _TYPE_CHECKING:
        def __init__(self, *, uri: str | None = ..., name: str | None = ..., message_format: int | str | None = ..., ttl: _google_protobuf_duration_pb2.Duration | _Mapping[str, _Any] | None = ..., ShowWhilePending: bool | None = ..., HideOnceFinished: bool | None = ...) -> None: ...


class LogContext(_Message):
    __slots__ = ("pods", "primary_pod_name")

    PODS_FIELD_NUMBER = 1
    PRIMARY_POD_NAME_FIELD_NUMBER = 2

    pods: _RepeatedCompositeFieldContainer[PodLogContext]
    primary_pod_name: str

    if _TYPE_CHECKING:
        def __init__(self, *, pods: _Iterable[PodLogContext | _Mapping[str, _Any]] | None = ..., primary_pod_name: str | None = ...) -> None: ...


class PodLogContext(_Message):
    __slots__ = ("namespace", "pod_name", "containers", "primary_container_name", "init_containers")

    NAMESPACE_FIELD_NUMBER = 1
    POD_NAME_FIELD_NUMBER = 2
    CONTAINERS_FIELD_NUMBER = 3
    PRIMARY_CONTAINER_NAME_FIELD_NUMBER = 4
    INIT_CONTAINERS_FIELD_NUMBER = 5

    namespace: str
    pod_name: str
    containers: _RepeatedCompositeFieldContainer[ContainerContext]
    primary_container_name: str
    init_containers: _RepeatedCompositeFieldContainer[ContainerContext]

    if _TYPE_CHECKING:
        def __init__(self, *, namespace: str | None = ..., pod_name: str | None = ..., containers: _Iterable[ContainerContext | _Mapping[str, _Any]] | None = ..., primary_container_name: str | None = ..., init_containers: _Iterable[ContainerContext | _Mapping[str, _Any]] | None = ...) -> None: ...


class ContainerContext(_Message):
    __slots__ = ("container_name", "process")

    class ProcessContext(_Message):
        __slots__ = ("container_start_time", "container_end_time")

        CONTAINER_START_TIME_FIELD_NUMBER = 1
        CONTAINER_END_TIME_FIELD_NUMBER = 2

        container_start_time: _google_protobuf_timestamp_pb2.Timestamp
        container_end_time: _google_protobuf_timestamp_pb2.Timestamp

        if _TYPE_CHECKING:
            def __init__(self, *, container_start_time: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., container_end_time: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ...) -> None: ...


    CONTAINER_NAME_FIELD_NUMBER = 1
    PROCESS_FIELD_NUMBER = 2

    container_name: str
    process: ContainerContext.ProcessContext

    if _TYPE_CHECKING:
        def __init__(self, *, container_name: str | None = ..., process: ContainerContext.ProcessContext | _Mapping[str, _Any] | None = ...) -> None: ...


class QualityOfServiceSpec(_Message):
    __slots__ = ("queueing_budget",)

    QUEUEING_BUDGET_FIELD_NUMBER = 1

    queueing_budget: _google_protobuf_duration_pb2.Duration

    if _TYPE_CHECKING:
        def __init__(self, *, queueing_budget: _google_protobuf_duration_pb2.Duration | _Mapping[str, _Any] | None = ...) -> None: ...


class QualityOfService(_Message):
    __slots__ = ("tier", "spec")

    class Tier(_Enum):
        UNDEFINED = 0
        HIGH = 1
        MEDIUM = 2
        LOW = 3

    UNDEFINED = Tier.UNDEFINED
    HIGH = Tier.HIGH
    MEDIUM = Tier.MEDIUM
    LOW = Tier.LOW

    TIER_FIELD_NUMBER = 1
    SPEC_FIELD_NUMBER = 2

    tier: int
    spec: QualityOfServiceSpec

    if _TYPE_CHECKING:
        def __init__(self, *, tier: int | str | None = ..., spec: QualityOfServiceSpec | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/core/execution.proto",
    _SHA256,
    {
        "flyteidl.core.WorkflowExecution.Phase": WorkflowExecution.Phase,
        "flyteidl.core.WorkflowExecution": WorkflowExecution,
        "flyteidl.core.NodeExecution.Phase": NodeExecution.Phase,
        "flyteidl.core.NodeExecution": NodeExecution,
        "flyteidl.core.TaskExecution.Phase": TaskExecution.Phase,
        "flyteidl.core.TaskExecution": TaskExecution,
        "flyteidl.core.ExecutionError.ErrorKind": ExecutionError.ErrorKind,
        "flyteidl.core.ExecutionError": ExecutionError,
        "flyteidl.core.TaskLog.MessageFormat": TaskLog.MessageFormat,
        "flyteidl.core.TaskLog": TaskLog,
        "flyteidl.core.LogContext": LogContext,
        "flyteidl.core.PodLogContext": PodLogContext,
        "flyteidl.core.ContainerContext.ProcessContext": ContainerContext.ProcessContext,
        "flyteidl.core.ContainerContext": ContainerContext,
        "flyteidl.core.QualityOfServiceSpec": QualityOfServiceSpec,
        "flyteidl.core.QualityOfService.Tier": QualityOfService.Tier,
        "flyteidl.core.QualityOfService": QualityOfService,
    },
)
