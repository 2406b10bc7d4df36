"""Generated from flyteidl/datacatalog/datacatalog.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.google.protobuf import duration_pb2 as _google_protobuf_duration_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import timestamp_pb2 as _google_protobuf_timestamp_pb2  # noqa: F401


class CreateDatasetRequest(_Message):
    __slots__ = ("dataset",)

    DATASET_FIELD_NUMBER = 1

    dataset: Dataset

    if _TYPE_CHECKING:
        def __init__(self, *, dataset: Dataset | _Mapping[str, _Any] | None = ...) -> None: ...


class CreateDatasetResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class GetDatasetRequest(_Message):
    __slots__ = ("dataset",)

    DATASET_FIELD_NUMBER = 1

    dataset: DatasetID

    if _TYPE_CHECKING:
        def __init__(self, *, dataset: DatasetID | _Mapping[str, _Any] | None = ...) -> None: ...


class GetDatasetResponse(_Message):
    __slots__ = ("dataset",)

    DATASET_FIELD_NUMBER = 1

    dataset: Dataset

    if _TYPE_CHECKING:
        def __init__(self, *, dataset: Dataset | _Mapping[str, _Any] | None = ...) -> None: ...


class GetArtifactRequest(_Message):
    __slots__ = ("dataset", "artifact_id", "tag_name")

    DATASET_FIELD_NUMBER = 1
    ARTIFACT_ID_FIELD_NUMBER = 2
    TAG_NAME_FIELD_NUMBER = 3

    dataset: DatasetID
    artifact_id: str
    tag_name: str

    if _TYPE_CHECKING:
        def __init__(self, *, dataset: DatasetID | _Mapping[str, _Any] | None = ..., artifact_id: str | None = ..., tag_name: str | None = ...) -> None: ...


class GetArtifactResponse(_Message):
    __slots__ = ("artifact",)

    ARTIFACT_FIELD_NUMBER = 1

    artifact: Artifact

    if _TYPE_CHECKING:
        def __init__(self, *, artifact: Artifact | _Mapping[str, _Any] | None = ...) -> None: ...


class CreateArtifactRequest(_Message):
    __slots__ = ("artifact",)

    ARTIFACT_FIELD_NUMBER = 1

    artifact: Artifact

    if _TYPE_CHECKING:
        def __init__(self, *, artifact: Artifact | _Mapping[str, _Any] | None = ...) -> None: ...


class CreateArtifactResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class AddTagRequest(_Message):
    __slots__ = ("tag",)

    TAG_FIELD_NUMBER = 1

    tag: Tag

    if _TYPE_CHECKING:
        def __init__(self, *, tag: Tag | _Mapping[str, _Any] | None = ...) -> None: ...


class AddTagResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class ListArtifactsRequest(_Message):
    __slots__ = ("dataset", "filter", "pagination")

    DATASET_FIELD_NUMBER = 1
    FILTER_FIELD_NUMBER = 2
    PAGINATION_FIELD_NUMBER = 3

    dataset: DatasetID
    filter: FilterExpression
    pagination: PaginationOptions

    if _TYPE_CHECKING:
        def __init__(self, *, dataset: DatasetID | _Mapping[str, _Any] | None = ..., filter: FilterExpression | _Mapping[str, _Any] | None = ..., pagination: PaginationOptions | _Mapping[str, _Any] | None = ...) -> None: ...


class ListArtifactsResponse(_Message):
    __slots__ = ("artifacts", "next_token")

    ARTIFACTS_FIELD_NUMBER = 1
    NEXT_TOKEN_FIELD_NUMBER = 2

    artifacts: _RepeatedCompositeFieldContainer[Artifact]
    next_token: str

    if _TYPE_CHECKING:
        def __init__(self, *, artifacts: _Iterable[Artifact | _Mapping[str, _Any]] | None = ..., next_token: str | None = ...) -> None: ...


class ListDatasetsRequest(_Message):
    __slots__ = ("filter", "pagination")

    FILTER_FIELD_NUMBER = 1
    PAGINATION_FIELD_NUMBER = 2

    filter: FilterExpression
    pagination: PaginationOptions

    if _TYPE_CHECKING:
        def __init__(self, *, filter: FilterExpression | _Mapping[str, _Any] | None = ..., pagination: PaginationOptions | _Mapping[str, _Any] | None = ...) -> None: ...


class ListDatasetsResponse(_Message):
    __slots__ = ("datasets", "next_token")

    DATASETS_FIELD_NUMBER = 1
    NEXT_TOKEN_FIELD_NUMBER = 2

    datasets: _RepeatedCompositeFieldContainer[Dataset]
    next_token: str

    if _TYPE_CHECKING:
        def __init__(self, *, datasets: _Iterable[Dataset | _Mapping[str, _Any]] | None = ..., next_token: str | None = ...) -> None: ...


class UpdateArtifactRequest(_Message):
    __slots__ = ("dataset", "artifact_id", "tag_name", "data", "metadata")

    DATASET_FIELD_NUMBER = 1
    ARTIFACT_ID_FIELD_NUMBER = 2
    TAG_NAME_FIELD_NUMBER = 3
    DATA_FIELD_NUMBER = 4
    METADATA_FIELD_NUMBER = 5

    dataset: DatasetID
    artifact_id: str
    tag_name: str
    data: _RepeatedCompositeFieldContainer[ArtifactData]
    metadata: Metadata

    if _TYPE_CHECKING:
        def __init__(self, *, dataset: DatasetID | _Mapping[str, _Any] | None = ..., artifact_id: str | None = ..., tag_name: str | None = ..., data: _Iterable[ArtifactData | _Mapping[str, _Any]] | None = ..., metadata: Metadata | _Mapping[str, _Any] | None = ...) -> None: ...


class UpdateArtifactResponse(_Message):
    __slots__ = ("artifact_id",)

    ARTIFACT_ID_FIELD_NUMBER = 1

    artifact_id: str

    if _TYPE_CHECKING:
        def __init__(self, *, artifact_id: str | None = ...) -> None: ...


class ReservationID(_Message):
    __slots__ = ("dataset_id", "tag_name")

    DATASET_ID_FIELD_NUMBER = 1
    TAG_NAME_FIELD_NUMBER = 2

    dataset_id: DatasetID
    tag_name: str

    if _TYPE_CHECKING:
        def __init__(self, *, dataset_id: DatasetID | _Mapping[str, _Any] | None = ..., tag_name: str | None = ...) -> None: ...


class GetOrExtendReservationRequest(_Message):
    __slots__ = ("reservation_id", "owner_id", "heartbeat_interval")

    RESERVATION_ID_FIELD_NUMBER = 1
    OWNER_ID_FIELD_NUMBER = 2
    HEARTBEAT_INTERVAL_FIELD_NUMBER = 3

    reservation_id: ReservationID
    owner_id: str
    heartbeat_interval: _google_protobuf_duration_pb2.Duration

    if _TYPE_CHECKING:
        def __init__(self, *, reservation_id: ReservationID | _Mapping[str, _Any] | None = ..., owner_id: str | None = ..., heartbeat_interval: _google_protobuf_duration_pb2.Duration | _Mapping[str, _Any] | None = ...) -> None: ...


class Reservation(_Message):
    __slots__ = ("reservation_id", "owner_id", "heartbeat_interval", "expires_at", "metadata")

    RESERVATION_ID_FIELD_NUMBER = 1
    OWNER_ID_FIELD_NUMBER = 2
    HEARTBEAT_INTERVAL_FIELD_NUMBER = 3
    EXPIRES_AT_FIELD_NUMBER = 4
    METADATA_FIELD_NUMBER = 6

    reservation_id: ReservationID
    owner_id: str
    heartbeat_interval: _google_protobuf_duration_pb2.Duration
    expires_at: _google_protobuf_timestamp_pb2.Timestamp
    metadata: Metadata

    if _TYPE_CHECKING:
        def __init__(self, *, reservation_id: ReservationID | _Mapping[str, _Any] | None = ..., owner_id: str | None = ..., heartbeat_interval: _google_protobuf_duration_pb2.Duration | _Mapping[str, _Any] | None = ..., expires_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., metadata: Metadata | _Mapping[str, _Any] | None = ...) -> None: ...


class GetOrExtendReservationResponse(_Message):
    __slots__ = ("reservation",)

    RESERVATION_FIELD_NUMBER = 1

    reservation: Reservation

    if _TYPE_CHECKING:
        def __init__(self, *, reservation: Reservation | _Mapping[str, _Any] | None = ...) -> None: ...


class ReleaseReservationRequest(_Message):
    __slots__ = ("reservation_id", "owner_id")

    RESERVATION_ID_FIELD_NUMBER = 1
    OWNER_ID_FIELD_NUMBER = 2

    reservation_id: ReservationID
    owner_id: str

    if _TYPE_CHECKING:
        def __init__(self, *, reservation_id: ReservationID | _Mapping[str, _Any] | None = ..., owner_id: str | None = ...) -> None: ...


class ReleaseReservationResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class Dataset(_Message):
    __slots__ = ("id", "metadata", "partitionKeys")

    ID_FIELD_NUMBER = 1
    METADATA_FIELD_NUMBER = 2
    PARTITIONKEYS_FIELD_NUMBER = 3

    id: DatasetID
    metadata: Metadata
    partitionKeys: _RepeatedScalarFieldContainer[str]

    if _TYPE_CHECKING:
        def __init__(self, *, id: DatasetID | _Mapping[str, _Any] | None = ..., metadata: Metadata | _Mapping[str, _Any] | None = ..., partitionKeys: _Iterable[str] | None = ...) -> None: ...


class Partition(_Message):
    __slots__ = ("key", "value")

    KEY_FIELD_NUMBER = 1
    VALUE_FIELD_NUMBER = 2

    key: str
    value: str

    if _TYPE_CHECKING:
        def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


class DatasetID(_Message):
    __slots__ = ("project", "name", "domain", "version", "UUID", "org")

    PROJECT_FIELD_NUMBER = 1
    NAME_FIELD_NUMBER = 2
    DOMAIN_FIELD_NUMBER = 3
    VERSION_FIELD_NUMBER = 4
    UUID_FIELD_NUMBER = 5
    ORG_FIELD_NUMBER = 6

    project: str
    name: str
    domain: str
    version: str
    UUID: str
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, project: str | None = ..., name: str | None = ..., domain: str | None = ..., version: str | None = ..., UUID: str | None = ..., org: str | None = ...) -> None: ...


class Artifact(_Message):
    __slots__ = ("id", "dataset", "data", "metadata", "partitions", "tags", "created_at")

    ID_FIELD_NUMBER = 1
    DATASET_FIELD_NUMBER = 2
    DATA_FIELD_NUMBER = 3
    METADATA_FIELD_NUMBER = 4
    PARTITIONS_FIELD_NUMBER = 5
    TAGS_FIELD_NUMBER = 6
    CREATED_AT_FIELD_NUMBER = 7

    id: str
    dataset: DatasetID
    data: _RepeatedCompositeFieldContainer[ArtifactData]
    metadata: Metadata
    partitions: _RepeatedCompositeFieldContainer[Partition]
    tags: _RepeatedCompositeFieldContainer[Tag]
    created_at: _google_protobuf_timestamp_pb2.Timestamp

    if _TYPE_CHECKING:
        def __init__(self, *, id: str | None = ..., dataset: DatasetID | _Mapping[str, _Any] | None = ..., data: _Iterable[ArtifactData | _Mapping[str, _Any]] | None = ..., metadata: Metadata | _Mapping[str, _Any] | None = ..., partitions: _Iterable[Partition | _Mapping[str, _Any]] | None = ..., tags: _Iterable[Tag | _Mapping[str, _Any]] | None = ..., created_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ...) -> None: ...


class ArtifactData(_Message):
    __slots__ = ("name", "value")

    NAME_FIELD_NUMBER = 1
    VALUE_FIELD_NUMBER = 2

    name: str
    value: _flyteidl_core_literals_pb2.Literal

    if _TYPE_CHECKING:
        def __init__(self, *, name: str | None = ..., value: _flyteidl_core_literals_pb2.Literal | _Mapping[str, _Any] | None = ...) -> None: ...


class Tag(_Message):
    __slots__ = ("name", "artifact_id", "dataset")

    NAME_FIELD_NUMBER = 1
    ARTIFACT_ID_FIELD_NUMBER = 2
    DATASET_FIELD_NUMBER = 3

    name: str
    artifact_id: str
    dataset: DatasetID

    if _TYPE_CHECKING:
        def __init__(self, *, name: str | None = ..., artifact_id: str | None = ..., dataset: DatasetID | _Mapping[str, _Any] | None = ...) -> None: ...


class Metadata(_Message):
    __slots__ = ("key_map",)

    class KeyMapEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    KEY_MAP_FIELD_NUMBER = 1

    key_map: _ScalarMap[str, str]

    if _TYPE_CHECKING:
        def __init__(self, *, key_map: _Mapping[str, str] | None = ...) -> None: ...


class FilterExpression(_Message):
    __slots__ = ("filters",)

    FILTERS_FIELD_NUMBER = 1

    filters: _RepeatedCompositeFieldContainer[SinglePropertyFilter]

    if _TYPE_CHECKING:
        def __init__(self, *, filters: _Iterable[SinglePropertyFilter | _Mapping[str, _Any]] | None = ...) -> None: ...


class SinglePropertyFilter(_Message):
    __slots__ = ("tag_filter", "partition_filter", "artifact_filter", "dataset_filter", "operator")

    class ComparisonOperator(_Enum):
        EQUALS = 0

    EQUALS = ComparisonOperator.EQUALS

    TAG_FILTER_FIELD_NUMBER = 1
    PARTITION_FILTER_FIELD_NUMBER = 2
    ARTIFACT_FILTER_FIELD_NUMBER = 3
    DATASET_FILTER_FIELD_NUMBER = 4
    OPERATOR_FIELD_NUMBER = 10

    tag_filter: TagPropertyFilter
    partition_filter: PartitionPropertyFilter
    artifact_filter: ArtifactPropertyFilter
    dataset_filter: DatasetPropertyFilter
    operator: int

    if _TYPE_CHECKING:
        def __init__(self, *, tag_filter: TagPropertyFilter | _Mapping[str, _Any] | None = ..., partition_filter: PartitionPropertyFilter | _Mapping[str, _Any] | None = ..., artifact_filter: ArtifactPropertyFilter | _Mapping[str, _Any] | None = ..., dataset_filter: DatasetPropertyFilter | _Mapping[str, _Any] | None = ..., operator: int | str | None = ...) -> None: ...


class ArtifactPropertyFilter(_Message):
    __slots__ = ("artifact_id",)

    ARTIFACT_ID_FIELD_NUMBER = 1

    artifact_id: str

    if _TYPE_CHECKING:
        def __init__(self, *, artifact_id: str | None = ...) -> None: ...


class TagPropertyFilter(_Message):
    __slots__ = ("tag_name",)

    TAG_NAME_FIELD_NUMBER = 1

    tag_name: str

    if _TYPE_CHECKING:
        def __init__(self, *, tag_name: str | None = ...) -> None: ...


class PartitionPropertyFilter(_Message):
    __slots__ = ("key_val",)

    KEY_VAL_FIELD_NUMBER = 1

    key_val: KeyValuePair

    if _TYPE_CHECKING:
        def __init__(self, *, key_val: KeyValuePair | _Mapping[str, _Any] | None = ...) -> None: ...


class KeyValuePair(_Message):
    __slots__ = ("key", "value")

    KEY_FIELD_NUMBER = 1
    VALUE_FIELD_NUMBER = 2

    key: str
    value: str

    if _TYPE_CHECKING:
        def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


class DatasetPropertyFilter(_Message):
    __slots__ = ("project", "name", "domain", "version", "org")

    PROJECT_FIELD_NUMBER = 1
    NAME_FIELD_NUMBER = 2
    DOMAIN_FIELD_NUMBER = 3
    VERSION_FIELD_NUMBER = 4
    ORG_FIELD_NUMBER = 5

    project: str
    name: str
    domain: str
    version: str
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, project: str | None = ..., name: str | None = ..., domain: str | None = ..., version: str | None = ..., org: str | None = ...) -> None: ...


class PaginationOptions(_Message):
    __slots__ = ("limit", "token", "sortKey", "sortOrder")

    class SortOrder(_Enum):
        DESCENDING = 0
        ASCENDING = 1

    DESCENDING = SortOrder.DESCENDING
    ASCENDING = SortOrder.ASCENDING

    class SortKey(_Enum):
        CREATION_TIME = 0

    CREATION_TIME = SortKey.CREATION_TIME

    LIMIT_FIELD_NUMBER = 1
    TOKEN_FIELD_NUMBER = 2
    SORTKEY_FIELD_NUMBER = 3
    SORTORDER_FIELD_NUMBER = 4

    limit: int
    token: str
    sortKey: int
    sortOrder: int

    if _TYPE_CHECKING:
        def __init__(self, *, limit: int | None = ..., token: str | None = ..., sortKey: int | str | None = ..., sortOrder: int | str | None = ...) -> None: ...


_register_file(
    "flyteidl/datacatalog/datacatalog.proto",
    _SHA256,
    {
        "datacatalog.CreateDatasetRequest": CreateDatasetRequest,
        "datacatalog.CreateDatasetResponse": CreateDatasetResponse,
        "datacatalog.GetDatasetRequest": GetDatasetRequest,
        "datacatalog.GetDatasetResponse": GetDatasetResponse,
        "datacatalog.GetArtifactRequest": GetArtifactRequest,
        "datacatalog.GetArtifactResponse": GetArtifactResponse,
        "datacatalog.CreateArtifactRequest": CreateArtifactRequest,
        "datacatalog.CreateArtifactResponse": CreateArtifactResponse,
        "datacatalog.AddTagRequest": AddTagRequest,
        "datacatalog.AddTagResponse": AddTagResponse,
        "datacatalog.ListArtifactsRequest": ListArtifactsRequest,
        "datacatalog.ListArtifactsResponse": ListArtifactsResponse,
        "datacatalog.ListDatasetsRequest": ListDatasetsRequest,
        "datacatalog.ListDatasetsResponse": ListDatasetsResponse,
        "datacatalog.UpdateArtifactRequest": UpdateArtifactRequest,
        "datacatalog.UpdateArtifactResponse": UpdateArtifactResponse,
        "datacatalog.ReservationID": ReservationID,
        "datacatalog.GetOrExtendReservationRequest": GetOrExtendReservationRequest,
        "datacatalog.Reservation": Reservation,
        "datacatalog.GetOrExtendReservationResponse": GetOrExtendReservationResponse,
        "datacatalog.ReleaseReservationRequest": ReleaseReservationRequest,
        "datacatalog.ReleaseReservationResponse": ReleaseReservationResponse,
        "datacatalog.Dataset": Dataset,
        "datacatalog.Partition": Partition,
        "datacatalog.DatasetID": DatasetID,
        "datacatalog.Artifact": Artifact,
        "datacatalog.ArtifactData": ArtifactData,
        "datacatalog.Tag": Tag,
        "datacatalog.Metadata.KeyMapEntry": Metadata.KeyMapEntry,
        "datacatalog.Metadata": Metadata,
        "datacatalog.FilterExpression": FilterExpression,
        "datacatalog.SinglePropertyFilter.ComparisonOperator": SinglePropertyFilter.ComparisonOperator,
        "datacatalog.SinglePropertyFilter": SinglePropertyFilter,
        "datacatalog.ArtifactPropertyFilter": ArtifactPropertyFilter,
        "datacatalog.TagPropertyFilter": TagPropertyFilter,
        "datacatalog.PartitionPropertyFilter": PartitionPropertyFilter,
        "datacatalog.KeyValuePair": KeyValuePair,
        "datacatalog.DatasetPropertyFilter": DatasetPropertyFilter,
        "datacatalog.PaginationOptions.SortOrder": PaginationOptions.SortOrder,
        "datacatalog.PaginationOptions.SortKey": PaginationOptions.SortKey,
        "datacatalog.PaginationOptions": PaginationOptions,
    },
)
