"""Generated from flyteidl/core/catalog.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import identifier_pb2 as _flyteidl_core_identifier_pb2  # noqa: F401


class CatalogCacheStatus(_Enum):
    CACHE_DISABLED = 0
    CACHE_MISS = 1
    CACHE_HIT = 2
    CACHE_POPULATED = 3
    CACHE_LOOKUP_FAILURE = 4
    CACHE_PUT_FAILURE = 5
    CACHE_SKIPPED = 6
    CACHE_EVICTED = 7

CACHE_DISABLED = CatalogCacheStatus.CACHE_DISABLED
CACHE_MISS = CatalogCacheStatus.CACHE_MISS
CACHE_HIT = CatalogCacheStatus.CACHE_HIT
CACHE_POPULATED = CatalogCacheStatus.CACHE_POPULATED
CACHE_LOOKUP_FAILURE = CatalogCacheStatus.CACHE_LOOKUP_FAILURE
CACHE_PUT_FAILURE = CatalogCacheStatus.CACHE_PUT_FAILURE
CACHE_SKIPPED = CatalogCacheStatus.CACHE_SKIPPED
CACHE_EVICTED = CatalogCacheStatus.CACHE_EVICTED

class CatalogArtifactTag(_Message):
    __slots__ = ("artifact_id", "name")

    ARTIFACT_ID_FIELD_NUMBER = 1
    NAME_FIELD_NUMBER = 2

    artifact_id: str
    name: str

    if _TYPE_CHECKING:
        def __init__(self, *, artifact_id: str | None = ..., name: str | None = ...) -> None: ...


class CatalogMetadata(_Message):
    __slots__ = ("dataset_id", "artifact_tag", "source_task_execution")

    DATASET_ID_FIELD_NUMBER = 1
    ARTIFACT_TAG_FIELD_NUMBER = 2
    SOURCE_TASK_EXECUTION_FIELD_NUMBER = 3

    dataset_id: _flyteidl_core_identifier_pb2.Identifier
    artifact_tag: CatalogArtifactTag
    source_task_execution: _flyteidl_core_identifier_pb2.TaskExecutionIdentifier

    if _TYPE_CHECKING:
        def __init__(self, *, dataset_id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., artifact_tag: CatalogArtifactTag | _Mapping[str, _Any] | None = ..., source_task_execution: _flyteidl_core_identifier_pb2.TaskExecutionIdentifier | _Mapping[str, _Any] | None = ...) -> None: ...


class CatalogReservation(_Message):
    __slots__ = ()

    class Status(_Enum):
        RESERVATION_DISABLED = 0
        RESERVATION_ACQUIRED = 1
        RESERVATION_EXISTS = 2
        RESERVATION_RELEASED = 3
        RESERVATION_FAILURE = 4

    RESERVATION_DISABLED = Status.RESERVATION_DISABLED
    RESERVATION_ACQUIRED = Status.RESERVATION_ACQUIRED
    RESERVATION_EXISTS = Status.RESERVATION_EXISTS
    RESERVATION_RELEASED = Status.RESERVATION_RELEASED
    RESERVATION_FAILURE = Status.RESERVATION_FAILURE

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


_register_file(
    "flyteidl/core/catalog.proto",
    _SHA256,
    {
        "flyteidl.core.CatalogCacheStatus": CatalogCacheStatus,
        "flyteidl.core.CatalogArtifactTag": CatalogArtifactTag,
        "flyteidl.core.CatalogMetadata": CatalogMetadata,
        "flyteidl.core.CatalogReservation.Status": CatalogReservation.Status,
        "flyteidl.core.CatalogReservation": CatalogReservation,
    },
)
