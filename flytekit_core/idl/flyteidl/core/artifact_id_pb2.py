"""Generated from flyteidl/core/artifact_id.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import identifier_pb2 as _flyteidl_core_identifier_pb2  # noqa: F401


class Granularity(_Enum):
    UNSET = 0
    MINUTE = 1
    HOUR = 2
    DAY = 3
    MONTH = 4

UNSET = Granularity.UNSET
MINUTE = Granularity.MINUTE
HOUR = Granularity.HOUR
DAY = Granularity.DAY
MONTH = Granularity.MONTH

class Operator(_Enum):
    MINUS = 0
    PLUS = 1

MINUS = Operator.MINUS
PLUS = Operator.PLUS

class ArtifactKey(_Message):
    __slots__ = ("project", "domain", "name", "org")

    PROJECT_FIELD_NUMBER = 1
    DOMAIN_FIELD_NUMBER = 2
    NAME_FIELD_NUMBER = 3
    ORG_FIELD_NUMBER = 4

    project: str
    domain: str
    name: str
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, project: str | None = ..., domain: str | None = ..., name: str | None = ..., org: str | None = ...) -> None: ...


class ArtifactBindingData(_Message):
    __slots__ = ("partition_key", "bind_to_time_partition", "time_transform")

    PARTITION_KEY_FIELD_NUMBER = 5
    BIND_TO_TIME_PARTITION_FIELD_NUMBER = 6
    TIME_TRANSFORM_FIELD_NUMBER = 7

    partition_key: str
    bind_to_time_partition: bool
    time_transform: TimeTransform

    if _TYPE_CHECKING:
        def __init__(self, *, partition_key: str | None = ..., bind_to_time_partition: bool | None = ..., time_transform: TimeTransform | _Mapping[str, _Any] | None = ...) -> None: ...


class TimeTransform(_Message):
    __slots__ = ("transform", "op")

    TRANSFORM_FIELD_NUMBER = 1
    OP_FIELD_NUMBER = 2

    transform: str
    op: int

    if _TYPE_CHECKING:
        def __init__(self, *, transform: str | None = ..., op: int | str | None = ...) -> None: ...


class InputBindingData(_Message):
    __slots__ = ("var",)

    VAR_FIELD_NUMBER = 1

    var: str

    if _TYPE_CHECKING:
        def __init__(self, *, var: str | None = ...) -> None: ...


class RuntimeBinding(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class LabelValue(_Message):
    __slots__ = ("static_value", "time_value", "triggered_binding", "input_binding", "runtime_binding")

    STATIC_VALUE_FIELD_NUMBER = 1
    TIME_VALUE_FIELD_NUMBER = 2
    TRIGGERED_BINDING_FIELD_NUMBER = 3
    INPUT_BINDING_FIELD_NUMBER = 4
    RUNTIME_BINDING_FIELD_NUMBER = 5

    static_value: str
    time_value: _google_protobuf_timestamp_pb2.Timestamp
    triggered_binding: ArtifactBindingData
    input_binding: InputBindingData
    runtime_binding: RuntimeBinding

    if _TYPE_CHECKING:
        def __init__(self, *, static_value: str | None = ..., time_value: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., triggered_binding: ArtifactBindingData | _Mapping[str, _Any] | None = ..., input_binding: InputBindingData | _Mapping[str, _Any] | None = ..., runtime_binding: RuntimeBinding | _Mapping[str, _Any] | None = ...) -> None: ...


class Partitions(_Message):
    __slots__ = ("value",)

    class ValueEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: LabelValue

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: LabelValue | _Mapping[str, _Any] | None = ...) -> None: ...


    VALUE_FIELD_NUMBER = 1

    value: _MessageMap[str, LabelValue]

    if _TYPE_CHECKING:
        def __init__(self, *, value: _Mapping[str, LabelValue | _Mapping[str, _Any]] | None = ...) -> None: ...


class TimePartition(_Message):
    __slots__ = ("value", "granularity")

    VALUE_FIELD_NUMBER = 1
    GRANULARITY_FIELD_NUMBER = 2

    value: LabelValue
    granularity: int

    if _TYPE_CHECKING:
        def __init__(self, *, value: LabelValue | _Mapping[str, _Any] | None = ..., granularity: int | str | None = ...) -> None: ...


class ArtifactID(_Message):
    __slots__ = ("artifact_key", "version", "partitions", "time_partition")

    ARTIFACT_KEY_FIELD_NUMBER = 1
    VERSION_FIELD_NUMBER = 2
    PARTITIONS_FIELD_NUMBER = 3
    TIME_PARTITION_FIELD_NUMBER = 4

    artifact_key: ArtifactKey
    version: str
    partitions: Partitions
    time_partition: TimePartition

    if _TYPE_CHECKING:
        def __init__(self, *, artifact_key: ArtifactKey | _Mapping[str, _Any] | None = ..., version: str | None = ..., partitions: Partitions | _Mapping[str, _Any] | None = ..., time_partition: TimePartition | _Mapping[str, _Any] | None = ...) -> None: ...


class ArtifactTag(_Message):
    __slots__ = ("artifact_key", "value")

    ARTIFACT_KEY_FIELD_NUMBER = 1
    VALUE_FIELD_NUMBER = 2

    artifact_key: ArtifactKey
    value: LabelValue

    if _TYPE_CHECKING:
        def __init__(self, *, artifact_key: ArtifactKey | _Mapping[str, _Any] | None = ..., value: LabelValue | _Mapping[str, _Any] | None = ...) -> None: ...


class ArtifactQuery(_Message):
    __slots__ = ("artifact_id", "artifact_tag", "uri", "binding")

    ARTIFACT_ID_FIELD_NUMBER = 1
    ARTIFACT_TAG_FIELD_NUMBER = 2
    URI_FIELD_NUMBER = 3
    BINDING_FIELD_NUMBER = 4

    artifact_id: ArtifactID
    artifact_tag: ArtifactTag
    uri: str
    binding: ArtifactBindingData

    if _TYPE_CHECKING:
        def __init__(self, *, artifact_id: ArtifactID | _Mapping[str, _Any] | None = ..., artifact_tag: ArtifactTag | _Mapping[str, _Any] | None = ..., uri: str | None = ..., binding: ArtifactBindingData | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/core/artifact_id.proto",
    _SHA256,
    {
        "flyteidl.core.Granularity": Granularity,
        "flyteidl.core.Operator": Operator,
        "flyteidl.core.ArtifactKey": ArtifactKey,
        "flyteidl.core.ArtifactBindingData": ArtifactBindingData,
        "flyteidl.core.TimeTransform": TimeTransform,
        "flyteidl.core.InputBindingData": InputBindingData,
        "flyteidl.core.RuntimeBinding": RuntimeBinding,
        "flyteidl.core.LabelValue": LabelValue,
        "flyteidl.core.Partitions.ValueEntry": Partitions.ValueEntry,
        "flyteidl.core.Partitions": Partitions,
        "flyteidl.core.TimePartition": TimePartition,
        "flyteidl.core.ArtifactID": ArtifactID,
        "flyteidl.core.ArtifactTag": ArtifactTag,
        "flyteidl.core.ArtifactQuery": ArtifactQuery,
    },
)
