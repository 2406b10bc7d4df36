"""Generated from flyteidl/plugins/ray.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import tasks_pb2 as _flyteidl_core_tasks_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import literals_pb2 as _flyteidl_core_literals_pb2  # noqa: F401


class RayJob(_Message):
    __slots__ = ("ray_cluster", "runtime_env", "shutdown_after_job_finishes", "ttl_seconds_after_finished", "runtime_env_yaml")

    RAY_CLUSTER_FIELD_NUMBER = 1
    RUNTIME_ENV_FIELD_NUMBER = 2
    SHUTDOWN_AFTER_JOB_FINISHES_FIELD_NUMBER = 3
    TTL_SECONDS_AFTER_FINISHED_FIELD_NUMBER = 4
    RUNTIME_ENV_YAML_FIELD_NUMBER = 5

    ray_cluster: RayCluster
    runtime_env: str
    shutdown_after_job_finishes: bool
    ttl_seconds_after_finished: int
    runtime_env_yaml: str

    if _TYPE_CHECKING:
        def __init__(self, *, ray_cluster: RayCluster | _Mapping[str, _Any] | None = ..., runtime_env: str | None = ..., shutdown_after_job_finishes: bool | None = ..., ttl_seconds_after_finished: int | None = ..., runtime_env_yaml: str | None = ...) -> None: ...


class AutoscalerOptions(_Message):
    __slots__ = ("upscaling_mode", "idle_timeout_seconds", "env", "image", "resources")

    class UpscalingMode(_Enum):
        UPSCALING_MODE_UNSPECIFIED = 0
        UPSCALING_MODE_DEFAULT = 1
        UPSCALING_MODE_AGGRESSIVE = 2
        UPSCALING_MODE_CONSERVATIVE = 3

    UPSCALING_MODE_UNSPECIFIED = UpscalingMode.UPSCALING_MODE_UNSPECIFIED
    UPSCALING_MODE_DEFAULT = UpscalingMode.UPSCALING_MODE_DEFAULT
    UPSCALING_MODE_AGGRESSIVE = UpscalingMode.UPSCALING_MODE_AGGRESSIVE
    UPSCALING_MODE_CONSERVATIVE = UpscalingMode.UPSCALING_MODE_CONSERVATIVE

    UPSCALING_MODE_FIELD_NUMBER = 1
    IDLE_TIMEOUT_SECONDS_FIELD_NUMBER = 2
    ENV_FIELD_NUMBER = 3
    IMAGE_FIELD_NUMBER = 4
    RESOURCES_FIELD_NUMBER = 5

    upscaling_mode: int
    idle_timeout_seconds: int
    env: _RepeatedCompositeFieldContainer[_flyteidl_core_literals_pb2.KeyValuePair]
    image: str
    resources: _flyteidl_core_tasks_pb2.Resources

    if _TYPE_CHECKING:
        def __init__(self, *, upscaling_mode: int | str | None = ..., idle_timeout_seconds: int | None = ..., env: _Iterable[_flyteidl_core_literals_pb2.KeyValuePair | _Mapping[str, _Any]] | None = ..., image: str | None = ..., resources: _flyteidl_core_tasks_pb2.Resources | _Mapping[str, _Any] | None = ...) -> None: ...


class RayCluster(_Message):
    __slots__ = ("head_group_spec", "worker_group_spec", "enable_autoscaling", "autoscaler_options")

    HEAD_GROUP_SPEC_FIELD_NUMBER = 1
    WORKER_GROUP_SPEC_FIELD_NUMBER = 2
    ENABLE_AUTOSCALING_FIELD_NUMBER = 3
    AUTOSCALER_OPTIONS_FIELD_NUMBER = 4

    head_group_spec: HeadGroupSpec
    worker_group_spec: _RepeatedCompositeFieldContainer[WorkerGroupSpec]
    enable_autoscaling: bool
    autoscaler_options: AutoscalerOptions

    if _TYPE_CHECKING:
        def __init__(self, *, head_group_spec: HeadGroupSpec | _Mapping[str, _Any] | None = ..., worker_group_spec: _Iterable[WorkerGroupSpec | _Mapping[str, _Any]] | None = ..., enable_autoscaling: bool | None = ..., autoscaler_options: AutoscalerOptions | _Mapping[str, _Any] | None = ...) -> None: ...


class HeadGroupSpec(_Message):
    __slots__ = ("ray_start_params", "k8s_pod")

    class RayStartParamsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    RAY_START_PARAMS_FIELD_NUMBER = 1
    K8S_POD_FIELD_NUMBER = 2

    ray_start_params: _ScalarMap[str, str]
    k8s_pod: _flyteidl_core_tasks_pb2.K8sPod

    if _TYPE_CHECKING:
        def __init__(self, *, ray_start_params: _Mapping[str, str] | None = ..., k8s_pod: _flyteidl_core_tasks_pb2.K8sPod | _Mapping[str, _Any] | None = ...) -> None: ...


class WorkerGroupSpec(_Message):
    __slots__ = ("group_name", "replicas", "min_replicas", "max_replicas", "ray_start_params", "k8s_pod")

    class RayStartParamsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    GROUP_NAME_FIELD_NUMBER = 1
    REPLICAS_FIELD_NUMBER = 2
    MIN_REPLICAS_FIELD_NUMBER = 3
    MAX_REPLICAS_FIELD_NUMBER = 4
    RAY_START_PARAMS_FIELD_NUMBER = 5
    K8S_POD_FIELD_NUMBER = 6

    group_name: str
    replicas: int
    min_replicas: int
    max_replicas: int
    ray_start_params: _ScalarMap[str, str]
    k8s_pod: _flyteidl_core_tasks_pb2.K8sPod

    if _TYPE_CHECKING:
        def __init__(self, *, group_name: str | None = ..., replicas: int | None = ..., min_replicas: int | None = ..., max_replicas: int | None = ..., ray_start_params: _Mapping[str, str] | None = ..., k8s_pod: _flyteidl_core_tasks_pb2.K8sPod | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/plugins/ray.proto",
    _SHA256,
    {
        "flyteidl.plugins.RayJob": RayJob,
        "flyteidl.plugins.AutoscalerOptions.UpscalingMode": AutoscalerOptions.UpscalingMode,
        "flyteidl.plugins.AutoscalerOptions": AutoscalerOptions,
        "flyteidl.plugins.RayCluster": RayCluster,
        "flyteidl.plugins.HeadGroupSpec.RayStartParamsEntry": HeadGroupSpec.RayStartParamsEntry,
        "flyteidl.plugins.HeadGroupSpec": HeadGroupSpec,
        "flyteidl.plugins.WorkerGroupSpec.RayStartParamsEntry": WorkerGroupSpec.RayStartParamsEntry,
        "flyteidl.plugins.WorkerGroupSpec": WorkerGroupSpec,
    },
)
