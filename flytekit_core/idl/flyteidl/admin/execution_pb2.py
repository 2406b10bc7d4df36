"""Generated from flyteidl/admin/execution.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.admin import cluster_assignment_pb2 as _flyteidl_admin_cluster_assignment_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import common_pb2 as _flyteidl_admin_common_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import literals_pb2 as _flyteidl_core_literals_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import execution_pb2 as _flyteidl_core_execution_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import execution_envs_pb2 as _flyteidl_core_execution_envs_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import artifact_id_pb2 as _flyteidl_core_artifact_id_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import identifier_pb2 as _flyteidl_core_identifier_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import metrics_pb2 as _flyteidl_core_metrics_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import security_pb2 as _flyteidl_core_security_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import duration_pb2 as _google_protobuf_duration_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import timestamp_pb2 as _google_protobuf_timestamp_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import wrappers_pb2 as _google_protobuf_wrappers_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import matchable_resource_pb2 as _flyteidl_admin_matchable_resource_pb2  # noqa: F401


class ExecutionState(_Enum):
    EXECUTION_ACTIVE = 0
    EXECUTION_ARCHIVED = 1

EXECUTION_ACTIVE = ExecutionState.EXECUTION_ACTIVE
EXECUTION_ARCHIVED = ExecutionState.EXECUTION_ARCHIVED

class ExecutionCreateRequest(_Message):
    __slots__ = ("project", "domain", "name", "spec", "inputs", "org")

    PROJECT_FIELD_NUMBER = 1
    DOMAIN_FIELD_NUMBER = 2
    NAME_FIELD_NUMBER = 3
    SPEC_FIELD_NUMBER = 4
    INPUTS_FIELD_NUMBER = 5
    ORG_FIELD_NUMBER = 6

    project: str
    domain: str
    name: str
    spec: ExecutionSpec
    inputs: _flyteidl_core_literals_pb2.LiteralMap
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, project: str | None = ..., domain: str | None = ..., name: str | None = ..., spec: ExecutionSpec | _Mapping[str, _Any] | None = ..., inputs: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., org: str | None = ...) -> None: ...


class ExecutionRelaunchRequest(_Message):
    __slots__ = ("id", "name", "overwrite_cache")

    ID_FIELD_NUMBER = 1
    NAME_FIELD_NUMBER = 3
    OVERWRITE_CACHE_FIELD_NUMBER = 4

    id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier
    name: str
    overwrite_cache: bool

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ..., name: str | None = ..., overwrite_cache: bool | None = ...) -> None: ...


class ExecutionRecoverRequest(_Message):
    __slots__ = ("id", "name", "metadata")

    ID_FIELD_NUMBER = 1
    NAME_FIELD_NUMBER = 2
    METADATA_FIELD_NUMBER = 3

    id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier
    name: str
    metadata: ExecutionMetadata

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ..., name: str | None = ..., metadata: ExecutionMetadata | _Mapping[str, _Any] | None = ...) -> None: ...


class ExecutionCreateResponse(_Message):
    __slots__ = ("id",)

    ID_FIELD_NUMBER = 1

    id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ...) -> None: ...


class WorkflowExecutionGetRequest(_Message):
    __slots__ = ("id",)

    ID_FIELD_NUMBER = 1

    id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ...) -> None: ...


class Execution(_Message):
    __slots__ = ("id", "spec", "closure")

    ID_FIELD_NUMBER = 1
    SPEC_FIELD_NUMBER = 2
    CLOSURE_FIELD_NUMBER = 3

    id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier
    spec: ExecutionSpec
    closure: ExecutionClosure

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ..., spec: ExecutionSpec | _Mapping[str, _Any] | None = ..., closure: ExecutionClosure | _Mapping[str, _Any] | None = ...) -> None: ...


class ExecutionList(_Message):
    __slots__ = ("executions", "token")

    EXECUTIONS_FIELD_NUMBER = 1
    TOKEN_FIELD_NUMBER = 2

    executions: _RepeatedCompositeFieldContainer[Execution]
    token: str

    if _TYPE_CHECKING:
        def __init__(self, *, executions: _Iterable[Execution | _Mapping[str, _Any]] | None = ..., token: str | None = ...) -> None: ...


class LiteralMapBlob(_Message):
    __slots__ = ("values", "uri")

    VALUES_FIELD_NUMBER = 1
    URI_FIELD_NUMBER = 2

    values: _flyteidl_core_literals_pb2.LiteralMap
    uri: str

    if _TYPE_CHECKING:
        def __init__(self, *, values: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., uri: str | None = ...) -> None: ...


class AbortMetadata(_Message):
    __slots__ = ("cause", "principal")

    CAUSE_FIELD_NUMBER = 1
    PRINCIPAL_FIELD_NUMBER = 2

    cause: str
    principal: str

    if _TYPE_CHECKING:
        def __init__(self, *, cause: str | None = ..., principal: str | None = ...) -> None: ...


class ExecutionClosure(_Message):
    __slots__ = ("outputs", "error", "abort_cause", "abort_metadata", "output_data", "computed_inputs", "phase", "started_at", "duration", "created_at", "updated_at", "notifications", "workflow_id", "state_change_details")

    OUTPUTS_FIELD_NUMBER = 1
    ERROR_FIELD_NUMBER = 2
    ABORT_CAUSE_FIELD_NUMBER = 10
    ABORT_METADATA_FIELD_NUMBER = 12
    OUTPUT_DATA_FIELD_NUMBER = 13
    COMPUTED_INPUTS_FIELD_NUMBER = 3
    PHASE_FIELD_NUMBER = 4
    STARTED_AT_FIELD_NUMBER = 5
    DURATION_FIELD_NUMBER = 6
    CREATED_AT_FIELD_NUMBER = 7
    UPDATED_AT_FIELD_NUMBER = 8
    NOTIFICATIONS_FIELD_NUMBER = 9
    WORKFLOW_ID_FIELD_NUMBER = 11
    STATE_CHANGE_DETAILS_FIELD_NUMBER = 14

    outputs: LiteralMapBlob
    error: _flyteidl_core_execution_pb2.ExecutionError
    abort_cause: str
    abort_metadata: AbortMetadata
    output_data: _flyteidl_core_literals_pb2.LiteralMap
    computed_inputs: _flyteidl_core_literals_pb2.LiteralMap
    phase: int
    started_at: _google_protobuf_timestamp_pb2.Timestamp
    duration: _google_protobuf_duration_pb2.Duration
    created_at: _google_protobuf_timestamp_pb2.Timestamp
    updated_at: _google_protobuf_timestamp_pb2.Timestamp
    notifications: _RepeatedCompositeFieldContainer[_flyteidl_admin_common_pb2.Notification]
    workflow_id: _flyteidl_core_identifier_pb2.Identifier
    state_change_details: ExecutionStateChangeDetails

    if _TYPE_CHECKING:
        def __init__(self, *, outputs: LiteralMapBlob | _Mapping[str, _Any] | None = ..., error: _flyteidl_core_execution_pb2.ExecutionError | _Mapping[str, _Any] | None = ..., abort_cause: str | None = ..., abort_metadata: AbortMetadata | _Mapping[str, _Any] | None = ..., output_data: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., computed_inputs: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., phase: int | str | None = ..., started_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., duration: _google_protobuf_duration_pb2.Duration | _Mapping[str, _Any] | None = ..., created_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., updated_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., notifications: _Iterable[_flyteidl_admin_common_pb2.Notification | _Mapping[str, _Any]] | None = ..., workflow_id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., state_change_details: ExecutionStateChangeDetails | _Mapping[str, _Any] | None = ...) -> None: ...


class SystemMetadata(_Message):
    __slots__ = ("execution_cluster", "namespace")

    EXECUTION_CLUSTER_FIELD_NUMBER = 1
    NAMESPACE_FIELD_NUMBER = 2

    execution_cluster: str
    namespace: str

    if _TYPE_CHECKING:
        def __init__(self, *, execution_cluster: str | None = ..., namespace: str | None = ...) -> None: ...


class ExecutionMetadata(_Message):
    __slots__ = ("mode", "principal", "nesting", "scheduled_at", "parent_node_execution", "reference_execution", "system_metadata", "artifact_ids")

    class ExecutionMode(_Enum):
        MANUAL = 0
        SCHEDULED = 1
        SYSTEM = 2
        RELAUNCH = 3
        CHILD_WORKFLOW = 4
        RECOVERED = 5
        TRIGGER = 6

    MANUAL = ExecutionMode.MANUAL
    SCHEDULED = ExecutionMode.SCHEDULED
    SYSTEM = ExecutionMode.SYSTEM
    RELAUNCH = ExecutionMode.RELAUNCH
    CHILD_WORKFLOW = ExecutionMode.CHILD_WORKFLOW
    RECOVERED = ExecutionMode.RECOVERED
    TRIGGER = ExecutionMode.TRIGGER

    MODE_FIELD_NUMBER = 1
    PRINCIPAL_FIELD_NUMBER = 2
    NESTING_FIELD_NUMBER = 3
    SCHEDULED_AT_FIELD_NUMBER = 4
    PARENT_NODE_EXECUTION_FIELD_NUMBER = 5
    REFERENCE_EXECUTION_FIELD_NUMBER = 16
    SYSTEM_METADATA_FIELD_NUMBER = 17
    ARTIFACT_IDS_FIELD_NUMBER = 18

    mode: int
    principal: str
    nesting: int
    scheduled_at: _google_protobuf_timestamp_pb2.Timestamp
    parent_node_execution: _flyteidl_core_identifier_pb2.NodeExecutionIdentifier
    reference_execution: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier
    system_metadata: SystemMetadata
    artifact_ids: _RepeatedCompositeFieldContainer[_flyteidl_core_artifact_id_pb2.ArtifactID]

    if _TYPE_CHECKING:
        def __init__(self, *, mode: int | str | None = ..., principal: str | None = ..., nesting: int | None = ..., scheduled_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., parent_node_execution: _flyteidl_core_identifier_pb2.NodeExecutionIdentifier | _Mapping[str, _Any] | None = ..., reference_execution: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ..., system_metadata: SystemMetadata | _Mapping[str, _Any] | None = ..., artifact_ids: _Iterable[_flyteidl_core_artifact_id_pb2.ArtifactID | _Mapping[str, _Any]] | None = ...) -> None: ...


class NotificationList(_Message):
    __slots__ = ("notifications",)

    NOTIFICATIONS_FIELD_NUMBER = 1

    notifications: _RepeatedCompositeFieldContainer[_flyteidl_admin_common_pb2.Notification]

    if _TYPE_CHECKING:
        def __init__(self, *, notifications: _Iterable[_flyteidl_admin_common_pb2.Notification | _Mapping[str, _Any]] | None = ...) -> None: ...


class ExecutionSpec(_Message):
    __slots__ = ("launch_plan", "inputs", "metadata", "notifications", "disable_all", "labels", "annotations", "security_context", "auth_role", "quality_of_service", "max_parallelism", "raw_output_data_config", "cluster_assignment", "interruptible", "overwrite_cache", "envs", "tags", "execution_cluster_label", "execution_env_assignments")

    LAUNCH_PLAN_FIELD_NUMBER = 1
    INPUTS_FIELD_NUMBER = 2
    METADATA_FIELD_NUMBER = 3
    NOTIFICATIONS_FIELD_NUMBER = 5
    DISABLE_ALL_FIELD_NUMBER = 6
    LABELS_FIELD_NUMBER = 7
    ANNOTATIONS_FIELD_NUMBER = 8
    SECURITY_CONTEXT_FIELD_NUMBER = 10
    AUTH_ROLE_FIELD_NUMBER = 16
    QUALITY_OF_SERVICE_FIELD_NUMBER = 17
    MAX_PARALLELISM_FIELD_NUMBER = 18
    RAW_OUTPUT_DATA_CONFIG_FIELD_NUMBER = 19
    CLUSTER_ASSIGNMENT_FIELD_NUMBER = 20
    INTERRUPTIBLE_FIELD_NUMBER = 21
    OVERWRITE_CACHE_FIELD_NUMBER = 22
    ENVS_FIELD_NUMBER = 23
    TAGS_FIELD_NUMBER = 24
    EXECUTION_CLUSTER_LABEL_FIELD_NUMBER = 25
    EXECUTION_ENV_ASSIGNMENTS_FIELD_NUMBER = 26

    launch_plan: _flyteidl_core_identifier_pb2.Identifier
    inputs: _flyteidl_core_literals_pb2.LiteralMap
    metadata: ExecutionMetadata
    notifications: NotificationList
    disable_all: bool
    labels: _flyteidl_admin_common_pb2.Labels
    annotations: _flyteidl_admin_common_pb2.Annotations
    security_context: _flyteidl_core_security_pb2.SecurityContext
    auth_role: _flyteidl_admin_common_pb2.AuthRole
    quality_of_service: _flyteidl_core_execution_pb2.QualityOfService
    max_parallelism: int
    raw_output_data_config: _flyteidl_admin_common_pb2.RawOutputDataConfig
    cluster_assignment: _flyteidl_admin_cluster_assignment_pb2.ClusterAssignment
    interruptible: _google_protobuf_wrappers_pb2.BoolValue
    overwrite_cache: bool
    envs: _flyteidl_admin_common_pb2.Envs
    tags: _RepeatedScalarFieldContainer[str]
    execution_cluster_label: _flyteidl_admin_matchable_resource_pb2.ExecutionClusterLabel
    execution_env_assignments: _RepeatedCompositeFieldContainer[_flyteidl_core_execution_envs_pb2.ExecutionEnvAssignment]

    if _TYPE_CHECKING:
        def __init__(self, *, launch_plan: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., inputs: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., metadata: ExecutionMetadata | _Mapping[str, _Any] | None = ..., notifications: NotificationList | _Mapping[str, _Any] | None = ..., disable_all: bool | None = ..., labels: _flyteidl_admin_common_pb2.Labels | _Mapping[str, _Any] | None = ..., annotations: _flyteidl_admin_common_pb2.Annotations | _Mapping[str, _Any] | None = ..., security_context: _flyteidl_core_security_pb2.SecurityContext | _Mapping[str, _Any] | None = ..., auth_role: _flyteidl_admin_common_pb2.AuthRole | _Mapping[str, _Any] | None = ..., quality_of_service: _flyteidl_core_execution_pb2.QualityOfService | _Mapping[str, _Any] | None = ..., max_parallelism: int | None = ..., raw_output_data_config: _flyteidl_admin_common_pb2.RawOutputDataConfig | _Mapping[str, _Any] | None = ..., cluster_assignment: _flyteidl_admin_cluster_assignment_pb2.ClusterAssignment | _Mapping[str, _Any] | None = ..., interruptible: _google_protobuf_wrappers_pb2.BoolValue | _Mapping[str, _Any] | None = ..., overwrite_cache: bool | None = ..., envs: _flyteidl_admin_common_pb2.Envs | _Mapping[str, _Any] | None = ..., tags: _Iterable[str] | None = ..., execution_cluster_label: _flyteidl_admin_matchable_resource_pb2.ExecutionClusterLabel | _Mapping[str, _Any] | None = ..., execution_env_assignments: _Iterable[_flyteidl_core_execution_envs_pb2.ExecutionEnvAssignment | _Mapping[str, _Any]] | None = ...) -> None: ...


class ExecutionTerminateRequest(_Message):
    __slots__ = ("id", "cause")

    ID_FIELD_NUMBER = 1
    CAUSE_FIELD_NUMBER = 2

    id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier
    cause: str

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ..., cause: str | None = ...) -> None: ...


class ExecutionTerminateResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class WorkflowExecutionGetDataRequest(_Message):
    __slots__ = ("id",)

    ID_FIELD_NUMBER = 1

    id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ...) -> None: ...


class WorkflowExecutionGetDataResponse(_Message):
    __slots__ = ("outputs", "inputs", "full_inputs", "full_outputs")

    OUTPUTS_FIELD_NUMBER = 1
    INPUTS_FIELD_NUMBER = 2
    FULL_INPUTS_FIELD_NUMBER = 3
    FULL_OUTPUTS_FIELD_NUMBER = 4

    outputs: _flyteidl_admin_common_pb2.UrlBlob
    inputs: _flyteidl_admin_common_pb2.UrlBlob
    full_inputs: _flyteidl_core_literals_pb2.LiteralMap
    full_outputs: _flyteidl_core_literals_pb2.LiteralMap

    if _TYPE_CHECKING:
        def __init__(self, *, outputs: _flyteidl_admin_common_pb2.UrlBlob | _Mapping[str, _Any] | None = ..., inputs: _flyteidl_admin_common_pb2.UrlBlob | _Mapping[str, _Any] | None = ..., full_inputs: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., full_outputs: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ...) -> None: ...


class ExecutionUpdateRequest(_Message):
    __slots__ = ("id", "state")

    ID_FIELD_NUMBER = 1
    STATE_FIELD_NUMBER = 2

    id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier
    state: int

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ..., state: int | str | None = ...) -> None: ...


class ExecutionStateChangeDetails(_Message):
    __slots__ = ("state", "occurred_at", "principal")

    STATE_FIELD_NUMBER = 1
    OCCURRED_AT_FIELD_NUMBER = 2
    PRINCIPAL_FIELD_NUMBER = 3

    state: int
    occurred_at: _google_protobuf_timestamp_pb2.Timestamp
    principal: str

    if _TYPE_CHECKING:
        def __init__(self, *, state: int | str | None = ..., occurred_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., principal: str | None = ...) -> None: ...


class ExecutionUpdateResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class WorkflowExecutionGetMetricsRequest(_Message):
    __slots__ = ("id", "depth")

    ID_FIELD_NUMBER = 1
    DEPTH_FIELD_NUMBER = 2

    id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier
    depth: int

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.WorkflowExecutionIdentifier | _Mapping[str, _Any] | None = ..., depth: int | None = ...) -> None: ...


class WorkflowExecutionGetMetricsResponse(_Message):
    __slots__ = ("span",)

    SPAN_FIELD_NUMBER = 1

    span: _flyteidl_core_metrics_pb2.Span

    if _TYPE_CHECKING:
        def __init__(self, *, span: _flyteidl_core_metrics_pb2.Span | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/admin/execution.proto",
    _SHA256,
    {
        "flyteidl.admin.ExecutionState": ExecutionState,
        "flyteidl.admin.ExecutionCreateRequest": ExecutionCreateRequest,
        "flyteidl.admin.ExecutionRelaunchRequest": ExecutionRelaunchRequest,
        "flyteidl.admin.ExecutionRecoverRequest": ExecutionRecoverRequest,
        "flyteidl.admin.ExecutionCreateResponse": ExecutionCreateResponse,
        "flyteidl.admin.WorkflowExecutionGetRequest": WorkflowExecutionGetRequest,
        "flyteidl.admin.Execution": Execution,
        "flyteidl.admin.ExecutionList": ExecutionList,
        "flyteidl.admin.LiteralMapBlob": LiteralMapBlob,
        "flyteidl.admin.AbortMetadata": AbortMetadata,
        "flyteidl.admin.ExecutionClosure": ExecutionClosure,
        "flyteidl.admin.SystemMetadata": SystemMetadata,
        "flyteidl.admin.ExecutionMetadata.ExecutionMode": ExecutionMetadata.ExecutionMode,
        "flyteidl.admin.ExecutionMetadata": ExecutionMetadata,
        "flyteidl.admin.NotificationList": NotificationList,
        "flyteidl.admin.ExecutionSpec": ExecutionSpec,
        "flyteidl.admin.ExecutionTerminateRequest": ExecutionTerminateRequest,
        "flyteidl.admin.ExecutionTerminateResponse": ExecutionTerminateResponse,
        "flyteidl.admin.WorkflowExecutionGetDataRequest": WorkflowExecutionGetDataRequest,
        "flyteidl.admin.WorkflowExecutionGetDataResponse": WorkflowExecutionGetDataResponse,
        "flyteidl.admin.ExecutionUpdateRequest": ExecutionUpdateRequest,
        "flyteidl.admin.ExecutionStateChangeDetails": ExecutionStateChangeDetails,
        "flyteidl.admin.ExecutionUpdateResponse": ExecutionUpdateResponse,
        "flyteidl.admin.WorkflowExecutionGetMetricsRequest": WorkflowExecutionGetMetricsRequest,
        "flyteidl.admin.WorkflowExecutionGetMetricsResponse": WorkflowExecutionGetMetricsResponse,
    },
)
