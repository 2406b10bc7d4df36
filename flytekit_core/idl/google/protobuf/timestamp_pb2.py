"""Generated from google/protobuf/timestamp.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.well_known import TimestampMixin as _TimestampMixin


class Timestamp(_TimestampMixin, _Message):
    __slots__ = ("seconds", "nanos")

    SECONDS_FIELD_NUMBER = 1
    NANOS_FIELD_NUMBER = 2

    seconds: int
    nanos: int

    if _TYPE_CHECKING:
        def __init__(self, *, seconds: int | None = ..., nanos: int | None = ...) -> None: ...


_register_file(
    "google/protobuf/timestamp.proto",
    _SHA256,
    {
        "google.protobuf.Timestamp": Timestamp,
    },
)
