"""Generated from flyteidl/core/errors.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.google.protobuf import timestamp_pb2 as _google_protobuf_timestamp_pb2  # noqa: F401


class ContainerError(_Message):
    __slots__ = ("code", "message", "kind", "origin", "timestamp", "worker")

    class Kind(_Enum):
        NON_RECOVERABLE = 0
        RECOVERABLE = 1

    NON_RECOVERABLE = Kind.NON_RECOVERABLE
    RECOVERABLE = Kind.RECOVERABLE

    CODE_FIELD_NUMBER = 1
    MESSAGE_FIELD_NUMBER = 2
    KIND_FIELD_NUMBER = 3
    ORIGIN_FIELD_NUMBER = 4
    TIMESTAMP_FIELD_NUMBER = 5
    WORKER_FIELD_NUMBER = 6

    code: str
    message: str
    kind: int
    origin: int
    timestamp: _google_protobuf_timestamp_pb2.Timestamp
    worker: str

    if _TYPE_CHECKING:
        def __init__(self, *, code: str | None = ..., message: str | None = ..., kind: int | str | None = ..., origin: int | str | None = ..., timestamp: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., worker: str | None = ...) -> None: ...


class ErrorDocument(_Message):
    __slots__ = ("error",)

    ERROR_FIELD_NUMBER = 1

    error: ContainerError

    if _TYPE_CHECKING:
        def __init__(self, *, error: ContainerError | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/core/errors.proto",
    _SHA256,
    {
        "flyteidl.core.ContainerError.Kind": ContainerError.Kind,
        "flyteidl.core.ContainerError": ContainerError,
        "flyteidl.core.ErrorDocument": ErrorDocument,
    },
)
