"""Generated from flyteidl/plugins/dask.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class DaskJob(_Message):
    __slots__ = ("scheduler", "workers")

    SCHEDULER_FIELD_NUMBER = 1
    WORKERS_FIELD_NUMBER = 2

    scheduler: DaskScheduler
    workers: DaskWorkerGroup

    if _TYPE_CHECKING:
        def __init__(self, *, scheduler: DaskScheduler | _Mapping[str, _Any] | None = ..., workers: DaskWorkerGroup | _Mapping[str, _Any] | None = ...) -> None: ...


class DaskScheduler(_Message):
    __slots__ = ("image", "resources")

    IMAGE_FIELD_NUMBER = 1
    RESOURCES_FIELD_NUMBER = 2

    image: str
    resources: _flyteidl_core_tasks_pb2.Resources

    if _TYPE_CHECKING:
        def __init__(self, *, image: str | None = ..., resources: _flyteidl_core_tasks_pb2.Resources | _Mapping[str, _Any] | None = ...) -> None: ...


class DaskWorkerGroup(_Message):
    __slots__ = ("number_of_workers", "image", "resources")

    NUMBER_OF_WORKERS_FIELD_NUMBER = 1
    IMAGE_FIELD_NUMBER = 2
    RESOURCES_FIELD_NUMBER = 3

    number_of_workers: int
    image: str
    resources: _flyteidl_core_tasks_pb2.Resources

    if _TYPE_CHECKING:
        def __init__(self, *, number_of_workers: int | None = ..., image: str | None = ..., resources: _flyteidl_core_tasks_pb2.Resources | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/plugins/dask.proto",
    _SHA256,
    {
        "flyteidl.plugins.DaskJob": DaskJob,
        "flyteidl.plugins.DaskScheduler": DaskScheduler,
        "flyteidl.plugins.DaskWorkerGroup": DaskWorkerGroup,
    },
)
