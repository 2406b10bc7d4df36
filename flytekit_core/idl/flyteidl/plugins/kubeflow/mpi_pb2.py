"""Generated from flyteidl/plugins/kubeflow/mpi.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class DistributedMPITrainingTask(_Message):
    __slots__ = ("worker_replicas", "launcher_replicas", "run_policy", "slots")

    WORKER_REPLICAS_FIELD_NUMBER = 1
    LAUNCHER_REPLICAS_FIELD_NUMBER = 2
    RUN_POLICY_FIELD_NUMBER = 3
    SLOTS_FIELD_NUMBER = 4

    worker_replicas: DistributedMPITrainingReplicaSpec
    launcher_replicas: DistributedMPITrainingReplicaSpec
    run_policy: _flyteidl_plugins_kubeflow_common_pb2.RunPolicy
    slots: int

    if _TYPE_CHECKING:
        def __init__(self, *, worker_replicas: DistributedMPITrainingReplicaSpec | _Mapping[str, _Any] | None = ..., launcher_replicas: DistributedMPITrainingReplicaSpec | _Mapping[str, _Any] | None = ..., run_policy: _flyteidl_plugins_kubeflow_common_pb2.RunPolicy | _Mapping[str, _Any] | None = ..., slots: int | None = ...) -> None: ...


class DistributedMPITrainingReplicaSpec(_Message):
    __slots__ = ("replicas", "image", "resources", "restart_policy", "command", "common")

    REPLICAS_FIELD_NUMBER = 1
    IMAGE_FIELD_NUMBER = 2
    RESOURCES_FIELD_NUMBER = 3
    RESTART_POLICY_FIELD_NUMBER = 4
    COMMAND_FIELD_NUMBER = 5
    COMMON_FIELD_NUMBER = 6

    replicas: int
    image: str
    resources: _flyteidl_core_tasks_pb2.Resources
    restart_policy: int
    command: _RepeatedScalarFieldContainer[str]
    common: _flyteidl_plugins_common_pb2.CommonReplicaSpec

    if _TYPE_CHECKING:
        def __init__(self, *, replicas: int | None = ..., image: str | None = ..., resources: _flyteidl_core_tasks_pb2.Resources | _Mapping[str, _Any] | None = ..., restart_policy: int | str | None = ..., command: _Iterable[str] | None = ..., common: _flyteidl_plugins_common_pb2.CommonReplicaSpec | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/plugins/kubeflow/mpi.proto",
    _SHA256,
    {
        "flyteidl.plugins.kubeflow.DistributedMPITrainingTask": DistributedMPITrainingTask,
        "flyteidl.plugins.kubeflow.DistributedMPITrainingReplicaSpec": DistributedMPITrainingReplicaSpec,
    },
)
