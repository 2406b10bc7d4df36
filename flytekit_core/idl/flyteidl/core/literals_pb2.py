"""Generated from flyteidl/core/literals.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.google.protobuf import timestamp_pb2 as _google_protobuf_timestamp_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import duration_pb2 as _google_protobuf_duration_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import struct_pb2 as _google_protobuf_struct_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import types_pb2 as _flyteidl_core_types_pb2  # noqa: F401


class Primitive(_Message):
    __slots__ = ("integer", "float_value", "string_value", "boolean", "datetime", "duration")

    INTEGER_FIELD_NUMBER = 1
    FLOAT_VALUE_FIELD_NUMBER = 2
    STRING_VALUE_FIELD_NUMBER = 3
    BOOLEAN_FIELD_NUMBER = 4
    DATETIME_FIELD_NUMBER = 5
    DURATION_FIELD_NUMBER = 6

    integer: int
    float_value: float
    string_value: str
    boolean: bool
    datetime: _google_protobuf_timestamp_pb2.Timestamp
    duration: _google_protobuf_duration_pb2.Duration

    if _TYPE_CHECKING:
        def __init__(self, *, integer: int | None = ..., float_value: float | None = ..., string_value: str | None = ..., boolean: bool | None = ..., datetime: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., duration: _google_protobuf_duration_pb2.Duration | _Mapping[str, _Any] | None = ...) -> None: ...


class Void(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class Blob(_Message):
    __slots__ = ("metadata", "uri")

    METADATA_FIELD_NUMBER = 1
    URI_FIELD_NUMBER = 3

    metadata: BlobMetadata
    uri: str

    if _TYPE_CHECKING:
        def __init__(self, *, metadata: BlobMetadata | _Mapping[str, _Any] | None = ..., uri: str | None = ...) -> None: ...


class BlobMetadata(_Message):
    __slots__ = ("type",)

    TYPE_FIELD_NUMBER = 1

    type: _flyteidl_core_types_pb2.BlobType

    if _TYPE_CHECKING:
        def __init__(self, *, type: _flyteidl_core_types_pb2.BlobType | _Mapping[str, _Any] | None = ...) -> None: ...


class Binary(_Message):
    __slots__ = ("value", "tag")

    VALUE_FIELD_NUMBER = 1
    TAG_FIELD_NUMBER = 2

    value: bytes
    tag: str

    if _TYPE_CHECKING:
        def __init__(self, *, value: bytes | None = ..., tag: str | None = ...) -> None: ...


class Schema(_Message):
    __slots__ = ("uri", "type")

    URI_FIELD_NUMBER = 1
    TYPE_FIELD_NUMBER = 3

    uri: str
    type: _flyteidl_core_types_pb2.SchemaType

    if _TYPE_CHECKING:
        def __init__(self, *, uri: str | None = ..., type: _flyteidl_core_types_pb2.SchemaType | _Mapping[str, _Any] | None = ...) -> None: ...


class Union(_Message):
    __slots__ = ("value", "type")

    VALUE_FIELD_NUMBER = 1
    TYPE_FIELD_NUMBER = 2

    value: Literal
    type: _flyteidl_core_types_pb2.LiteralType

    if _TYPE_CHECKING:
        def __init__(self, *, value: Literal | _Mapping[str, _Any] | None = ..., type: _flyteidl_core_types_pb2.LiteralType | _Mapping[str, _Any] | None = ...) -> None: ...


class StructuredDatasetMetadata(_Message):
    __slots__ = ("structured_dataset_type",)

    STRUCTURED_DATASET_TYPE_FIELD_NUMBER = 1

    structured_dataset_type: _flyteidl_core_types_pb2.StructuredDatasetType

    if _TYPE_CHECKING:
        def __init__(self, *, structured_dataset_type: _flyteidl_core_types_pb2.StructuredDatasetType | _Mapping[str, _Any] | None = ...) -> None: ...


class StructuredDataset(_Message):
    __slots__ = ("uri", "metadata")

    URI_FIELD_NUMBER = 1
    METADATA_FIELD_NUMBER = 2

    uri: str
    metadata: StructuredDatasetMetadata

    if _TYPE_CHECKING:
        def __init__(self, *, uri: str | None = ..., metadata: StructuredDatasetMetadata | _Mapping[str, _Any] | None = ...) -> None: ...


class Scalar(_Message):
    __slots__ = ("primitive", "blob", "binary", "schema", "none_type", "error", "generic", "structured_dataset", "union")

    PRIMITIVE_FIELD_NUMBER = 1
    BLOB_FIELD_NUMBER = 2
    BINARY_FIELD_NUMBER = 3
    SCHEMA_FIELD_NUMBER = 4
    NONE_TYPE_FIELD_NUMBER = 5
    ERROR_FIELD_NUMBER = 6
    GENERIC_FIELD_NUMBER = 7
    STRUCTURED_DATASET_FIELD_NUMBER = 8
    UNION_FIELD_NUMBER = 9

    primitive: Primitive
    blob: Blob
    binary: Binary
    schema: Schema
    none_type: Void
    error: _flyteidl_core_types_pb2.Error
    generic: _google_protobuf_struct_pb2.Struct
    structured_dataset: StructuredDataset
    union: Union

    if _TYPE_CHECKING:
        def __init__(self, *, primitive: Primitive | _Mapping[str, _Any] | None = ..., blob: Blob | _Mapping[str, _Any] | None = ..., binary: Binary | _Mapping[str, _Any] | None = ..., schema: Schema | _Mapping[str, _Any] | None = ..., none_type: Void | _Mapping[str, _Any] | None = ..., error: _flyteidl_core_types_pb2.Error | _Mapping[str, _Any] | None = ..., generic: _google_protobuf_struct_pb2.Struct | _Mapping[str, _Any] | None = ..., structured_dataset: StructuredDataset | _Mapping[str, _Any] | None = ..., union: Union | _Mapping[str, _Any] | None = ...) -> None: ...


class Literal(_Message):
    __slots__ = ("scalar", "collection", "map", "offloaded_metadata", "hash", "metadata")

    class MetadataEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    SCALAR_FIELD_NUMBER = 1
    COLLECTION_FIELD_NUMBER = 2
    MAP_FIELD_NUMBER = 3
    OFFLOADED_METADATA_FIELD_NUMBER = 8
    HASH_FIELD_NUMBER = 4
    METADATA_FIELD_NUMBER = 5

    scalar: Scalar
    collection: LiteralCollection
    map: LiteralMap
    offloaded_metadata: LiteralOffloadedMetadata
    hash: str
    metadata: _ScalarMap[str, str]

    if _TYPE_CHECKING:
        def __init__(self, *, scalar: Scalar | _Mapping[str, _Any] | None = ..., collection: LiteralCollection | _Mapping[str, _Any] | None = ..., map: LiteralMap | _Mapping[str, _Any] | None = ..., offloaded_metadata: LiteralOffloadedMetadata | _Mapping[str, _Any] | None = ..., hash: str | None = ..., metadata: _Mapping[str, str] | None = ...) -> None: ...


class LiteralOffloadedMetadata(_Message):
    __slots__ = ("uri", "size_bytes", "inferred_type")

    URI_FIELD_NUMBER = 1
    SIZE_BYTES_FIELD_NUMBER = 2
    INFERRED_TYPE_FIELD_NUMBER = 3

    uri: str
    size_bytes: int
    inferred_type: _flyteidl_core_types_pb2.LiteralType

    if _TYPE_CHECKING:
        def __init__(self, *, uri: str | None = ..., size_bytes: int | None = ..., inferred_type: _flyteidl_core_types_pb2.LiteralType | _Mapping[str, _Any] | None = ...) -> None: ...


class LiteralCollection(_Message):
    __slots__ = ("literals",)

    LITERALS_FIELD_NUMBER = 1

    literals: _RepeatedCompositeFieldContainer[Literal]

    if _TYPE_CHECKING:
        def __init__(self, *, literals: _Iterable[Literal | _Mapping[str, _Any]] | None = ...) -> None: ...


class LiteralMap(_Message):
    __slots__ = ("literals",)

    class LiteralsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: Literal

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: Literal | _Mapping[str, _Any] | None = ...) -> None: ...


    LITERALS_FIELD_NUMBER = 1

    literals: _MessageMap[str, Literal]

    if _TYPE_CHECKING:
        def __init__(self, *, literals: _Mapping[str, Literal | _Mapping[str, _Any]] | None = ...) -> None: ...


class BindingDataCollection(_Message):
    __slots__ = ("bindings",)

    BINDINGS_FIELD_NUMBER = 1

    bindings: _RepeatedCompositeFieldContainer[BindingData]

    if _TYPE_CHECKING:
        def __init__(self, *, bindings: _Iterable[BindingData | _Mapping[str, _Any]] | None = ...) -> None: ...


class BindingDataMap(_Message):
    __slots__ = ("bindings",)

    class BindingsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: BindingData

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: BindingData | _Mapping[str, _Any] | None = ...) -> None: ...


    BINDINGS_FIELD_NUMBER = 1

    bindings: _MessageMap[str, BindingData]

    if _TYPE_CHECKING:
        def __init__(self, *, bindings: _Mapping[str, BindingData | _Mapping[str, _Any]] | None = ...) -> None: ...


class UnionInfo(_Message):
    __slots__ = ("targetType",)

    TARGETTYPE_FIELD_NUMBER = 1

    targetType: _flyteidl_core_types_pb2.LiteralType

    if _TYPE_CHECKING:
        def __init__(self, *, targetType: _flyteidl_core_types_pb2.LiteralType | _Mapping[str, _Any] | None = ...) -> None: ...


class BindingData(_Message):
    __slots__ = ("scalar", "collection", "promise", "map", "offloaded_metadata", "union")

    SCALAR_FIELD_NUMBER = 1
    COLLECTION_FIELD_NUMBER = 2
    PROMISE_FIELD_NUMBER = 3
    MAP_FIELD_NUMBER = 4
    OFFLOADED_METADATA_FIELD_NUMBER = 6
    UNION_FIELD_NUMBER = 5

    scalar: Scalar
    collection: BindingDataCollection
    promise: _flyteidl_core_types_pb2.OutputReference
    map: BindingDataMap
    offloaded_metadata: LiteralOffloadedMetadata
    union: UnionInfo

    if _TYPE_CHECKING:
        def __init__(self, *, scalar: Scalar | _Mapping[str, _Any] | None = ..., collection: BindingDataCollection | _Mapping[str, _Any] | None = ..., promise: _flyteidl_core_types_pb2.OutputReference | _Mapping[str, _Any] | None = ..., map: BindingDataMap | _Mapping[str, _Any] | None = ..., offloaded_metadata: LiteralOffloadedMetadata | _Mapping[str, _Any] | None = ..., union: UnionInfo | _Mapping[str, _Any] | None = ...) -> None: ...


class Binding(_Message):
    __slots__ = ("var", "binding")

    VAR_FIELD_NUMBER = 1
    BINDING_FIELD_NUMBER = 2

    var: str
    binding: BindingData

    if _TYPE_CHECKING:
        def __init__(self, *, var: str | None = ..., binding: BindingData | _Mapping[str, _Any] | None = ...) -> None: ...


class KeyValuePair(_Message):
    __slots__ = ("key", "value")

    KEY_FIELD_NUMBER = 1
    VALUE_FIELD_NUMBER = 2

    key: str
    value: str

    if _TYPE_CHECKING:
        def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


class RetryStrategy(_Message):
    __slots__ = ("retries",)

    RETRIES_FIELD_NUMBER = 5

    retries: int

    if _TYPE_CHECKING:
        def __init__(self, *, retries: int | None = ...) -> None: ...


_register_file(
    "flyteidl/core/literals.proto",
    _SHA256,
    {
        "flyteidl.core.Primitive": Primitive,
        "flyteidl.core.Void": Void,
        "flyteidl.core.Blob": Blob,
        "flyteidl.core.BlobMetadata": BlobMetadata,
        "flyteidl.core.Binary": Binary,
        "flyteidl.core.Schema": Schema,
        "flyteidl.core.Union": Union,
        "flyteidl.core.StructuredDatasetMetadata": StructuredDatasetMetadata,
        "flyteidl.core.StructuredDataset": StructuredDataset,
        "flyteidl.core.Scalar": Scalar,
        "flyteidl.core.Literal.MetadataEntry": Literal.MetadataEntry,
        "flyteidl.core.Literal": Literal,
        "flyteidl.core.LiteralOffloadedMetadata": LiteralOffloadedMetadata,
        "flyteidl.core.LiteralCollection": LiteralCollection,
        "flyteidl.core.LiteralMap.LiteralsEntry": LiteralMap.LiteralsEntry,
        "flyteidl.core.LiteralMap": LiteralMap,
        "flyteidl.core.BindingDataCollection": BindingDataCollection,
        "flyteidl.core.BindingDataMap.BindingsEntry": BindingDataMap.BindingsEntry,
        "flyteidl.core.BindingDataMap": BindingDataMap,
        "flyteidl.core.UnionInfo": UnionInfo,
        "flyteidl.core.BindingData": BindingData,
        "flyteidl.core.Binding": Binding,
        "flyteidl.core.KeyValuePair": KeyValuePair,
        "flyteidl.core.RetryStrategy": RetryStrategy,
    },
)
