"""Generated from flyteidl/admin/launch_plan.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import execution_pb2 as _flyteidl_core_execution_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import execution_envs_pb2 as _flyteidl_core_execution_envs_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import literals_pb2 as _flyteidl_core_literals_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import identifier_pb2 as _flyteidl_core_identifier_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import interface_pb2 as _flyteidl_core_interface_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import security_pb2 as _flyteidl_core_security_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import schedule_pb2 as _flyteidl_admin_schedule_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import cluster_assignment_pb2 as _flyteidl_admin_cluster_assignment_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.admin import common_pb2 as _flyteidl_admin_common_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import any_pb2 as _google_protobuf_any_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import timestamp_pb2 as _google_protobuf_timestamp_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import wrappers_pb2 as _google_protobuf_wrappers_pb2  # noqa: F401


class LaunchPlanState(_Enum):
    INACTIVE = 0
    ACTIVE = 1

INACTIVE = LaunchPlanState.INACTIVE
ACTIVE = LaunchPlanState.ACTIVE

class ConcurrencyLimitBehavior(_Enum):
    CONCURRENCY_LIMIT_BEHAVIOR_UNSPECIFIED = 0
    CONCURRENCY_LIMIT_BEHAVIOR_SKIP = 1

CONCURRENCY_LIMIT_BEHAVIOR_UNSPECIFIED = ConcurrencyLimitBehavior.CONCURRENCY_LIMIT_BEHAVIOR_UNSPECIFIED
CONCURRENCY_LIMIT_BEHAVIOR_SKIP = ConcurrencyLimitBehavior.CONCURRENCY_LIMIT_BEHAVIOR_SKIP

class LaunchPlanCreateRequest(_Message):
    __slots__ = ("id", "spec")

    ID_FIELD_NUMBER = 1
    SPEC_FIELD_NUMBER = 2

    id: _flyteidl_core_identifier_pb2.Identifier
    spec: LaunchPlanSpec

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., spec: LaunchPlanSpec | _Mapping[str, _Any] | None = ...) -> None: ...


class LaunchPlanCreateResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class LaunchPlan(_Message):
    __slots__ = ("id", "spec", "closure")

    ID_FIELD_NUMBER = 1
    SPEC_FIELD_NUMBER = 2
    CLOSURE_FIELD_NUMBER = 3

    id: _flyteidl_core_identifier_pb2.Identifier
    spec: LaunchPlanSpec
    closure: LaunchPlanClosure

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., spec: LaunchPlanSpec | _Mapping[str, _Any] | None = ..., closure: LaunchPlanClosure | _Mapping[str, _Any] | None = ...) -> None: ...


class LaunchPlanList(_Message):
    __slots__ = ("launch_plans", "token")

    LAUNCH_PLANS_FIELD_NUMBER = 1
    TOKEN_FIELD_NUMBER = 2

    launch_plans: _RepeatedCompositeFieldContainer[LaunchPlan]
    token: str

    if _TYPE_CHECKING:
        def __init__(self, *, launch_plans: _Iterable[LaunchPlan | _Mapping[str, _Any]] | None = ..., token: str | None = ...) -> None: ...


class Auth(_Message):
    __slots__ = ("assumable_iam_role", "kubernetes_service_account")

    ASSUMABLE_IAM_ROLE_FIELD_NUMBER = 1
    KUBERNETES_SERVICE_ACCOUNT_FIELD_NUMBER = 2

    assumable_iam_role: str
    kubernetes_service_account: str

    if _TYPE_CHECKING:
        def __init__(self, *, assumable_iam_role: str | None = ..., kubernetes_service_account: str | None = ...) -> None: ...


class LaunchPlanSpec(_Message):
    __slots__ = ("workflow_id", "entity_metadata", "default_inputs", "fixed_inputs", "role", "labels", "annotations", "auth", "auth_role", "security_context", "quality_of_service", "raw_output_data_config", "max_parallelism", "interruptible", "overwrite_cache", "envs", "execution_env_assignments", "cluster_assignment", "concurrency_policy")

    WORKFLOW_ID_FIELD_NUMBER = 1
    ENTITY_METADATA_FIELD_NUMBER = 2
    DEFAULT_INPUTS_FIELD_NUMBER = 3
    FIXED_INPUTS_FIELD_NUMBER = 4
    ROLE_FIELD_NUMBER = 5
    LABELS_FIELD_NUMBER = 6
    ANNOTATIONS_FIELD_NUMBER = 7
    AUTH_FIELD_NUMBER = 8
    AUTH_ROLE_FIELD_NUMBER = 9
    SECURITY_CONTEXT_FIELD_NUMBER = 10
    QUALITY_OF_SERVICE_FIELD_NUMBER = 16
    RAW_OUTPUT_DATA_CONFIG_FIELD_NUMBER = 17
    MAX_PARALLELISM_FIELD_NUMBER = 18
    INTERRUPTIBLE_FIELD_NUMBER = 19
    OVERWRITE_CACHE_FIELD_NUMBER = 20
    ENVS_FIELD_NUMBER = 21
    EXECUTION_ENV_ASSIGNMENTS_FIELD_NUMBER = 22
    CLUSTER_ASSIGNMENT_FIELD_NUMBER = 23
    CONCURRENCY_POLICY_FIELD_NUMBER = 24

    workflow_id: _flyteidl_core_identifier_pb2.Identifier
    entity_metadata: LaunchPlanMetadata
    default_inputs: _flyteidl_core_interface_pb2.ParameterMap
    fixed_inputs: _flyteidl_core_literals_pb2.LiteralMap
    role: str
    labels: _flyteidl_admin_common_pb2.Labels
    annotations: _flyteidl_admin_common_pb2.Annotations
    auth: Auth
    auth_role: _flyteidl_admin_common_pb2.AuthRole
    security_context: _flyteidl_core_security_pb2.SecurityContext
    quality_of_service: _flyteidl_core_execution_pb2.QualityOfService
    raw_output_data_config: _flyteidl_admin_common_pb2.RawOutputDataConfig
    max_parallelism: int
    interruptible: _google_protobuf_wrappers_pb2.BoolValue
    overwrite_cache: bool
    envs: _flyteidl_admin_common_pb2.Envs
    execution_env_assignments: _RepeatedCompositeFieldContainer[_flyteidl_core_execution_envs_pb2.ExecutionEnvAssignment]
    cluster_assignment: _flyteidl_admin_cluster_assignment_pb2.ClusterAssignment
    concurrency_policy: ConcurrencyPolicy

    if _TYPE_CHECKING:
        def __init__(self, *, workflow_id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., entity_metadata: LaunchPlanMetadata | _Mapping[str, _Any] | None = ..., default_inputs: _flyteidl_core_interface_pb2.ParameterMap | _Mapping[str, _Any] | None = ..., fixed_inputs: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., role: str | None = ..., labels: _flyteidl_admin_common_pb2.Labels | _Mapping[str, _Any] | None = ..., annotations: _flyteidl_admin_common_pb2.Annotations | _Mapping[str, _Any] | None = ..., auth: Auth | _Mapping[str, _Any] | None = ..., auth_role: _flyteidl_admin_common_pb2.AuthRole | _Mapping[str, _Any] | None = ..., security_context: _flyteidl_core_security_pb2.SecurityContext | _Mapping[str, _Any] | None = ..., quality_of_service: _flyteidl_core_execution_pb2.QualityOfService | _Mapping[str, _Any] | None = ..., raw_output_data_config: _flyteidl_admin_common_pb2.RawOutputDataConfig | _Mapping[str, _Any] | None = ..., max_parallelism: int | None = ..., interruptible: _google_protobuf_wrappers_pb2.BoolValue | _Mapping[str, _Any] | None = ..., overwrite_cache: bool | None = ..., envs: _flyteidl_admin_common_pb2.Envs | _Mapping[str, _Any] | None = ..., execution_env_assignments: _Iterable[_flyteidl_core_execution_envs_pb2.ExecutionEnvAssignment | _Mapping[str, _Any]] | None = ..., cluster_assignment: _flyteidl_admin_cluster_assignment_pb2.ClusterAssignment | _Mapping[str, _Any] | None = ..., concurrency_policy: ConcurrencyPolicy | _Mapping[str, _Any] | None = ...) -> None: ...


class ConcurrencyPolicy(_Message):
    __slots__ = ("max", "behavior")

    MAX_FIELD_NUMBER = 1
    BEHAVIOR_FIELD_NUMBER = 2

    max: int
    behavior: int

    if _TYPE_CHECKING:
        def __init__(self, *, max: int | None = ..., behavior: int | str | None = ...) -> None: ...


class LaunchPlanClosure(_Message):
    __slots__ = ("state", "expected_inputs", "expected_outputs", "created_at", "updated_at")

    STATE_FIELD_NUMBER = 1
    EXPECTED_INPUTS_FIELD_NUMBER = 2
    EXPECTED_OUTPUTS_FIELD_NUMBER = 3
    CREATED_AT_FIELD_NUMBER = 4
    UPDATED_AT_FIELD_NUMBER = 5

    state: int
    expected_inputs: _flyteidl_core_interface_pb2.ParameterMap
    expected_outputs: _flyteidl_core_interface_pb2.VariableMap
    created_at: _google_protobuf_timestamp_pb2.Timestamp
    updated_at: _google_protobuf_timestamp_pb2.Timestamp

    if _TYPE_CHECKING:
        def __init__(self, *, state: int | str | None = ..., expected_inputs: _flyteidl_core_interface_pb2.ParameterMap | _Mapping[str, _Any] | None = ..., expected_outputs: _flyteidl_core_interface_pb2.VariableMap | _Mapping[str, _Any] | None = ..., created_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., updated_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ...) -> None: ...


class LaunchPlanMetadata(_Message):
    __slots__ = ("schedule", "notifications", "launch_conditions")

    SCHEDULE_FIELD_NUMBER = 1
    NOTIFICATIONS_FIELD_NUMBER = 2
    LAUNCH_CONDITIONS_FIELD_NUMBER = 3

    schedule: _flyteidl_admin_schedule_pb2.Schedule
    notifications: _RepeatedCompositeFieldContainer[_flyteidl_admin_common_pb2.Notification]
    launch_conditions: _google_protobuf_any_pb2.Any

    if _TYPE_CHECKING:
        def __init__(self, *, schedule: _flyteidl_admin_schedule_pb2.Schedule | _Mapping[str, _Any] | None = ..., notifications: _Iterable[_flyteidl_admin_common_pb2.Notification | _Mapping[str, _Any]] | None = ..., launch_conditions: _google_protobuf_any_pb2.Any | _Mapping[str, _Any] | None = ...) -> None: ...


class LaunchPlanUpdateRequest(_Message):
    __slots__ = ("id", "state")

    ID_FIELD_NUMBER = 1
    STATE_FIELD_NUMBER = 2

    id: _flyteidl_core_identifier_pb2.Identifier
    state: int

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., state: int | str | None = ...) -> None: ...


class LaunchPlanUpdateResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class ActiveLaunchPlanRequest(_Message):
    __slots__ = ("id",)

    ID_FIELD_NUMBER = 1

    id: _flyteidl_admin_common_pb2.NamedEntityIdentifier

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_admin_common_pb2.NamedEntityIdentifier | _Mapping[str, _Any] | None = ...) -> None: ...


class ActiveLaunchPlanListRequest(_Message):
    __slots__ = ("project", "domain", "limit", "token", "sort_by", "org")

    PROJECT_FIELD_NUMBER = 1
    DOMAIN_FIELD_NUMBER = 2
    LIMIT_FIELD_NUMBER = 3
    TOKEN_FIELD_NUMBER = 4
    SORT_BY_FIELD_NUMBER = 5
    ORG_FIELD_NUMBER = 6

    project: str
    domain: str
    limit: int
    token: str
    sort_by: _flyteidl_admin_common_pb2.Sort
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, project: str | None = ..., domain: str | None = ..., limit: int | None = ..., token: str | None = ..., sort_by: _flyteidl_admin_common_pb2.Sort | _Mapping[str, _Any] | None = ..., org: str | None = ...) -> None: ...


_register_file(
    "flyteidl/admin/launch_plan.proto",
    _SHA256,
    {
        "flyteidl.admin.LaunchPlanState": LaunchPlanState,
        "flyteidl.admin.ConcurrencyLimitBehavior": ConcurrencyLimitBehavior,
        "flyteidl.admin.LaunchPlanCreateRequest": LaunchPlanCreateRequest,
        "flyteidl.admin.LaunchPlanCreateResponse": LaunchPlanCreateResponse,
        "flyteidl.admin.LaunchPlan": LaunchPlan,
        "flyteidl.admin.LaunchPlanList": LaunchPlanList,
        "flyteidl.admin.Auth": Auth,
        "flyteidl.admin.LaunchPlanSpec": LaunchPlanSpec,
        "flyteidl.admin.ConcurrencyPolicy": ConcurrencyPolicy,
        "flyteidl.admin.LaunchPlanClosure": LaunchPlanClosure,
        "flyteidl.admin.LaunchPlanMetadata": LaunchPlanMetadata,
        "flyteidl.admin.LaunchPlanUpdateRequest": LaunchPlanUpdateRequest,
        "flyteidl.admin.LaunchPlanUpdateResponse": LaunchPlanUpdateResponse,
        "flyteidl.admin.ActiveLaunchPlanRequest": ActiveLaunchPlanRequest,
        "flyteidl.admin.ActiveLaunchPlanListRequest": ActiveLaunchPlanListRequest,
    },
)
