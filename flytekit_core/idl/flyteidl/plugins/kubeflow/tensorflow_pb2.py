"""Generated from flyteidl/plugins/kubeflow/tensorflow.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class DistributedTensorflowTrainingTask(_Message):
    __slots__ = ("worker_replicas", "ps_replicas", "chief_replicas", "run_policy", "evaluator_replicas")

    WORKER_REPLICAS_FIELD_NUMBER = 1
    PS_REPLICAS_FIELD_NUMBER = 2
    CHIEF_REPLICAS_FIELD_NUMBER = 3
    RUN_POLICY_FIELD_NUMBER = 4
    EVALUATOR_REPLICAS_FIELD_NUMBER = 5

    worker_replicas: DistributedTensorflowTrainingReplicaSpec
    ps_replicas: DistributedTensorflowTrainingReplicaSpec
    chief_replicas: DistributedTensorflowTrainingReplicaSpec
    run_policy: _flyteidl_plugins_kubeflow_common_pb2.RunPolicy
    evaluator_replicas: DistributedTensorflowTrainingReplicaSpec

    if _TYPE_CHECKING:
        def __init__(self, *, worker_replicas: DistributedTensorflowTrainingReplicaSpec | _Mapping[str, _Any] | None = ..., ps_replicas: DistributedTensorflowTrainingReplicaSpec | _Mapping[str, _Any] | None = ..., chief_replicas: DistributedTensorflowTrainingReplicaSpec | _Mapping[str, _Any] | None = ..., run_policy: _flyteidl_plugins_kubeflow_common_pb2.RunPolicy | _Mapping[str, _Any] | None = ..., evaluator_replicas: DistributedTensorflowTrainingReplicaSpec | _Mapping[str, _Any] | None = ...) -> None: ...


class DistributedTensorflowTrainingReplicaSpec(_Message):
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
    "flyteidl/plugins/kubeflow/tensorflow.proto",
    _SHA256,
    {
        "flyteidl.plugins.kubeflow.DistributedTensorflowTrainingTask": DistributedTensorflowTrainingTask,
        "flyteidl.plugins.kubeflow.DistributedTensorflowTrainingReplicaSpec": DistributedTensorflowTrainingReplicaSpec,
    },
)
