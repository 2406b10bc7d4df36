"""Generated from flyteidl/plugins/qubole.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class HiveQuery(_Message):
    __slots__ = ("query", "timeout_sec", "retryCount")

    QUERY_FIELD_NUMBER = 1
    TIMEOUT_SEC_FIELD_NUMBER = 2
    RETRYCOUNT_FIELD_NUMBER = 3

    query: str
    timeout_sec: int
    retryCount: int

    if _TYPE_CHECKING:
        def __init__(self, *, query: str | None = ..., timeout_sec: int | None = ..., retryCount: int | None = ...) -> None: ...


class HiveQueryCollection(_Message):
    __slots__ = ("queries",)

    QUERIES_FIELD_NUMBER = 2

    queries: _RepeatedCompositeFieldContainer[HiveQuery]

    if _TYPE_CHECKING:
        def __init__(self, *, queries: _Iterable[HiveQuery | _Mapping[str, _Any]] | None = ...) -> None: ...


class QuboleHiveJob(_Message):
    __slots__ = ("cluster_label", "query_collection", "tags", "query")

    CLUSTER_LABEL_FIELD_NUMBER = 1
    QUERY_COLLECTION_FIELD_NUMBER = 2
    TAGS_FIELD_NUMBER = 3
    QUERY_FIELD_NUMBER = 4

    cluster_label: str
    query_collection: HiveQueryCollection
    tags: _RepeatedScalarFieldContainer[str]
    query: HiveQuery

    if _TYPE_CHECKING:
        def __init__(self, *, cluster_label: str | None = ..., query_collection: HiveQueryCollection | _Mapping[str, _Any] | None = ..., tags: _Iterable[str] | None = ..., query: HiveQuery | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/plugins/qubole.proto",
    _SHA256,
    {
        "flyteidl.plugins.HiveQuery": HiveQuery,
        "flyteidl.plugins.HiveQueryCollection": HiveQueryCollection,
        "flyteidl.plugins.QuboleHiveJob": QuboleHiveJob,
    },
)
