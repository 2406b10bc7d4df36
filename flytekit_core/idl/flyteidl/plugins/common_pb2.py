"""Generated from flyteidl/plugins/common.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class RestartPolicy(_Enum):
    RESTART_POLICY_NEVER = 0
    RESTART_POLICY_ON_FAILURE = 1
    RESTART_POLICY_ALWAYS = 2

RESTART_POLICY_NEVER = RestartPolicy.RESTART_POLICY_NEVER
RESTART_POLICY_ON_FAILURE = RestartPolicy.RESTART_POLICY_ON_FAILURE
RESTART_POLICY_ALWAYS = RestartPolicy.RESTART_POLICY_ALWAYS

class CommonReplicaSpec(_Message):
    __slots__ = ("replicas", "image", "resources", "restart_policy")

    REPLICAS_FIELD_NUMBER = 1
    IMAGE_FIELD_NUMBER = 2
    RESOURCES_FIELD_NUMBER = 3
    RESTART_POLICY_FIELD_NUMBER = 4

    replicas: int
    image: str
    resources: _flyteidl_core_tasks_pb2.Resources
    restart_policy: int

    if _TYPE_CHECKING:
        def __init__(self, *, replicas: int | None = ..., image: str | None = ..., resources: _flyteidl_core_tasks_pb2.Resources | _Mapping[str, _Any] | None = ..., restart_policy: int | str | None = ...) -> None: ...


_register_file(
    "flyteidl/plugins/common.proto",
    _SHA256,
    {
        "flyteidl.plugins.RestartPolicy": RestartPolicy,
        "flyteidl.plugins.CommonReplicaSpec": CommonReplicaSpec,
    },
)
