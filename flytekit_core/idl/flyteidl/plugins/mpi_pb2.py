"""Generated from flyteidl/plugins/mpi.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class DistributedMPITrainingTask(_Message):
    __slots__ = ("num_workers", "num_launcher_replicas", "slots")

    NUM_WORKERS_FIELD_NUMBER = 1
    NUM_LAUNCHER_REPLICAS_FIELD_NUMBER = 2
    SLOTS_FIELD_NUMBER = 3

    num_workers: int
    num_launcher_replicas: int
    slots: int

    if _TYPE_CHECKING:
        def __init__(self, *, num_workers: int | None = ..., num_launcher_replicas: int | None = ..., slots: int | None = ...) -> None: ...


_register_file(
    "flyteidl/plugins/mpi.proto",
    _SHA256,
    {
        "flyteidl.plugins.DistributedMPITrainingTask": DistributedMPITrainingTask,
    },
)
