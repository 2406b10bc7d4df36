"""Generated from flyteidl/plugins/tensorflow.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class DistributedTensorflowTrainingTask(_Message):
    __slots__ = ("workers", "ps_replicas", "chief_replicas", "evaluator_replicas")

    WORKERS_FIELD_NUMBER = 1
    PS_REPLICAS_FIELD_NUMBER = 2
    CHIEF_REPLICAS_FIELD_NUMBER = 3
    EVALUATOR_REPLICAS_FIELD_NUMBER = 4

    workers: int
    ps_replicas: int
    chief_replicas: int
    evaluator_replicas: int

    if _TYPE_CHECKING:
        def __init__(self, *, workers: int | None = ..., ps_replicas: int | None = ..., chief_replicas: int | None = ..., evaluator_replicas: int | None = ...) -> None: ...


_register_file(
    "flyteidl/plugins/tensorflow.proto",
    _SHA256,
    {
        "flyteidl.plugins.DistributedTensorflowTrainingTask": DistributedTensorflowTrainingTask,
    },
)
