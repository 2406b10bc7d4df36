"""Generated from flyteidl/core/types.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.google.protobuf import struct_pb2 as _google_protobuf_struct_pb2  # noqa: F401


class SimpleType(_Enum):
    NONE = 0
    INTEGER = 1
    FLOAT = 2
    STRING = 3
    BOOLEAN = 4
    DATETIME = 5
    DURATION = 6
    BINARY = 7
    ERROR = 8
    STRUCT = 9

NONE = SimpleType.NONE
INTEGER = SimpleType.INTEGER
FLOAT = SimpleType.FLOAT
STRING = SimpleType.STRING
BOOLEAN = SimpleType.BOOLEAN
DATETIME = SimpleType.DATETIME
DURATION = SimpleType.DURATION
BINARY = SimpleType.BINARY
ERROR = SimpleType.ERROR
STRUCT = SimpleType.STRUCT

class SchemaType(_Message):
    __slots__ = ("columns",)

    class SchemaColumn(_Message):
        __slots__ = ("name", "type")

        class SchemaColumnType(_Enum):
            INTEGER = 0
            FLOAT = 1
            STRING = 2
            BOOLEAN = 3
            DATETIME = 4
            DURATION = 5

        INTEGER = SchemaColumnType.INTEGER
        FLOAT = SchemaColumnType.FLOAT
        STRING = SchemaColumnType.STRING
        BOOLEAN = SchemaColumnType.BOOLEAN
        DATETIME = SchemaColumnType.DATETIME
        DURATION = SchemaColumnType.DURATION

        NAME_FIELD_NUMBER = 1
        TYPE_FIELD_NUMBER = 2

        name: str
        type: int

        if _TYPE_CHECKING:
            def __init__(self, *, name: str | None = ..., type: int | str | None = ...) -> None: ...


    COLUMNS_FIELD_NUMBER = 3

    columns: _RepeatedCompositeFieldContainer[SchemaType.SchemaColumn]

    if _TYPE_CHECKING:
        def __init__(self, *, columns: _Iterable[SchemaType.SchemaColumn | _Mapping[str, _Any]] | None = ...) -> None: ...


class StructuredDatasetType(_Message):
    __slots__ = ("columns", "format", "external_schema_type", "external_schema_bytes")

    class DatasetColumn(_Message):
        __slots__ = ("name", "literal_type")

        NAME_FIELD_NUMBER = 1
        LITERAL_TYPE_FIELD_NUMBER = 2

        name: str
        literal_type: LiteralType

        if _TYPE_CHECKING:
            def __init__(self, *, name: str | None = ..., literal_type: LiteralType | _Mapping[str, _Any] | None = ...) -> None: ...


    COLUMNS_FIELD_NUMBER = 1
    FORMAT_FIELD_NUMBER = 2
    EXTERNAL_SCHEMA_TYPE_FIELD_NUMBER = 3
    EXTERNAL_SCHEMA_BYTES_FIELD_NUMBER = 4

    columns: _RepeatedCompositeFieldContainer[StructuredDatasetType.DatasetColumn]
    format: str
    external_schema_type: str
    external_schema_bytes: bytes

    if _TYPE_CHECKING:
        def __init__(self, *, columns: _Iterable[StructuredDatasetType.DatasetColumn | _Mapping[str, _Any]] | None = ..., format: str | None = ..., external_schema_type: str | None = ..., external_schema_bytes: bytes | None = ...) -> None: ...


class BlobType(_Message):
    __slots__ = ("format", "dimensionality")

    class BlobDimensionality(_Enum):
        SINGLE = 0
        MULTIPART = 1

    SINGLE = BlobDimensionality.SINGLE
    MULTIPART = BlobDimensionality.MULTIPART

    FORMAT_FIELD_NUMBER = 1
    DIMENSIONALITY_FIELD_NUMBER = 2

    format: str
    dimensionality: int

    if _TYPE_CHECKING:
        def __init__(self, *, format: str | None = ..., dimensionality: int | str | None = ...) -> None: ...


class EnumType(_Message):
    __slots__ = ("values",)

    VALUES_FIELD_NUMBER = 1

    values: _RepeatedScalarFieldContainer[str]

    if _TYPE_CHECKING:
        def __init__(self, *, values: _Iterable[str] | None = ...) -> None: ...


class UnionType(_Message):
    __slots__ = ("variants",)

    VARIANTS_FIELD_NUMBER = 1

    variants: _RepeatedCompositeFieldContainer[LiteralType]

    if _TYPE_CHECKING:
        def __init__(self, *, variants: _Iterable[LiteralType | _Mapping[str, _Any]] | None = ...) -> None: ...


class TypeStructure(_Message):
    __slots__ = ("tag", "dataclass_type")

    class DataclassTypeEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: LiteralType

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: LiteralType | _Mapping[str, _Any] | None = ...) -> None: ...


    TAG_FIELD_NUMBER = 1
    DATACLASS_TYPE_FIELD_NUMBER = 2

    tag: str
    dataclass_type: _MessageMap[str, LiteralType]

    if _TYPE_CHECKING:
        def __init__(self, *, tag: str | None = ..., dataclass_type: _Mapping[str, LiteralType | _Mapping[str, _Any]] | None = ...) -> None: ...


class TypeAnnotation(_Message):
    __slots__ = ("annotations",)

    ANNOTATIONS_FIELD_NUMBER = 1

    annotations: _google_protobuf_struct_pb2.Struct

    if _TYPE_CHECKING:
        def __init__(self, *, annotations: _google_protobuf_struct_pb2.Struct | _Mapping[str, _Any] | None = ...) -> None: ...


class LiteralType(_Message):
    __slots__ = ("simple", "schema", "collection_type", "map_value_type", "blob", "enum_type", "structured_dataset_type", "union_type", "metadata", "annotation", "structure")

    SIMPLE_FIELD_NUMBER = 1
    SCHEMA_FIELD_NUMBER = 2
    COLLECTION_TYPE_FIELD_NUMBER = 3
    MAP_VALUE_TYPE_FIELD_NUMBER = 4
    BLOB_FIELD_NUMBER = 5
    ENUM_TYPE_FIELD_NUMBER = 7
    STRUCTURED_DATASET_TYPE_FIELD_NUMBER = 8
    UNION_TYPE_FIELD_NUMBER = 10
    METADATA_FIELD_NUMBER = 6
    ANNOTATION_FIELD_NUMBER = 9
    STRUCTURE_FIELD_NUMBER = 11

    simple: int
    schema: SchemaType
    collection_type: LiteralType
    map_value_type: LiteralType
    blob: BlobType
    enum_type: EnumType
    structured_dataset_type: StructuredDatasetType
    union_type: UnionType
    metadata: _google_protobuf_struct_pb2.Struct
    annotation: TypeAnnotation
    structure: TypeStructure

    if _TYPE_CHECKING:
        def __init__(self, *, simple: int | str | None = ..., schema: SchemaType | _Mapping[str, _Any] | None = ..., collection_type: LiteralType | _Mapping[str, _Any] | None = ..., map_value_type: LiteralType | _Mapping[str, _Any] | None = ..., blob: BlobType | _Mapping[str, _Any] | None = ..., enum_type: EnumType | _Mapping[str, _Any] | None = ..., structured_dataset_type: StructuredDatasetType | _Mapping[str, _Any] | None = ..., union_type: UnionType | _Mapping[str, _Any] | None = ..., metadata: _google_protobuf_struct_pb2.Struct | _Mapping[str, _Any] | None = ..., annotation: TypeAnnotation | _Mapping[str, _Any] | None = ..., structure: TypeStructure | _Mapping[str, _Any] | None = ...) -> None: ...


class OutputReference(_Message):
    __slots__ = ("node_id", "var", "attr_path")

    NODE_ID_FIELD_NUMBER = 1
    VAR_FIELD_NUMBER = 2
    ATTR_PATH_FIELD_NUMBER = 3

    node_id: str
    var: str
    attr_path: _RepeatedCompositeFieldContainer[PromiseAttribute]

    if _TYPE_CHECKING:
        def __init__(self, *, node_id: str | None = ..., var: str | None = ..., attr_path: _Iterable[PromiseAttribute | _Mapping[str, _Any]] | None = ...) -> None: ...


class PromiseAttribute(_Message):
    __slots__ = ("string_value", "int_value")

    STRING_VALUE_FIELD_NUMBER = 1
    INT_VALUE_FIELD_NUMBER = 2

    string_value: str
    int_value: int

    if _TYPE_CHECKING:
        def __init__(self, *, string_value: str | None = ..., int_value: int | None = ...) -> None: ...


class Error(_Message):
    __slots__ = ("failed_node_id", "message")

    FAILED_NODE_ID_FIELD_NUMBER = 1
    MESSAGE_FIELD_NUMBER = 2

    failed_node_id: str
    message: str

    if _TYPE_CHECKING:
        def __init__(self, *, failed_node_id: str | None = ..., message: str | None = ...) -> None: ...


_register_file(
    "flyteidl/core/types.proto",
    _SHA256,
    {
        "flyteidl.core.SimpleType": SimpleType,
        "flyteidl.core.SchemaType.SchemaColumn.SchemaColumnType": SchemaType.SchemaColumn.SchemaColumnType,
        "flyteidl.core.SchemaType.SchemaColumn": SchemaType.SchemaColumn,
        "flyteidl.core.SchemaType": SchemaType,
        "flyteidl.core.StructuredDatasetType.DatasetColumn": StructuredDatasetType.DatasetColumn,
        "flyteidl.core.StructuredDatasetType": StructuredDatasetType,
        "flyteidl.core.BlobType.BlobDimensionality": BlobType.BlobDimensionality,
        "flyteidl.core.BlobType": BlobType,
        "flyteidl.core.EnumType": EnumType,
        "flyteidl.core.UnionType": UnionType,
        "flyteidl.core.TypeStructure.DataclassTypeEntry": TypeStructure.DataclassTypeEntry,
        "flyteidl.core.TypeStructure": TypeStructure,
        "flyteidl.core.TypeAnnotation": TypeAnnotation,
        "flyteidl.core.LiteralType": LiteralType,
        "flyteidl.core.OutputReference": OutputReference,
        "flyteidl.core.PromiseAttribute": PromiseAttribute,
        "flyteidl.core.Error": Error,
    },
)
