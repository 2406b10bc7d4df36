"""Generated from flyteidl/event/event.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import compiler_pb2 as _flyteidl_core_compiler_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import execution_pb2 as _flyteidl_core_execution_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import identifier_pb2 as _flyteidl_core_identifier_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import catalog_pb2 as _flyteidl_core_catalog_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import timestamp_pb2 as _google_protobuf_timestamp_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import struct_pb2 as _google_protobuf_struct_pb2  # noqa: F401


class WorkflowExecutionEvent(_Message):
    __slots__ = ("execution_id", "producer_id", "phase", "occurred_at", "output_uri", "error", "output_data")

    EXECUTION_ID_FIELD_NUMBER = 1
    PRODUCER_ID_FIELD_NUMBER = 2
    PHASE_FIELD_NUMBER = 3
    OCCURRED_AT_FIELD_NUMBER = 4
    OUTPUT_URI_FIELD_NUMBER = 5
    ERROR_FIELD_NUMBER = 6
    OUTPUT_DATA_FIELD_NUMBER = 7

    execution_id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier
    producer_id: str
    phase: int
    occurred_at: _google_protobuf_timestamp_pb2.Timestamp
    output_uri: str
    error: _flyteidl_core_execution_pb2.ExecutionError
    output_data: _flyteidl_core_literals_pb2.LiteralMap

    if _TYPE_CHECKING:
        def __init__(self, *, execution_id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ..., producer_id: str | None = ..., phase: int | str | None = ..., occurred_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., output_uri: str | None = ..., error: _flyteidl_core_execution_pb2.ExecutionError | _Mapping[str, _Any] | None = ..., output_data: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ...) -> None: ...


class NodeExecutionEvent(_Message):
    __slots__ = ("id", "producer_id", "phase", "occurred_at", "input_uri", "input_data", "output_uri", "error", "output_data", "workflow_node_metadata", "task_node_metadata", "parent_task_metadata", "parent_node_metadata", "retry_group", "spec_node_id", "node_name", "event_version", "is_parent", "is_dynamic", "deck_uri", "reported_at", "is_array", "target_entity", "is_in_dynamic_chain", "is_eager")

    ID_FIELD_NUMBER = 1
    PRODUCER_ID_FIELD_NUMBER = 2
    PHASE_FIELD_NUMBER = 3
    OCCURRED_AT_FIELD_NUMBER = 4
    INPUT_URI_FIELD_NUMBER = 5
    INPUT_DATA_FIELD_NUMBER = 20
    OUTPUT_URI_FIELD_NUMBER = 6
    ERROR_FIELD_NUMBER = 7
    OUTPUT_DATA_FIELD_NUMBER = 15
    WORKFLOW_NODE_METADATA_FIELD_NUMBER = 8
    TASK_NODE_METADATA_FIELD_NUMBER = 14
    PARENT_TASK_METADATA_FIELD_NUMBER = 9
    PARENT_NODE_METADATA_FIELD_NUMBER = 10
    RETRY_GROUP_FIELD_NUMBER = 11
    SPEC_NODE_ID_FIELD_NUMBER = 12
    NODE_NAME_FIELD_NUMBER = 13
    EVENT_VERSION_FIELD_NUMBER = 16
    IS_PARENT_FIELD_NUMBER = 17
    IS_DYNAMIC_FIELD_NUMBER = 18
    DECK_URI_FIELD_NUMBER = 19
    REPORTED_AT_FIELD_NUMBER = 21
    IS_ARRAY_FIELD_NUMBER = 22
    TARGET_ENTITY_FIELD_NUMBER = 23
    IS_IN_DYNAMIC_CHAIN_FIELD_NUMBER = 24
    IS_EAGER_FIELD_NUMBER = 25

    id: _flyteidl_core_identifier_pb2.NodeExecutionIdentifier
    producer_id: str
    phase: int
    occurred_at: _google_protobuf_timestamp_pb2.Timestamp
    input_uri: str
    input_data: _flyteidl_core_literals_pb2.LiteralMap
    output_uri: str
    error: _flyteidl_core_execution_pb2.ExecutionError
    output_data: _flyteidl_core_literals_pb2.LiteralMap
    workflow_node_metadata: WorkflowNodeMetadata
    task_node_metadata: TaskNodeMetadata
    parent_task_metadata: ParentTaskExecutionMetadata
    parent_node_metadata: ParentNodeExecutionMetadata
    retry_group: str
    spec_node_id: str
    node_name: str
    event_version: int
    is_parent: bool
    is_dynamic: bool
    deck_uri: str
    reported_at: _google_protobuf_timestamp_pb2.Timestamp
    is_array: bool
    target_entity: _flyteidl_core_identifier_pb2.Identifier
    is_in_dynamic_chain: bool
    is_eager: bool

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.NodeExecutionIdentifier | _Mapping[str, _Any] | None = ..., producer_id: str | None = ..., phase: int | str | None = ..., occurred_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., input_uri: str | None = ..., input_data: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., output_uri: str | None = ..., error: _flyteidl_core_execution_pb2.ExecutionError | _Mapping[str, _Any] | None = ..., output_data: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., workflow_node_metadata: WorkflowNodeMetadata | _Mapping[str, _Any] | None = ..., task_node_metadata: TaskNodeMetadata | _Mapping[str, _Any] | None = ..., parent_task_metadata: ParentTaskExecutionMetadata | _Mapping[str, _Any] | None = ..., parent_node_metadata: ParentNodeExecutionMetadata | _Mapping[str, _Any] | None = ..., retry_group: str | None = ..., spec_node_id: str | None = ..., node_name: str | None = ..., event_version: int | None = ..., is_parent: bool | None = ..., is_dynamic: bool | None = ..., deck_uri: str | None = ..., reported_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., is_array: bool | None = ..., target_entity: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., is_in_dynamic_chain: bool | None = ..., is_eager: bool | None = ...) -> None: ...


class WorkflowNodeMetadata(_Message):
    __slots__ = ("execution_id",)

    EXECUTION_ID_FIELD_NUMBER = 1

    execution_id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier

    if _TYPE_CHECKING:
        def __init__(self, *, execution_id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ...) -> None: ...


class TaskNodeMetadata(_Message):
    __slots__ = ("cache_status", "catalog_key", "reservation_status", "checkpoint_uri", "dynamic_workflow")

    CACHE_STATUS_FIELD_NUMBER = 1
    CATALOG_KEY_FIELD_NUMBER = 2
    RESERVATION_STATUS_FIELD_NUMBER = 3
    CHECKPOINT_URI_FIELD_NUMBER = 4
    DYNAMIC_WORKFLOW_FIELD_NUMBER = 16

    cache_status: int
    catalog_key: _flyteidl_core_catalog_pb2.CatalogMetadata
    reservation_status: int
    checkpoint_uri: str
    dynamic_workflow: DynamicWorkflowNodeMetadata

    if _TYPE_CHECKING:
        def __init__(self, *, cache_status: int | str | None = ..., catalog_key: _flyteidl_core_catalog_pb2.CatalogMetadata | _Mapping[str, _Any] | None = ..., reservation_status: int | str | None = ..., checkpoint_uri: str | None = ..., dynamic_workflow: DynamicWorkflowNodeMetadata | _Mapping[str, _Any] | None = ...) -> None: ...


class DynamicWorkflowNodeMetadata(_Message):
    __slots__ = ("id", "compiled_workflow", "dynamic_job_spec_uri")

    ID_FIELD_NUMBER = 1
    COMPILED_WORKFLOW_FIELD_NUMBER = 2
    DYNAMIC_JOB_SPEC_URI_FIELD_NUMBER = 3

    id: _flyteidl_core_identifier_pb2.Identifier
    compiled_workflow: _flyteidl_core_compiler_pb2.CompiledWorkflowClosure
    dynamic_job_spec_uri: str

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., compiled_workflow: _flyteidl_core_compiler_pb2.CompiledWorkflowClosure | _Mapping[str, _Any] | None = ..., dynamic_job_spec_uri: str | None = ...) -> None: ...


class ParentTaskExecutionMetadata(_Message):
    __slots__ = ("id",)

    ID_FIELD_NUMBER = 1

    id: _flyteidl_core_identifier_pb2.TaskExecutionIdentifier

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.TaskExecutionIdentifier | _Mapping[str, _Any] | None = ...) -> None: ...


class ParentNodeExecutionMetadata(_Message):
    __slots__ = ("node_id",)

    NODE_ID_FIELD_NUMBER = 1

    node_id: str

    if _TYPE_CHECKING:
        def __init__(self, *, node_id: str | None = ...) -> None: ...


class EventReason(_Message):
    __slots__ = ("reason", "occurred_at")

    REASON_FIELD_NUMBER = 1
    OCCURRED_AT_FIELD_NUMBER = 2

    reason: str
    occurred_at: _google_protobuf_timestamp_pb2.Timestamp

    if _TYPE_CHECKING:
        def __init__(self, *, reason: str | None = ..., occurred_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ...) -> None: ...


class TaskExecutionEvent(_Message):
    __slots__ = ("task_id", "parent_node_execution_id", "retry_attempt", "phase", "producer_id", "logs", "occurred_at", "input_uri", "input_data", "output_uri", "error", "output_data", "custom_info", "phase_version", "reason", "reasons", "task_type", "metadata", "event_version", "reported_at", "log_context")

    TASK_ID_FIELD_NUMBER = 1
    PARENT_NODE_EXECUTION_ID_FIELD_NUMBER = 2
    RETRY_ATTEMPT_FIELD_NUMBER = 3
    PHASE_FIELD_NUMBER = 4
    PRODUCER_ID_FIELD_NUMBER = 5
    LOGS_FIELD_NUMBER = 6
    OCCURRED_AT_FIELD_NUMBER = 7
    INPUT_URI_FIELD_NUMBER = 8
    INPUT_DATA_FIELD_NUMBER = 19
    OUTPUT_URI_FIELD_NUMBER = 9
    ERROR_FIELD_NUMBER = 10
    OUTPUT_DATA_FIELD_NUMBER = 17
    CUSTOM_INFO_FIELD_NUMBER = 11
    PHASE_VERSION_FIELD_NUMBER = 12
    REASON_FIELD_NUMBER = 13
    REASONS_FIELD_NUMBER = 21
    TASK_TYPE_FIELD_NUMBER = 14
    METADATA_FIELD_NUMBER = 16
    EVENT_VERSION_FIELD_NUMBER = 18
    REPORTED_AT_FIELD_NUMBER = 20
    LOG_CONTEXT_FIELD_NUMBER = 22

    task_id: _flyteidl_core_identifier_pb2.Identifier
    parent_node_execution_id: _flyteidl_core_identifier_pb2.NodeExecutionIdentifier
    retry_attempt: int
    phase: int
    producer_id: str
    logs: _RepeatedCompositeFieldContainer[_flyteidl_core_execution_pb2.TaskLog]
    occurred_at: _google_protobuf_timestamp_pb2.Timestamp
    input_uri: str
    input_data: _flyteidl_core_literals_pb2.LiteralMap
    output_uri: str
    error: _flyteidl_core_execution_pb2.ExecutionError
    output_data: _flyteidl_core_literals_pb2.LiteralMap
    custom_info: _google_protobuf_struct_pb2.Struct
    phase_version: int
    reason: str
    reasons: _RepeatedCompositeFieldContainer[EventReason]
    task_type: str
    metadata: TaskExecutionMetadata
    event_version: int
    reported_at: _google_protobuf_timestamp_pb2.Timestamp
    log_context: _flyteidl_core_execution_pb2.LogContext

    if _TYPE_CHECKING:
        def __init__(self, *, task_id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., parent_node_execution_id: _flyteidl_core_identifier_pb2.NodeExecutionIdentifier | _Mapping[str, _Any] | None = ..., retry_attempt: int | None = ..., phase: int | str | None = ..., producer_id: str | None = ..., logs: _Iterable[_flyteidl_core_execution_pb2.TaskLog | _Mapping[str, _Any]] | None = ..., occurred_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., input_uri: str | None = ..., input_data: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., output_uri: str | None = ..., error: _flyteidl_core_execution_pb2.ExecutionError | _Mapping[str, _Any] | None = ..., output_data: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., custom_info: _google_protobuf_struct_pb2.Struct | _Mapping[str, _Any] | None = ..., phase_version: int | None = ..., reason: str | None = ..., reasons: _Iterable[EventReason | _Mapping[str, _Any]] | None = ..., task_type: str | None = ..., metadata: TaskExecutionMetadata | _Mapping[str, _Any] | None = ..., event_version: int | None = ..., reported_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., log_context: _flyteidl_core_execution_pb2.LogContext | _Mapping[str, _Any] | None = ...) -> None: ...


class ExternalResourceInfo(_Message):
    __slots__ = ("external_id", "index", "retry_attempt", "phase", "cache_status", "logs", "workflow_node_metadata", "custom_info", "log_context")

    EXTERNAL_ID_FIELD_NUMBER = 1
    INDEX_FIELD_NUMBER = 2
    RETRY_ATTEMPT_FIELD_NUMBER = 3
    PHASE_FIELD_NUMBER = 4
    CACHE_STATUS_FIELD_NUMBER = 5
    LOGS_FIELD_NUMBER = 6
    WORKFLOW_NODE_METADATA_FIELD_NUMBER = 7
    CUSTOM_INFO_FIELD_NUMBER = 8
    LOG_CONTEXT_FIELD_NUMBER = 9

    external_id: str
    index: int
    retry_attempt: int
    phase: int
    cache_status: int
    logs: _RepeatedCompositeFieldContainer[_flyteidl_core_execution_pb2.TaskLog]
    workflow_node_metadata: WorkflowNodeMetadata
    custom_info: _google_protobuf_struct_pb2.Struct
    log_context: _flyteidl_core_execution_pb2.LogContext

    if _TYPE_CHECKING:
        def __init__(self, *, external_id: str | None = ..., index: int | None = ..., retry_attempt: int | None = ..., phase: int | str | None = ..., cache_status: int | str | None = ..., logs: _Iterable[_flyteidl_core_execution_pb2.TaskLog | _Mapping[str, _Any]] | None = ..., workflow_node_metadata: WorkflowNodeMetadata | _Mapping[str, _Any] | None = ..., custom_info: _google_protobuf_struct_pb2.Struct | _Mapping[str, _Any] | None = ..., log_context: _flyteidl_core_execution_pb2.LogContext | _Mapping[str, _Any] | None = ...) -> None: ...


class ResourcePoolInfo(_Message):
    __slots__ = ("allocation_token", "namespace")

    ALLOCATION_TOKEN_FIELD_NUMBER = 1
    NAMESPACE_FIELD_NUMBER = 2

    allocation_token: str
    namespace: str

    if _TYPE_CHECKING:
        def __init__(self, *, allocation_token: str | None = ..., namespace: str | None = ...) -> None: ...


class TaskExecutionMetadata(_Message):
    __slots__ = ("generated_name", "external_resources", "resource_pool_info", "plugin_identifier", "instance_class")

    class InstanceClass(_Enum):
        DEFAULT = 0
        INTERRUPTIBLE = 1

    DEFAULT = InstanceClass.DEFAULT
    INTERRUPTIBLE = InstanceClass.INTERRUPTIBLE

    GENERATED_NAME_FIELD_NUMBER = 1
    EXTERNAL_RESOURCES_FIELD_NUMBER = 2
    RESOURCE_POOL_INFO_FIELD_NUMBER = 3
    PLUGIN_IDENTIFIER_FIELD_NUMBER = 4
    INSTANCE_CLASS_FIELD_NUMBER = 16

    generated_name: str
    external_resources: _RepeatedCompositeFieldContainer[ExternalResourceInfo]
    resource_pool_info: _RepeatedCompositeFieldContainer[ResourcePoolInfo]
    plugin_identifier: str
    instance_class: int

    if _TYPE_CHECKING:
        def __init__(self, *, generated_name: str | None = ..., external_resources: _Iterable[ExternalResourceInfo | _Mapping[str, _Any]] | None = ..., resource_pool_info: _Iterable[ResourcePoolInfo | _Mapping[str, _Any]] | None = ..., plugin_identifier: str | None = ..., instance_class: int | str | None = ...) -> None: ...


_register_file(
    "flyteidl/event/event.proto",
    _SHA256,
    {
        "flyteidl.event.WorkflowExecutionEvent": WorkflowExecutionEvent,
        "flyteidl.event.NodeExecutionEvent": NodeExecutionEvent,
        "flyteidl.event.WorkflowNodeMetadata": WorkflowNodeMetadata,
        "flyteidl.event.TaskNodeMetadata": TaskNodeMetadata,
        "flyteidl.event.DynamicWorkflowNodeMetadata": DynamicWorkflowNodeMetadata,
        "flyteidl.event.ParentTaskExecutionMetadata": ParentTaskExecutionMetadata,
        "flyteidl.event.ParentNodeExecutionMetadata": ParentNodeExecutionMetadata,
        "flyteidl.event.EventReason": EventReason,
        "flyteidl.event.TaskExecutionEvent": TaskExecutionEvent,
        "flyteidl.event.ExternalResourceInfo": ExternalResourceInfo,
        "flyteidl.event.ResourcePoolInfo": ResourcePoolInfo,
        "flyteidl.event.TaskExecutionMetadata.InstanceClass": TaskExecutionMetadata.InstanceClass,
        "flyteidl.event.TaskExecutionMetadata": TaskExecutionMetadata,
    },
)
