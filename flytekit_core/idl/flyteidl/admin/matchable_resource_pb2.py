"""Generated from flyteidl/admin/matchable_resource.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.admin import cluster_assignment_pb2 as _flyteidl_admin_cluster_assignment_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import execution_pb2 as _flyteidl_core_execution_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import execution_envs_pb2 as _flyteidl_core_execution_envs_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import security_pb2 as _flyteidl_core_security_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import wrappers_pb2 as _google_protobuf_wrappers_pb2  # noqa: F401


class MatchableResource(_Enum):
    TASK_RESOURCE = 0
    CLUSTER_RESOURCE = 1
    EXECUTION_QUEUE = 2
    EXECUTION_CLUSTER_LABEL = 3
    QUALITY_OF_SERVICE_SPECIFICATION = 4
    PLUGIN_OVERRIDE = 5
    WORKFLOW_EXECUTION_CONFIG = 6
    CLUSTER_ASSIGNMENT = 7

TASK_RESOURCE = MatchableResource.TASK_RESOURCE
CLUSTER_RESOURCE = MatchableResource.CLUSTER_RESOURCE
EXECUTION_QUEUE = MatchableResource.EXECUTION_QUEUE
EXECUTION_CLUSTER_LABEL = MatchableResource.EXECUTION_CLUSTER_LABEL
QUALITY_OF_SERVICE_SPECIFICATION = MatchableResource.QUALITY_OF_SERVICE_SPECIFICATION
PLUGIN_OVERRIDE = MatchableResource.PLUGIN_OVERRIDE
WORKFLOW_EXECUTION_CONFIG = MatchableResource.WORKFLOW_EXECUTION_CONFIG
CLUSTER_ASSIGNMENT = MatchableResource.CLUSTER_ASSIGNMENT

class TaskResourceSpec(_Message):
    __slots__ = ("cpu", "gpu", "memory", "storage", "ephemeral_storage")

    CPU_FIELD_NUMBER = 1
    GPU_FIELD_NUMBER = 2
    MEMORY_FIELD_NUMBER = 3
    STORAGE_FIELD_NUMBER = 4
    EPHEMERAL_STORAGE_FIELD_NUMBER = 5

    cpu: str
    gpu: str
    memory: str
    storage: str
    ephemeral_storage: str

    if _TYPE_CHECKING:
        def __init__(self, *, cpu: str | None = ..., gpu: str | None = ..., memory: str | None = ..., storage: str | None = ..., ephemeral_storage: str | None = ...) -> None: ...


class TaskResourceAttributes(_Message):
    __slots__ = ("defaults", "limits")

    DEFAULTS_FIELD_NUMBER = 1
    LIMITS_FIELD_NUMBER = 2

    defaults: TaskResourceSpec
    limits: TaskResourceSpec

    if _TYPE_CHECKING:
        def __init__(self, *, defaults: TaskResourceSpec | _Mapping[str, _Any] | None = ..., limits: TaskResourceSpec | _Mapping[str, _Any] | None = ...) -> None: ...


class ClusterResourceAttributes(_Message):
    __slots__ = ("attributes",)

    class AttributesEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    ATTRIBUTES_FIELD_NUMBER = 1

    attributes: _ScalarMap[str, str]

    if _TYPE_CHECKING:
        def __init__(self, *, attributes: _Mapping[str, str] | None = ...) -> None: ...


class ExecutionQueueAttributes(_Message):
    __slots__ = ("tags",)

    TAGS_FIELD_NUMBER = 1

    tags: _RepeatedScalarFieldContainer[str]

    if _TYPE_CHECKING:
        def __init__(self, *, tags: _Iterable[str] | None = ...) -> None: ...


class ExecutionClusterLabel(_Message):
    __slots__ = ("value",)

    VALUE_FIELD_NUMBER = 1

    value: str

    if _TYPE_CHECKING:
        def __init__(self, *, value: str | None = ...) -> None: ...


class PluginOverride(_Message):
    __slots__ = ("task_type", "plugin_id", "missing_plugin_behavior")

    class MissingPluginBehavior(_Enum):
        FAIL = 0
        USE_DEFAULT = 1

    FAIL = MissingPluginBehavior.FAIL
    USE_DEFAULT = MissingPluginBehavior.USE_DEFAULT

    TASK_TYPE_FIELD_NUMBER = 1
    PLUGIN_ID_FIELD_NUMBER = 2
    MISSING_PLUGIN_BEHAVIOR_FIELD_NUMBER = 4

    task_type: str
    plugin_id: _RepeatedScalarFieldContainer[str]
    missing_plugin_behavior: int

    if _TYPE_CHECKING:
        def __init__(self, *, task_type: str | None = ..., plugin_id: _Iterable[str] | None = ..., missing_plugin_behavior: int | str | None = ...) -> None: ...


class PluginOverrides(_Message):
    __slots__ = ("overrides",)

    OVERRIDES_FIELD_NUMBER = 1

    overrides: _RepeatedCompositeFieldContainer[PluginOverride]

    if _TYPE_CHECKING:
        def __init__(self, *, overrides: _Iterable[PluginOverride | _Mapping[str, _Any]] | None = ...) -> None: ...


class WorkflowExecutionConfig(_Message):
    __slots__ = ("max_parallelism", "security_context", "raw_output_data_config", "labels", "annotations", "interruptible", "overwrite_cache", "envs", "execution_env_assignments")

    MAX_PARALLELISM_FIELD_NUMBER = 1
    SECURITY_CONTEXT_FIELD_NUMBER = 2
    RAW_OUTPUT_DATA_CONFIG_FIELD_NUMBER = 3
    LABELS_FIELD_NUMBER = 4
    ANNOTATIONS_FIELD_NUMBER = 5
    INTERRUPTIBLE_FIELD_NUMBER = 6
    OVERWRITE_CACHE_FIELD_NUMBER = 7
    ENVS_FIELD_NUMBER = 8
    EXECUTION_ENV_ASSIGNMENTS_FIELD_NUMBER = 9

    max_parallelism: int
    security_context: _flyteidl_core_security_pb2.SecurityContext
    raw_output_data_config: _flyteidl_admin_common_pb2.RawOutputDataConfig
    labels: _flyteidl_admin_common_pb2.Labels
    annotations: _flyteidl_admin_common_pb2.Annotations
    interruptible: _google_protobuf_wrappers_pb2.BoolValue
    overwrite_cache: bool
    envs: _flyteidl_admin_common_pb2.Envs
    execution_env_assignments: _RepeatedCompositeFieldContainer[_flyteidl_core_execution_envs_pb2.ExecutionEnvAssignment]

    if _TYPE_CHECKING:
        def __init__(self, *, max_parallelism: int | None = ..., security_context: _flyteidl_core_security_pb2.SecurityContext | _Mapping[str, _Any] | None = ..., raw_output_data_config: _flyteidl_admin_common_pb2.RawOutputDataConfig | _Mapping[str, _Any] | None = ..., labels: _flyteidl_admin_common_pb2.Labels | _Mapping[str, _Any] | None = ..., annotations: _flyteidl_admin_common_pb2.Annotations | _Mapping[str, _Any] | None = ..., interruptible: _google_protobuf_wrappers_pb2.BoolValue | _Mapping[str, _Any] | None = ..., overwrite_cache: bool | None = ..., envs: _flyteidl_admin_common_pb2.Envs | _Mapping[str, _Any] | None = ..., execution_env_assignments: _Iterable[_flyteidl_core_execution_envs_pb2.ExecutionEnvAssignment | _Mapping[str, _Any]] | None = ...) -> None: ...


class MatchingAttributes(_Message):
    __slots__ = ("task_resource_attributes", "cluster_resource_attributes", "execution_queue_attributes", "execution_cluster_label", "quality_of_service", "plugin_overrides", "workflow_execution_config", "cluster_assignment")

    TASK_RESOURCE_ATTRIBUTES_FIELD_NUMBER = 1
    CLUSTER_RESOURCE_ATTRIBUTES_FIELD_NUMBER = 2
    EXECUTION_QUEUE_ATTRIBUTES_FIELD_NUMBER = 3
    EXECUTION_CLUSTER_LABEL_FIELD_NUMBER = 4
    QUALITY_OF_SERVICE_FIELD_NUMBER = 5
    PLUGIN_OVERRIDES_FIELD_NUMBER = 6
    WORKFLOW_EXECUTION_CONFIG_FIELD_NUMBER = 7
    CLUSTER_ASSIGNMENT_FIELD_NUMBER = 8

    task_resource_attributes: TaskResourceAttributes
    cluster_resource_attributes: ClusterResourceAttributes
    execution_queue_attributes: ExecutionQueueAttributes
    execution_cluster_label: ExecutionClusterLabel
    quality_of_service: _flyteidl_core_execution_pb2.QualityOfService
    plugin_overrides: PluginOverrides
    workflow_execution_config: WorkflowExecutionConfig
    cluster_assignment: _flyteidl_admin_cluster_assignment_pb2.ClusterAssignment

    if _TYPE_CHECKING:
        def __init__(self, *, task_resource_attributes: TaskResourceAttributes | _Mapping[str, _Any] | None = ..., cluster_resource_attributes: ClusterResourceAttributes | _Mapping[str, _Any] | None = ..., execution_queue_attributes: ExecutionQueueAttributes | _Mapping[str, _Any] | None = ..., execution_cluster_label: ExecutionClusterLabel | _Mapping[str, _Any] | None = ..., quality_of_service: _flyteidl_core_execution_pb2.QualityOfService | _Mapping[str, _Any] | None = ..., plugin_overrides: PluginOverrides | _Mapping[str, _Any] | None = ..., workflow_execution_config: WorkflowExecutionConfig | _Mapping[str, _Any] | None = ..., cluster_assignment: _flyteidl_admin_cluster_assignment_pb2.ClusterAssignment | _Mapping[str, _Any] | None = ...) -> None: ...


class MatchableAttributesConfiguration(_Message):
    __slots__ = ("attributes", "domain", "project", "workflow", "launch_plan", "org")

    ATTRIBUTES_FIELD_NUMBER = 1
    DOMAIN_FIELD_NUMBER = 2
    PROJECT_FIELD_NUMBER = 3
    WORKFLOW_FIELD_NUMBER = 4
    LAUNCH_PLAN_FIELD_NUMBER = 5
    ORG_FIELD_NUMBER = 6

    attributes: MatchingAttributes
    domain: str
    project: str
    workflow: str
    launch_plan: str
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, attributes: MatchingAttributes | _Mapping[str, _Any] | None = ..., domain: str | None = ..., project: str | None = ..., workflow: str | None = ..., launch_plan: str | None = ..., org: str | None = ...) -> None: ...


class ListMatchableAttributesRequest(_Message):
    __slots__ = ("resource_type", "org")

    RESOURCE_TYPE_FIELD_NUMBER = 1
    ORG_FIELD_NUMBER = 2

    resource_type: int
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, resource_type: int | str | None = ..., org: str | None = ...) -> None: ...


class ListMatchableAttributesResponse(_Message):
    __slots__ = ("configurations",)

    CONFIGURATIONS_FIELD_NUMBER = 1

    configurations: _RepeatedCompositeFieldContainer[MatchableAttributesConfiguration]

    if _TYPE_CHECKING:
        def __init__(self, *, configurations: _Iterable[MatchableAttributesConfiguration | _Mapping[str, _Any]] | None = ...) -> None: ...


_register_file(
    "flyteidl/admin/matchable_resource.proto",
    _SHA256,
    {
        "flyteidl.admin.MatchableResource": MatchableResource,
        "flyteidl.admin.TaskResourceSpec": TaskResourceSpec,
        "flyteidl.admin.TaskResourceAttributes": TaskResourceAttributes,
        "flyteidl.admin.ClusterResourceAttributes.AttributesEntry": ClusterResourceAttributes.AttributesEntry,
        "flyteidl.admin.ClusterResourceAttributes": ClusterResourceAttributes,
        "flyteidl.admin.ExecutionQueueAttributes": ExecutionQueueAttributes,
        "flyteidl.admin.ExecutionClusterLabel": ExecutionClusterLabel,
        "flyteidl.admin.PluginOverride.MissingPluginBehavior": PluginOverride.MissingPluginBehavior,
        "flyteidl.admin.PluginOverride": PluginOverride,
        "flyteidl.admin.PluginOverrides": PluginOverrides,
        "flyteidl.admin.WorkflowExecutionConfig": WorkflowExecutionConfig,
        "flyteidl.admin.MatchingAttributes": MatchingAttributes,
        "flyteidl.admin.MatchableAttributesConfiguration": MatchableAttributesConfiguration,
        "flyteidl.admin.ListMatchableAttributesRequest": ListMatchableAttributesRequest,
        "flyteidl.admin.ListMatchableAttributesResponse": ListMatchableAttributesResponse,
    },
)
