"""Generated from flyteidl/cacheservice/cacheservice.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import literals_pb2 as _flyteidl_core_literals_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import types_pb2 as _flyteidl_core_types_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import identifier_pb2 as _flyteidl_core_identifier_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import interface_pb2 as _flyteidl_core_interface_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import duration_pb2 as _google_protobuf_duration_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import timestamp_pb2 as _google_protobuf_timestamp_pb2  # noqa: F401


class KeyMapMetadata(_Message):
    __slots__ = ("values",)

    class ValuesEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    VALUES_FIELD_NUMBER = 1

    values: _ScalarMap[str, str]

    if _TYPE_CHECKING:
        def __init__(self, *, values: _Mapping[str, str] | None = ...) -> None: ...


class Metadata(_Message):
    __slots__ = ("source_identifier", "key_map", "created_at", "last_updated_at")

    SOURCE_IDENTIFIER_FIELD_NUMBER = 1
    KEY_MAP_FIELD_NUMBER = 2
    CREATED_AT_FIELD_NUMBER = 3
    LAST_UPDATED_AT_FIELD_NUMBER = 4

    source_identifier: _flyteidl_core_identifier_pb2.Identifier
    key_map: KeyMapMetadata
    created_at: _google_protobuf_timestamp_pb2.Timestamp
    last_updated_at: _google_protobuf_timestamp_pb2.Timestamp

    if _TYPE_CHECKING:
        def __init__(self, *, source_identifier: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., key_map: KeyMapMetadata | _Mapping[str, _Any] | None = ..., created_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., last_updated_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ...) -> None: ...


class CachedOutput(_Message):
    __slots__ = ("output_literals", "output_uri", "metadata")

    OUTPUT_LITERALS_FIELD_NUMBER = 1
    OUTPUT_URI_FIELD_NUMBER = 2
    METADATA_FIELD_NUMBER = 3

    output_literals: _flyteidl_core_literals_pb2.LiteralMap
    output_uri: str
    metadata: Metadata

    if _TYPE_CHECKING:
        def __init__(self, *, output_literals: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., output_uri: str | None = ..., metadata: Metadata | _Mapping[str, _Any] | None = ...) -> None: ...


class GetCacheRequest(_Message):
    __slots__ = ("key",)

    KEY_FIELD_NUMBER = 1

    key: str

    if _TYPE_CHECKING:
        def __init__(self, *, key: str | None = ...) -> None: ...


class GetCacheResponse(_Message):
    __slots__ = ("output",)

    OUTPUT_FIELD_NUMBER = 1

    output: CachedOutput

    if _TYPE_CHECKING:
        def __init__(self, *, output: CachedOutput | _Mapping[str, _Any] | None = ...) -> None: ...


class PutCacheRequest(_Message):
    __slots__ = ("key", "output", "overwrite")

    KEY_FIELD_NUMBER = 1
    OUTPUT_FIELD_NUMBER = 2
    OVERWRITE_FIELD_NUMBER = 3

    key: str
    output: CachedOutput
    overwrite: bool

    if _TYPE_CHECKING:
        def __init__(self, *, key: str | None = ..., output: CachedOutput | _Mapping[str, _Any] | None = ..., overwrite: bool | None = ...) -> None: ...


class PutCacheResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class DeleteCacheRequest(_Message):
    __slots__ = ("key",)

    KEY_FIELD_NUMBER = 1

    key: str

    if _TYPE_CHECKING:
        def __init__(self, *, key: str | None = ...) -> None: ...


class DeleteCacheResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class Reservation(_Message):
    __slots__ = ("key", "owner_id", "heartbeat_interval", "expires_at")

    KEY_FIELD_NUMBER = 1
    OWNER_ID_FIELD_NUMBER = 2
    HEARTBEAT_INTERVAL_FIELD_NUMBER = 3
    EXPIRES_AT_FIELD_NUMBER = 4

    key: str
    owner_id: str
    heartbeat_interval: _google_protobuf_duration_pb2.Duration
    expires_at: _google_protobuf_timestamp_pb2.Timestamp

    if _TYPE_CHECKING:
        def __init__(self, *, key: str | None = ..., owner_id: str | None = ..., heartbeat_interval: _google_protobuf_duration_pb2.Duration | _Mapping[str, _Any] | None = ..., expires_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ...) -> None: ...


class GetOrExtendReservationRequest(_Message):
    __slots__ = ("key", "owner_id", "heartbeat_interval")

    KEY_FIELD_NUMBER = 1
    OWNER_ID_FIELD_NUMBER = 2
    HEARTBEAT_INTERVAL_FIELD_NUMBER = 3

    key: str
    owner_id: str
    heartbeat_interval: _google_protobuf_duration_pb2.Duration

    if _TYPE_CHECKING:
        def __init__(self, *, key: str | None = ..., owner_id: str | None = ..., heartbeat_interval: _google_protobuf_duration_pb2.Duration | _Mapping[str, _Any] | None = ...) -> None: ...


class GetOrExtendReservationResponse(_Message):
    __slots__ = ("reservation",)

    RESERVATION_FIELD_NUMBER = 1

    reservation: Reservation

    if _TYPE_CHECKING:
        def __init__(self, *, reservation: Reservation | _Mapping[str, _Any] | None = ...) -> None: ...


class ReleaseReservationRequest(_Message):
    __slots__ = ("key", "owner_id")

    KEY_FIELD_NUMBER = 1
    OWNER_ID_FIELD_NUMBER = 2

    key: str
    owner_id: str

    if _TYPE_CHECKING:
        def __init__(self, *, key: str | None = ..., owner_id: str | None = ...) -> None: ...


class ReleaseReservationResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


_register_file(
    "flyteidl/cacheservice/cacheservice.proto",
    _SHA256,
    {
        "flyteidl.cacheservice.KeyMapMetadata.ValuesEntry": KeyMapMetadata.ValuesEntry,
        "flyteidl.cacheservice.KeyMapMetadata": KeyMapMetadata,
        "flyteidl.cacheservice.Metadata": Metadata,
        "flyteidl.cacheservice.CachedOutput": CachedOutput,
        "flyteidl.cacheservice.GetCacheRequest": GetCacheRequest,
        "flyteidl.cacheservice.GetCacheResponse": GetCacheResponse,
        "flyteidl.cacheservice.PutCacheRequest": PutCacheRequest,
        "flyteidl.cacheservice.PutCacheResponse": PutCacheResponse,
        "flyteidl.cacheservice.DeleteCacheRequest": DeleteCacheRequest,
        "flyteidl.cacheservice.DeleteCacheResponse": DeleteCacheResponse,
        "flyteidl.cacheservice.Reservation": Reservation,
        "flyteidl.cacheservice.GetOrExtendReservationRequest": GetOrExtendReservationRequest,
        "flyteidl.cacheservice.GetOrExtendReservationResponse": GetOrExtendReservationResponse,
        "flyteidl.cacheservice.ReleaseReservationRequest": ReleaseReservationRequest,
        "flyteidl.cacheservice.ReleaseReservationResponse": ReleaseReservationResponse,
    },
)
