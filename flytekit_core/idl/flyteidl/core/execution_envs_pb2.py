"""Generated from flyteidl/core/execution_envs.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.google.protobuf import struct_pb2 as _google_protobuf_struct_pb2  # noqa: F401


class ExecutionEnvAssignment(_Message):
    __slots__ = ("node_ids", "task_type", "execution_env")

    NODE_IDS_FIELD_NUMBER = 1
    TASK_TYPE_FIELD_NUMBER = 2
    EXECUTION_ENV_FIELD_NUMBER = 3

    node_ids: _RepeatedScalarFieldContainer[str]
    task_type: str
    execution_env: ExecutionEnv

    if _TYPE_CHECKING:
        def __init__(self, *, node_ids: _Iterable[str] | None = ..., task_type: str | None = ..., execution_env: ExecutionEnv | _Mapping[str, _Any] | None = ...) -> None: ...


class ExecutionEnv(_Message):
    __slots__ = ("name", "type", "extant", "spec", "version")

    NAME_FIELD_NUMBER = 1
    TYPE_FIELD_NUMBER = 2
    EXTANT_FIELD_NUMBER = 3
    SPEC_FIELD_NUMBER = 4
    VERSION_FIELD_NUMBER = 5

    name: str
    type: str
    extant: _google_protobuf_struct_pb2.Struct
    spec: _google_protobuf_struct_pb2.Struct
    version: str

    if _TYPE_CHECKING:
        def __init__(self, *, name: str | None = ..., type: str | None = ..., extant: _google_protobuf_struct_pb2.Struct | _Mapping[str, _Any] | None = ..., spec: _google_protobuf_struct_pb2.Struct | _Mapping[str, _Any] | None = ..., version: str | None = ...) -> None: ...


_register_file(
    "flyteidl/core/execution_envs.proto",
    _SHA256,
    {
        "flyteidl.core.ExecutionEnvAssignment": ExecutionEnvAssignment,
        "flyteidl.core.ExecutionEnv": ExecutionEnv,
    },
)
