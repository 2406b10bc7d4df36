"""Generated from flyteidl/admin/cluster_assignment.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class ClusterAssignment(_Message):
    __slots__ = ("cluster_pool_name",)

    CLUSTER_POOL_NAME_FIELD_NUMBER = 3

    cluster_pool_name: str

    if _TYPE_CHECKING:
        def __init__(self, *, cluster_pool_name: str | None = ...) -> None: ...


_register_file(
    "flyteidl/admin/cluster_assignment.proto",
    _SHA256,
    {
        "flyteidl.admin.ClusterAssignment": ClusterAssignment,
    },
)
