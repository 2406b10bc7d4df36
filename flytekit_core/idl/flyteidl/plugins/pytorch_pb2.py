"""Generated from flyteidl/plugins/pytorch.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class ElasticConfig(_Message):
    __slots__ = ("rdzv_backend", "min_replicas", "max_replicas", "nproc_per_node", "max_restarts")

    RDZV_BACKEND_FIELD_NUMBER = 1
    MIN_REPLICAS_FIELD_NUMBER = 2
    MAX_REPLICAS_FIELD_NUMBER = 3
    NPROC_PER_NODE_FIELD_NUMBER = 4
    MAX_RESTARTS_FIELD_NUMBER = 5

    rdzv_backend: str
    min_replicas: int
    max_replicas: int
    nproc_per_node: int
    max_restarts: int

    if _TYPE_CHECKING:
        def __init__(self, *, rdzv_backend: str | None = ..., min_replicas: int | None = ..., max_replicas: int | None = ..., nproc_per_node: int | None = ..., max_restarts: int | None = ...) -> None: ...


class DistributedPyTorchTrainingTask(_Message):
    __slots__ = ("workers", "elastic_config")

    WORKERS_FIELD_NUMBER = 1
    ELASTIC_CONFIG_FIELD_NUMBER = 2

    workers: int
    elastic_config: ElasticConfig

    if _TYPE_CHECKING:
        def __init__(self, *, workers: int | None = ..., elastic_config: ElasticConfig | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/plugins/pytorch.proto",
    _SHA256,
    {
        "flyteidl.plugins.ElasticConfig": ElasticConfig,
        "flyteidl.plugins.DistributedPyTorchTrainingTask": DistributedPyTorchTrainingTask,
    },
)
