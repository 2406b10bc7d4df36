"""Generated from flyteidl/plugins/array_job.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class ArrayJob(_Message):
    __slots__ = ("parallelism", "size", "min_successes", "min_success_ratio")

    PARALLELISM_FIELD_NUMBER = 1
    SIZE_FIELD_NUMBER = 2
    MIN_SUCCESSES_FIELD_NUMBER = 3
    MIN_SUCCESS_RATIO_FIELD_NUMBER = 4

    parallelism: int
    size: int
    min_successes: int
    min_success_ratio: float

    if _TYPE_CHECKING:
        def __init__(self, *, parallelism: int | None = ..., size: int | None = ..., min_successes: int | None = ..., min_success_ratio: float | None = ...) -> None: ...


_register_file(
    "flyteidl/plugins/array_job.proto",
    _SHA256,
    {
        "flyteidl.plugins.ArrayJob": ArrayJob,
    },
)
