"""Generated from flyteidl/plugins/kubeflow/common.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.plugins import common_pb2 as _flyteidl_plugins_common_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.plugins.common_pb2 import *  # noqa: F403


class CleanPodPolicy(_Enum):
    CLEANPOD_POLICY_NONE = 0
    CLEANPOD_POLICY_RUNNING = 1
    CLEANPOD_POLICY_ALL = 2

CLEANPOD_POLICY_NONE = CleanPodPolicy.CLEANPOD_POLICY_NONE
CLEANPOD_POLICY_RUNNING = CleanPodPolicy.CLEANPOD_POLICY_RUNNING
CLEANPOD_POLICY_ALL = CleanPodPolicy.CLEANPOD_POLICY_ALL

class RunPolicy(_Message):
    __slots__ = ("clean_pod_policy", "ttl_seconds_after_finished", "active_deadline_seconds", "backoff_limit")

    CLEAN_POD_POLICY_FIELD_NUMBER = 1
    TTL_SECONDS_AFTER_FINISHED_FIELD_NUMBER = 2
    ACTIVE_DEADLINE_SECONDS_FIELD_NUMBER = 3
    BACKOFF_LIMIT_FIELD_NUMBER = 4

    clean_pod_policy: int
    ttl_seconds_after_finished: int
    active_deadline_seconds: int
    backoff_limit: int

    if _TYPE_CHECKING:
        def __init__(self, *, clean_pod_policy: int | str | None = ..., ttl_seconds_after_finished: int | None = ..., active_deadline_seconds: int | None = ..., backoff_limit: int | None = ...) -> None: ...


_register_file(
    "flyteidl/plugins/kubeflow/common.proto",
    _SHA256,
    {
        "flyteidl.plugins.kubeflow.CleanPodPolicy": CleanPodPolicy,
        "flyteidl.plugins.kubeflow.RunPolicy": RunPolicy,
    },
)
