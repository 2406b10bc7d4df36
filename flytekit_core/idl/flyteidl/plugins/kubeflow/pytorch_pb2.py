"""Generated from flyteidl/plugins/kubeflow/pytorch.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.plugins.kubeflow import common_pb2 as _flyteidl_plugins_kubeflow_common_pb2  # noqa: F401


class ElasticConfig(_Message):
    __slots__ = ("rdzv_backend", "min_replicas", "max_replicas", "nproc_per_node", "max_restarts")

    RDZV_BACKEND_FIELD_NUMBER = 1
    MIN_REPLICAS_FIELD_NUMBER = 2
    MAX_REPLICAS_FIELD_NUMBER = 3
    NPROC_PER_NODE_FIELD_NUMBER = 4
    MAX_RESTARTS_FIELD_NUMBER = 5

    rdzv_backend: str
    min_replicas: int
    max_replicas: int
    nproc_per_node: int
    max_restarts: int

    if _TYPE_CHECKING:
        def __init__(self, *, rdzv_backend: str | None = ..., min_replicas: int | None = ..., max_replicas: int | None = ..., nproc_per_node: int | None = ..., max_restarts: int | None = ...) -> None: ...


class DistributedPyTorchTrainingTask(_Message):
    __slots__ = ("worker_replicas", "master_replicas", "run_policy", "elastic_config")

    WORKER_REPLICAS_FIELD_NUMBER = 1
    MASTER_REPLICAS_FIELD_NUMBER = 2
    RUN_POLICY_FIELD_NUMBER = 3
    ELASTIC_CONFIG_FIELD_NUMBER = 4

    worker_replicas: DistributedPyTorchTrainingReplicaSpec
    master_replicas: DistributedPyTorchTrainingReplicaSpec
    run_policy: _flyteidl_plugins_kubeflow_common_pb2.RunPolicy
    elastic_config: ElasticConfig

    if _TYPE_CHECKING:
        def __init__(self, *, worker_replicas: DistributedPyTorchTrainingReplicaSpec | _Mapping[str, _Any] | None = ..., master_replicas: DistributedPyTorchTrainingReplicaSpec | _Mapping[str, _Any] | None = ..., run_policy: _flyteidl_plugins_kubeflow_common_pb2.RunPolicy | _Mapping[str, _Any] | None = ..., elastic_config: ElasticConfig | _Mapping[str, _Any] | None = ...) -> None: ...


class DistributedPyTorchTrainingReplicaSpec(_Message):
    __slots__ = ("replicas", "image", "resources", "restart_policy", "common")

    REPLICAS_FIELD_NUMBER = 1
    IMAGE_FIELD_NUMBER = 2
    RESOURCES_FIELD_NUMBER = 3
    RESTART_POLICY_FIELD_NUMBER = 4
    COMMON_FIELD_NUMBER = 5

    replicas: int
    image: str
    resources: _flyteidl_core_tasks_pb2.Resources
    restart_policy: int
    common: _flyteidl_plugins_common_pb2.CommonReplicaSpec

    if _TYPE_CHECKING:
        def __init__(self, *, replicas: int | None = ..., image: str | None = ..., resources: _flyteidl_core_tasks_pb2.Resources | _Mapping[str, _Any] | None = ..., restart_policy: int | str | None = ..., common: _flyteidl_plugins_common_pb2.CommonReplicaSpec | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/plugins/kubeflow/pytorch.proto",
    _SHA256,
    {
        "flyteidl.plugins.kubeflow.ElasticConfig": ElasticConfig,
        "flyteidl.plugins.kubeflow.DistributedPyTorchTrainingTask": DistributedPyTorchTrainingTask,
        "flyteidl.plugins.kubeflow.DistributedPyTorchTrainingReplicaSpec": DistributedPyTorchTrainingReplicaSpec,
    },
)
