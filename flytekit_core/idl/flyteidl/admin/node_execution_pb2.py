"""Generated from flyteidl/admin/node_execution.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import catalog_pb2 as _flyteidl_core_catalog_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import compiler_pb2 as _flyteidl_core_compiler_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import identifier_pb2 as _flyteidl_core_identifier_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import literals_pb2 as _flyteidl_core_literals_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import timestamp_pb2 as _google_protobuf_timestamp_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import duration_pb2 as _google_protobuf_duration_pb2  # noqa: F401


class NodeExecutionGetRequest(_Message):
    __slots__ = ("id",)

    ID_FIELD_NUMBER = 1

    id: _flyteidl_core_identifier_pb2.NodeExecutionIdentifier

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.NodeExecutionIdentifier | _Mapping[str, _Any] | None = ...) -> None: ...


class NodeExecutionListRequest(_Message):
    __slots__ = ("workflow_execution_id", "limit", "token", "filters", "sort_by", "unique_parent_id")

    WORKFLOW_EXECUTION_ID_FIELD_NUMBER = 1
    LIMIT_FIELD_NUMBER = 2
    TOKEN_FIELD_NUMBER = 3
    FILTERS_FIELD_NUMBER = 4
    SORT_BY_FIELD_NUMBER = 5
    UNIQUE_PARENT_ID_FIELD_NUMBER = 6

    workflow_execution_id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier
    limit: int
    token: str
    filters: str
    sort_by: _flyteidl_admin_common_pb2.Sort
    unique_parent_id: str

    if _TYPE_CHECKING:
        def __init__(self, *, workflow_execution_id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ..., limit: int | None = ..., token: str | None = ..., filters: str | None = ..., sort_by: _flyteidl_admin_common_pb2.Sort | _Mapping[str, _Any] | None = ..., unique_parent_id: str | None = ...) -> None: ...


class NodeExecutionForTaskListRequest(_Message):
    __slots__ = ("task_execution_id", "limit", "token", "filters", "sort_by")

    TASK_EXECUTION_ID_FIELD_NUMBER = 1
    LIMIT_FIELD_NUMBER = 2
    TOKEN_FIELD_NUMBER = 3
    FILTERS_FIELD_NUMBER = 4
    SORT_BY_FIELD_NUMBER = 5

    task_execution_id: _flyteidl_core_identifier_pb2.TaskExecutionIdentifier
    limit: int
    token: str
    filters: str
    sort_by: _flyteidl_admin_common_pb2.Sort

    if _TYPE_CHECKING:
        def __init__(self, *, task_execution_id: _flyteidl_core_identifier_pb2.TaskExecutionIdentifier | _Mapping[str, _Any] | None = ..., limit: int | None = ..., token: str | None = ..., filters: str | None = ..., sort_by: _flyteidl_admin_common_pb2.Sort | _Mapping[str, _Any] | None = ...) -> None: ...


class NodeExecution(_Message):
    __slots__ = ("id", "input_uri", "closure", "metadata")

    ID_FIELD_NUMBER = 1
    INPUT_URI_FIELD_NUMBER = 2
    CLOSURE_FIELD_NUMBER = 3
    METADATA_FIELD_NUMBER = 4

    id: _flyteidl_core_identifier_pb2.NodeExecutionIdentifier
    input_uri: str
    closure: NodeExecutionClosure
    metadata: NodeExecutionMetaData

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.NodeExecutionIdentifier | _Mapping[str, _Any] | None = ..., input_uri: str | None = ..., closure: NodeExecutionClosure | _Mapping[str, _Any] | None = ..., metadata: NodeExecutionMetaData | _Mapping[str, _Any] | None = ...) -> None: ...


class NodeExecutionMetaData(_Message):
    __slots__ = ("retry_group", "is_parent_node", "spec_node_id", "is_dynamic", "is_array", "is_eager")

    RETRY_GROUP_FIELD_NUMBER = 1
    IS_PARENT_NODE_FIELD_NUMBER = 2
    SPEC_NODE_ID_FIELD_NUMBER = 3
    IS_DYNAMIC_FIELD_NUMBER = 4
    IS_ARRAY_FIELD_NUMBER = 5
    IS_EAGER_FIELD_NUMBER = 6

    retry_group: str
    is_parent_node: bool
    spec_node_id: str
    is_dynamic: bool
    is_array: bool
    is_eager: bool

    if _TYPE_CHECKING:
        def __init__(self, *, retry_group: str | None = ..., is_parent_node: bool | None = ..., spec_node_id: str | None = ..., is_dynamic: bool | None = ..., is_array: bool | None = ..., is_eager: bool | None = ...) -> None: ...


class NodeExecutionList(_Message):
    __slots__ = ("node_executions", "token")

    NODE_EXECUTIONS_FIELD_NUMBER = 1
    TOKEN_FIELD_NUMBER = 2

    node_executions: _RepeatedCompositeFieldContainer[NodeExecution]
    token: str

    if _TYPE_CHECKING:
        def __init__(self, *, node_executions: _Iterable[NodeExecution | _Mapping[str, _Any]] | None = ..., token: str | None = ...) -> None: ...


class NodeExecutionClosure(_Message):
    __slots__ = ("output_uri", "error", "output_data", "phase", "started_at", "duration", "created_at", "updated_at", "workflow_node_metadata", "task_node_metadata", "deck_uri", "dynamic_job_spec_uri")

    OUTPUT_URI_FIELD_NUMBER = 1
    ERROR_FIELD_NUMBER = 2
    OUTPUT_DATA_FIELD_NUMBER = 10
    PHASE_FIELD_NUMBER = 3
    STARTED_AT_FIELD_NUMBER = 4
    DURATION_FIELD_NUMBER = 5
    CREATED_AT_FIELD_NUMBER = 6
    UPDATED_AT_FIELD_NUMBER = 7
    WORKFLOW_NODE_METADATA_FIELD_NUMBER = 8
    TASK_NODE_METADATA_FIELD_NUMBER = 9
    DECK_URI_FIELD_NUMBER = 11
    DYNAMIC_JOB_SPEC_URI_FIELD_NUMBER = 12

    output_uri: str
    error: _flyteidl_core_execution_pb2.ExecutionError
    output_data: _flyteidl_core_literals_pb2.LiteralMap
    phase: int
    started_at: _google_protobuf_timestamp_pb2.Timestamp
    duration: _google_protobuf_duration_pb2.Duration
    created_at: _google_protobuf_timestamp_pb2.Timestamp
    updated_at: _google_protobuf_timestamp_pb2.Timestamp
    workflow_node_metadata: WorkflowNodeMetadata
    task_node_metadata: TaskNodeMetadata
    deck_uri: str
    dynamic_job_spec_uri: str

    if _TYPE_CHECKING:
        def __init__(self, *, output_uri: str | None = ..., error: _flyteidl_core_execution_pb2.ExecutionError | _Mapping[str, _Any] | None = ..., output_data: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., phase: int | str | None = ..., started_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., duration: _google_protobuf_duration_pb2.Duration | _Mapping[str, _Any] | None = ..., created_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., updated_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., workflow_node_metadata: WorkflowNodeMetadata | _Mapping[str, _Any] | None = ..., task_node_metadata: TaskNodeMetadata | _Mapping[str, _Any] | None = ..., deck_uri: str | None = ..., dynamic_job_spec_uri: str | None = ...) -> None: ...


class WorkflowNodeMetadata(_Message):
    __slots__ = ("executionId",)

    EXECUTIONID_FIELD_NUMBER = 1

    executionId: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier

    if _TYPE_CHECKING:
        def __init__(self, *, executionId: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ...) -> None: ...


class TaskNodeMetadata(_Message):
    __slots__ = ("cache_status", "catalog_key", "checkpoint_uri")

    CACHE_STATUS_FIELD_NUMBER = 1
    CATALOG_KEY_FIELD_NUMBER = 2
    CHECKPOINT_URI_FIELD_NUMBER = 4

    cache_status: int
    catalog_key: _flyteidl_core_catalog_pb2.CatalogMetadata
    checkpoint_uri: str

    if _TYPE_CHECKING:
        def __init__(self, *, cache_status: int | str | None = ..., catalog_key: _flyteidl_core_catalog_pb2.CatalogMetadata | _Mapping[str, _Any] | None = ..., checkpoint_uri: str | None = ...) -> None: ...


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


class NodeExecutionGetDataRequest(_Message):
    __slots__ = ("id",)

    ID_FIELD_NUMBER = 1

    id: _flyteidl_core_identifier_pb2.NodeExecutionIdentifier

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.NodeExecutionIdentifier | _Mapping[str, _Any] | None = ...) -> None: ...


class NodeExecutionGetDataResponse(_Message):
    __slots__ = ("inputs", "outputs", "full_inputs", "full_outputs", "dynamic_workflow", "flyte_urls")

    INPUTS_FIELD_NUMBER = 1
    OUTPUTS_FIELD_NUMBER = 2
    FULL_INPUTS_FIELD_NUMBER = 3
    FULL_OUTPUTS_FIELD_NUMBER = 4
    DYNAMIC_WORKFLOW_FIELD_NUMBER = 16
    FLYTE_URLS_FIELD_NUMBER = 17

    inputs: _flyteidl_admin_common_pb2.UrlBlob
    outputs: _flyteidl_admin_common_pb2.UrlBlob
    full_inputs: _flyteidl_core_literals_pb2.LiteralMap
    full_outputs: _flyteidl_core_literals_pb2.LiteralMap
    dynamic_workflow: DynamicWorkflowNodeMetadata
    flyte_urls: _flyteidl_admin_common_pb2.FlyteURLs

    if _TYPE_CHECKING:
        def __init__(self, *, inputs: _flyteidl_admin_common_pb2.UrlBlob | _Mapping[str, _Any] | None = ..., outputs: _flyteidl_admin_common_pb2.UrlBlob | _Mapping[str, _Any] | None = ..., full_inputs: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., full_outputs: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., dynamic_workflow: DynamicWorkflowNodeMetadata | _Mapping[str, _Any] | None = ..., flyte_urls: _flyteidl_admin_common_pb2.FlyteURLs | _Mapping[str, _Any] | None = ...) -> None: ...


class GetDynamicNodeWorkflowRequest(_Message):
    __slots__ = ("id",)

    ID_FIELD_NUMBER = 1

    id: _flyteidl_core_identifier_pb2.NodeExecutionIdentifier

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.NodeExecutionIdentifier | _Mapping[str, _Any] | None = ...) -> None: ...


class DynamicNodeWorkflowResponse(_Message):
    __slots__ = ("compiled_workflow",)

    COMPILED_WORKFLOW_FIELD_NUMBER = 1

    compiled_workflow: _flyteidl_core_compiler_pb2.CompiledWorkflowClosure

    if _TYPE_CHECKING:
        def __init__(self, *, compiled_workflow: _flyteidl_core_compiler_pb2.CompiledWorkflowClosure | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/admin/node_execution.proto",
    _SHA256,
    {
        "flyteidl.admin.NodeExecutionGetRequest": NodeExecutionGetRequest,
        "flyteidl.admin.NodeExecutionListRequest": NodeExecutionListRequest,
        "flyteidl.admin.NodeExecutionForTaskListRequest": NodeExecutionForTaskListRequest,
        "flyteidl.admin.NodeExecution": NodeExecution,
        "flyteidl.admin.NodeExecutionMetaData": NodeExecutionMetaData,
        "flyteidl.admin.NodeExecutionList": NodeExecutionList,
        "flyteidl.admin.NodeExecutionClosure": NodeExecutionClosure,
        "flyteidl.admin.WorkflowNodeMetadata": WorkflowNodeMetadata,
        "flyteidl.admin.TaskNodeMetadata": TaskNodeMetadata,
        "flyteidl.admin.DynamicWorkflowNodeMetadata": DynamicWorkflowNodeMetadata,
        "flyteidl.admin.NodeExecutionGetDataRequest": NodeExecutionGetDataRequest,
        "flyteidl.admin.NodeExecutionGetDataResponse": NodeExecutionGetDataResponse,
        "flyteidl.admin.GetDynamicNodeWorkflowRequest": GetDynamicNodeWorkflowRequest,
        "flyteidl.admin.DynamicNodeWorkflowResponse": DynamicNodeWorkflowResponse,
    },
)
