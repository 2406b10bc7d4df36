"""Generated from flyteidl/admin/agent.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import literals_pb2 as _flyteidl_core_literals_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import tasks_pb2 as _flyteidl_core_tasks_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import workflow_pb2 as _flyteidl_core_workflow_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import identifier_pb2 as _flyteidl_core_identifier_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import execution_pb2 as _flyteidl_core_execution_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import metrics_pb2 as _flyteidl_core_metrics_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import security_pb2 as _flyteidl_core_security_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import duration_pb2 as _google_protobuf_duration_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import timestamp_pb2 as _google_protobuf_timestamp_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import struct_pb2 as _google_protobuf_struct_pb2  # noqa: F401


class State(_Enum):
    RETRYABLE_FAILURE = 0
    PERMANENT_FAILURE = 1
    PENDING = 2
    RUNNING = 3
    SUCCEEDED = 4

RETRYABLE_FAILURE = State.RETRYABLE_FAILURE
PERMANENT_FAILURE = State.PERMANENT_FAILURE
PENDING = State.PENDING
RUNNING = State.RUNNING
SUCCEEDED = State.SUCCEEDED

class LogLineOriginator(_Enum):
    UNKNOWN = 0
    USER = 1
    SYSTEM = 2

UNKNOWN = LogLineOriginator.UNKNOWN
USER = LogLineOriginator.USER
SYSTEM = LogLineOriginator.SYSTEM

class TaskExecutionMetadata(_Message):
    __slots__ = ("task_execution_id", "namespace", "labels", "annotations", "k8s_service_account", "environment_variables", "max_attempts", "interruptible", "interruptible_failure_threshold", "overrides", "identity")

    class LabelsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    class AnnotationsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    class EnvironmentVariablesEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    TASK_EXECUTION_ID_FIELD_NUMBER = 1
    NAMESPACE_FIELD_NUMBER = 2
    LABELS_FIELD_NUMBER = 3
    ANNOTATIONS_FIELD_NUMBER = 4
    K8S_SERVICE_ACCOUNT_FIELD_NUMBER = 5
    ENVIRONMENT_VARIABLES_FIELD_NUMBER = 6
    MAX_ATTEMPTS_FIELD_NUMBER = 7
    INTERRUPTIBLE_FIELD_NUMBER = 8
    INTERRUPTIBLE_FAILURE_THRESHOLD_FIELD_NUMBER = 9
    OVERRIDES_FIELD_NUMBER = 10
    IDENTITY_FIELD_NUMBER = 11

    task_execution_id: _flyteidl_core_identifier_pb2.TaskExecutionIdentifier
    namespace: str
    labels: _ScalarMap[str, str]
    annotations: _ScalarMap[str, str]
    k8s_service_account: str
    environment_variables: _ScalarMap[str, str]
    max_attempts: int
    interruptible: bool
    interruptible_failure_threshold: int
    overrides: _flyteidl_core_workflow_pb2.TaskNodeOverrides
    identity: _flyteidl_core_security_pb2.Identity

    if _TYPE_CHECKING:
        def __init__(self, *, task_execution_id: _flyteidl_core_identifier_pb2.TaskExecutionIdentifier | _Mapping[str, _Any] | None = ..., namespace: str | None = ..., labels: _Mapping[str, str] | None = ..., annotations: _Mapping[str, str] | None = ..., k8s_service_account: str | None = ..., environment_variables: _Mapping[str, str] | None = ..., max_attempts: int | None = ..., interruptible: bool | None = ..., interruptible_failure_threshold: int | None = ..., overrides: _flyteidl_core_workflow_pb2.TaskNodeOverrides | _Mapping[str, _Any] | None = ..., identity: _flyteidl_core_security_pb2.Identity | _Mapping[str, _Any] | None = ...) -> None: ...


class CreateTaskRequest(_Message):
    __slots__ = ("inputs", "template", "output_prefix", "task_execution_metadata")

    INPUTS_FIELD_NUMBER = 1
    TEMPLATE_FIELD_NUMBER = 2
    OUTPUT_PREFIX_FIELD_NUMBER = 3
    TASK_EXECUTION_METADATA_FIELD_NUMBER = 4

    inputs: _flyteidl_core_literals_pb2.LiteralMap
    template: _flyteidl_core_tasks_pb2.TaskTemplate
    output_prefix: str
    task_execution_metadata: TaskExecutionMetadata

    if _TYPE_CHECKING:
        def __init__(self, *, inputs: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., template: _flyteidl_core_tasks_pb2.TaskTemplate | _Mapping[str, _Any] | None = ..., output_prefix: str | None = ..., task_execution_metadata: TaskExecutionMetadata | _Mapping[str, _Any] | None = ...) -> None: ...


class CreateTaskResponse(_Message):
    __slots__ = ("resource_meta",)

    RESOURCE_META_FIELD_NUMBER = 1

    resource_meta: bytes

    if _TYPE_CHECKING:
        def __init__(self, *, resource_meta: bytes | None = ...) -> None: ...


class CreateRequestHeader(_Message):
    __slots__ = ("template", "output_prefix", "task_execution_metadata", "max_dataset_size_bytes")

    TEMPLATE_FIELD_NUMBER = 1
    OUTPUT_PREFIX_FIELD_NUMBER = 2
    TASK_EXECUTION_METADATA_FIELD_NUMBER = 3
    MAX_DATASET_SIZE_BYTES_FIELD_NUMBER = 4

    template: _flyteidl_core_tasks_pb2.TaskTemplate
    output_prefix: str
    task_execution_metadata: TaskExecutionMetadata
    max_dataset_size_bytes: int

    if _TYPE_CHECKING:
        def __init__(self, *, template: _flyteidl_core_tasks_pb2.TaskTemplate | _Mapping[str, _Any] | None = ..., output_prefix: str | None = ..., task_execution_metadata: TaskExecutionMetadata | _Mapping[str, _Any] | None = ..., max_dataset_size_bytes: int | None = ...) -> None: ...


class ExecuteTaskSyncRequest(_Message):
    __slots__ = ("header", "inputs")

    HEADER_FIELD_NUMBER = 1
    INPUTS_FIELD_NUMBER = 2

    header: CreateRequestHeader
    inputs: _flyteidl_core_literals_pb2.LiteralMap

    if _TYPE_CHECKING:
        def __init__(self, *, header: CreateRequestHeader | _Mapping[str, _Any] | None = ..., inputs: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ...) -> None: ...


class ExecuteTaskSyncResponseHeader(_Message):
    __slots__ = ("resource",)

    RESOURCE_FIELD_NUMBER = 1

    resource: Resource

    if _TYPE_CHECKING:
        def __init__(self, *, resource: Resource | _Mapping[str, _Any] | None = ...) -> None: ...


class ExecuteTaskSyncResponse(_Message):
    __slots__ = ("header", "outputs")

    HEADER_FIELD_NUMBER = 1
    OUTPUTS_FIELD_NUMBER = 2

    header: ExecuteTaskSyncResponseHeader
    outputs: _flyteidl_core_literals_pb2.LiteralMap

    if _TYPE_CHECKING:
        def __init__(self, *, header: ExecuteTaskSyncResponseHeader | _Mapping[str, _Any] | None = ..., outputs: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ...) -> None: ...


class GetTaskRequest(_Message):
    __slots__ = ("task_type", "resource_meta", "task_category", "output_prefix")

    TASK_TYPE_FIELD_NUMBER = 1
    RESOURCE_META_FIELD_NUMBER = 2
    TASK_CATEGORY_FIELD_NUMBER = 3
    OUTPUT_PREFIX_FIELD_NUMBER = 4

    task_type: str
    resource_meta: bytes
    task_category: TaskCategory
    output_prefix: str

    if _TYPE_CHECKING:
        def __init__(self, *, task_type: str | None = ..., resource_meta: bytes | None = ..., task_category: TaskCategory | _Mapping[str, _Any] | None = ..., output_prefix: str | None = ...) -> None: ...


class GetTaskResponse(_Message):
    __slots__ = ("resource",)

    RESOURCE_FIELD_NUMBER = 1

    resource: Resource

    if _TYPE_CHECKING:
        def __init__(self, *, resource: Resource | _Mapping[str, _Any] | None = ...) -> None: ...


class Resource(_Message):
    __slots__ = ("state", "outputs", "message", "log_links", "phase", "custom_info", "agent_error")

    STATE_FIELD_NUMBER = 1
    OUTPUTS_FIELD_NUMBER = 2
    MESSAGE_FIELD_NUMBER = 3
    LOG_LINKS_FIELD_NUMBER = 4
    PHASE_FIELD_NUMBER = 5
    CUSTOM_INFO_FIELD_NUMBER = 6
    AGENT_ERROR_FIELD_NUMBER = 7

    state: int
    outputs: _flyteidl_core_literals_pb2.LiteralMap
    message: str
    log_links: _RepeatedCompositeFieldContainer[_flyteidl_core_execution_pb2.TaskLog]
    phase: int
    custom_info: _google_protobuf_struct_pb2.Struct
    agent_error: AgentError

    if _TYPE_CHECKING:
        def __init__(self, *, state: int | str | None = ..., outputs: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., message: str | None = ..., log_links: _Iterable[_flyteidl_core_execution_pb2.TaskLog | _Mapping[str, _Any]] | None = ..., phase: int | str | None = ..., custom_info: _google_protobuf_struct_pb2.Struct | _Mapping[str, _Any] | None = ..., agent_error: AgentError | _Mapping[str, _Any] | None = ...) -> None: ...


class DeleteTaskRequest(_Message):
    __slots__ = ("task_type", "resource_meta", "task_category")

    TASK_TYPE_FIELD_NUMBER = 1
    RESOURCE_META_FIELD_NUMBER = 2
    TASK_CATEGORY_FIELD_NUMBER = 3

    task_type: str
    resource_meta: bytes
    task_category: TaskCategory

    if _TYPE_CHECKING:
        def __init__(self, *, task_type: str | None = ..., resource_meta: bytes | None = ..., task_category: TaskCategory | _Mapping[str, _Any] | None = ...) -> None: ...


class DeleteTaskResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class Agent(_Message):
    __slots__ = ("name", "supported_task_types", "is_sync", "supported_task_categories")

    NAME_FIELD_NUMBER = 1
    SUPPORTED_TASK_TYPES_FIELD_NUMBER = 2
    IS_SYNC_FIELD_NUMBER = 3
    SUPPORTED_TASK_CATEGORIES_FIELD_NUMBER = 4

    name: str
    supported_task_types: _RepeatedScalarFieldContainer[str]
    is_sync: bool
    supported_task_categories: _RepeatedCompositeFieldContainer[TaskCategory]

    if _TYPE_CHECKING:
        def __init__(self, *, name: str | None = ..., supported_task_types: _Iterable[str] | None = ..., is_sync: bool | None = ..., supported_task_categories: _Iterable[TaskCategory | _Mapping[str, _Any]] | None = ...) -> None: ...


class TaskCategory(_Message):
    __slots__ = ("name", "version")

    NAME_FIELD_NUMBER = 1
    VERSION_FIELD_NUMBER = 2

    name: str
    version: int

    if _TYPE_CHECKING:
        def __init__(self, *, name: str | None = ..., version: int | None = ...) -> None: ...


class GetAgentRequest(_Message):
    __slots__ = ("name",)

    NAME_FIELD_NUMBER = 1

    name: str

    if _TYPE_CHECKING:
        def __init__(self, *, name: str | None = ...) -> None: ...


class GetAgentResponse(_Message):
    __slots__ = ("agent",)

    AGENT_FIELD_NUMBER = 1

    agent: Agent

    if _TYPE_CHECKING:
        def __init__(self, *, agent: Agent | _Mapping[str, _Any] | None = ...) -> None: ...


class ListAgentsRequest(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class ListAgentsResponse(_Message):
    __slots__ = ("agents",)

    AGENTS_FIELD_NUMBER = 1

    agents: _RepeatedCompositeFieldContainer[Agent]

    if _TYPE_CHECKING:
        def __init__(self, *, agents: _Iterable[Agent | _Mapping[str, _Any]] | None = ...) -> None: ...


class GetTaskMetricsRequest(_Message):
    __slots__ = ("task_type", "resource_meta", "queries", "start_time", "end_time", "step", "task_category")

    TASK_TYPE_FIELD_NUMBER = 1
    RESOURCE_META_FIELD_NUMBER = 2
    QUERIES_FIELD_NUMBER = 3
    START_TIME_FIELD_NUMBER = 4
    END_TIME_FIELD_NUMBER = 5
    STEP_FIELD_NUMBER = 6
    TASK_CATEGORY_FIELD_NUMBER = 7

    task_type: str
    resource_meta: bytes
    queries: _RepeatedScalarFieldContainer[str]
    start_time: _google_protobuf_timestamp_pb2.Timestamp
    end_time: _google_protobuf_timestamp_pb2.Timestamp
    step: _google_protobuf_duration_pb2.Duration
    task_category: TaskCategory

    if _TYPE_CHECKING:
        def __init__(self, *, task_type: str | None = ..., resource_meta: bytes | None = ..., queries: _Iterable[str] | None = ..., start_time: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., end_time: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., step: _google_protobuf_duration_pb2.Duration | _Mapping[str, _Any] | None = ..., task_category: TaskCategory | _Mapping[str, _Any] | None = ...) -> None: ...


class GetTaskMetricsResponse(_Message):
    __slots__ = ("results",)

    RESULTS_FIELD_NUMBER = 1

    results: _RepeatedCompositeFieldContainer[_flyteidl_core_metrics_pb2.ExecutionMetricResult]

    if _TYPE_CHECKING:
        def __init__(self, *, results: _Iterable[_flyteidl_core_metrics_pb2.ExecutionMetricResult | _Mapping[str, _Any]] | None = ...) -> None: ...


class GetTaskLogsRequest(_Message):
    __slots__ = ("task_type", "resource_meta", "lines", "token", "task_category")

    TASK_TYPE_FIELD_NUMBER = 1
    RESOURCE_META_FIELD_NUMBER = 2
    LINES_FIELD_NUMBER = 3
    TOKEN_FIELD_NUMBER = 4
    TASK_CATEGORY_FIELD_NUMBER = 5

    task_type: str
    resource_meta: bytes
    lines: int
    token: str
    task_category: TaskCategory

    if _TYPE_CHECKING:
        def __init__(self, *, task_type: str | None = ..., resource_meta: bytes | None = ..., lines: int | None = ..., token: str | None = ..., task_category: TaskCategory | _Mapping[str, _Any] | None = ...) -> None: ...


class GetTaskLogsResponseHeader(_Message):
    __slots__ = ("token",)

    TOKEN_FIELD_NUMBER = 1

    token: str

    if _TYPE_CHECKING:
        def __init__(self, *, token: str | None = ...) -> None: ...


class LogLine(_Message):
    __slots__ = ("timestamp", "message", "originator")

    TIMESTAMP_FIELD_NUMBER = 1
    MESSAGE_FIELD_NUMBER = 2
    ORIGINATOR_FIELD_NUMBER = 3

    timestamp: _google_protobuf_timestamp_pb2.Timestamp
    message: str
    originator: int

    if _TYPE_CHECKING:
        def __init__(self, *, timestamp: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., message: str | None = ..., originator: int | str | None = ...) -> None: ...


class GetTaskLogsResponseBody(_Message):
    __slots__ = ("results", "structured_lines")

    RESULTS_FIELD_NUMBER = 1
    STRUCTURED_LINES_FIELD_NUMBER = 2

    results: _RepeatedScalarFieldContainer[str]
    structured_lines: _RepeatedCompositeFieldContainer[LogLine]

    if _TYPE_CHECKING:
        def __init__(self, *, results: _Iterable[str] | None = ..., structured_lines: _Iterable[LogLine | _Mapping[str, _Any]] | None = ...) -> None: ...


class GetTaskLogsResponse(_Message):
    __slots__ = ("header", "body")

    HEADER_FIELD_NUMBER = 1
    BODY_FIELD_NUMBER = 2

    header: GetTaskLogsResponseHeader
    body: GetTaskLogsResponseBody

    if _TYPE_CHECKING:
        def __init__(self, *, header: GetTaskLogsResponseHeader | _Mapping[str, _Any] | None = ..., body: GetTaskLogsResponseBody | _Mapping[str, _Any] | None = ...) -> None: ...


class AgentError(_Message):
    __slots__ = ("code", "kind", "origin")

    class Kind(_Enum):
        NON_RECOVERABLE = 0
        RECOVERABLE = 1

    NON_RECOVERABLE = Kind.NON_RECOVERABLE
    RECOVERABLE = Kind.RECOVERABLE

    CODE_FIELD_NUMBER = 1
    KIND_FIELD_NUMBER = 3
    ORIGIN_FIELD_NUMBER = 4

    code: str
    kind: int
    origin: int

    if _TYPE_CHECKING:
        def __init__(self, *, code: str | None = ..., kind: int | str | None = ..., origin: int | str | None = ...) -> None: ...


_register_file(
    "flyteidl/admin/agent.proto",
    _SHA256,
    {
        "flyteidl.admin.State": State,
        "flyteidl.admin.LogLineOriginator": LogLineOriginator,
        "flyteidl.admin.TaskExecutionMetadata.LabelsEntry": TaskExecutionMetadata.LabelsEntry,
        "flyteidl.admin.TaskExecutionMetadata.AnnotationsEntry": TaskExecutionMetadata.AnnotationsEntry,
        "flyteidl.admin.TaskExecutionMetadata.EnvironmentVariablesEntry": TaskExecutionMetadata.EnvironmentVariablesEntry,
        "flyteidl.admin.TaskExecutionMetadata": TaskExecutionMetadata,
        "flyteidl.admin.CreateTaskRequest": CreateTaskRequest,
        "flyteidl.admin.CreateTaskResponse": CreateTaskResponse,
        "flyteidl.admin.CreateRequestHeader": CreateRequestHeader,
        "flyteidl.admin.ExecuteTaskSyncRequest": ExecuteTaskSyncRequest,
        "flyteidl.admin.ExecuteTaskSyncResponseHeader": ExecuteTaskSyncResponseHeader,
        "flyteidl.admin.ExecuteTaskSyncResponse": ExecuteTaskSyncResponse,
        "flyteidl.admin.GetTaskRequest": GetTaskRequest,
        "flyteidl.admin.GetTaskResponse": GetTaskResponse,
        "flyteidl.admin.Resource": Resource,
        "flyteidl.admin.DeleteTaskRequest": DeleteTaskRequest,
        "flyteidl.admin.DeleteTaskResponse": DeleteTaskResponse,
        "flyteidl.admin.Agent": Agent,
        "flyteidl.admin.TaskCategory": TaskCategory,
        "flyteidl.admin.GetAgentRequest": GetAgentRequest,
        "flyteidl.admin.GetAgentResponse": GetAgentResponse,
        "flyteidl.admin.ListAgentsRequest": ListAgentsRequest,
        "flyteidl.admin.ListAgentsResponse": ListAgentsResponse,
        "flyteidl.admin.GetTaskMetricsRequest": GetTaskMetricsRequest,
        "flyteidl.admin.GetTaskMetricsResponse": GetTaskMetricsResponse,
        "flyteidl.admin.GetTaskLogsRequest": GetTaskLogsRequest,
        "flyteidl.admin.GetTaskLogsResponseHeader": GetTaskLogsResponseHeader,
        "flyteidl.admin.LogLine": LogLine,
        "flyteidl.admin.GetTaskLogsResponseBody": GetTaskLogsResponseBody,
        "flyteidl.admin.GetTaskLogsResponse": GetTaskLogsResponse,
        "flyteidl.admin.AgentError.Kind": AgentError.Kind,
        "flyteidl.admin.AgentError": AgentError,
    },
)
