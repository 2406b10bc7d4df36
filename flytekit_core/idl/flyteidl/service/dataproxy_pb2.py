"""Generated from flyteidl/service/dataproxy.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.google.api import annotations_pb2 as _google_api_annotations_pb2  # noqa: F401
from flytekit_core.idl.protoc_gen_openapiv2.options import annotations_pb2 as _protoc_gen_openapiv2_options_annotations_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import duration_pb2 as _google_protobuf_duration_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import timestamp_pb2 as _google_protobuf_timestamp_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import identifier_pb2 as _flyteidl_core_identifier_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import literals_pb2 as _flyteidl_core_literals_pb2  # noqa: F401


class ArtifactType(_Enum):
    ARTIFACT_TYPE_UNDEFINED = 0
    ARTIFACT_TYPE_DECK = 1

ARTIFACT_TYPE_UNDEFINED = ArtifactType.ARTIFACT_TYPE_UNDEFINED
ARTIFACT_TYPE_DECK = ArtifactType.ARTIFACT_TYPE_DECK

class CreateUploadLocationResponse(_Message):
    __slots__ = ("signed_url", "native_url", "expires_at", "headers")

    class HeadersEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    SIGNED_URL_FIELD_NUMBER = 1
    NATIVE_URL_FIELD_NUMBER = 2
    EXPIRES_AT_FIELD_NUMBER = 3
    HEADERS_FIELD_NUMBER = 4

    signed_url: str
    native_url: str
    expires_at: _google_protobuf_timestamp_pb2.Timestamp
    headers: _ScalarMap[str, str]

    if _TYPE_CHECKING:
        def __init__(self, *, signed_url: str | None = ..., native_url: str | None = ..., expires_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., headers: _Mapping[str, str] | None = ...) -> None: ...


class CreateUploadLocationRequest(_Message):
    __slots__ = ("project", "domain", "filename", "expires_in", "content_md5", "filename_root", "add_content_md5_metadata", "org")

    PROJECT_FIELD_NUMBER = 1
    DOMAIN_FIELD_NUMBER = 2
    FILENAME_FIELD_NUMBER = 3
    EXPIRES_IN_FIELD_NUMBER = 4
    CONTENT_MD5_FIELD_NUMBER = 5
    FILENAME_ROOT_FIELD_NUMBER = 6
    ADD_CONTENT_MD5_METADATA_FIELD_NUMBER = 7
    ORG_FIELD_NUMBER = 8

    project: str
    domain: str
    filename: str
    expires_in: _google_protobuf_duration_pb2.Duration
    content_md5: bytes
    filename_root: str
    add_content_md5_metadata: bool
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, project: str | None = ..., domain: str | None = ..., filename: str | None = ..., expires_in: _google_protobuf_duration_pb2.Duration | _Mapping[str, _Any] | None = ..., content_md5: bytes | None = ..., filename_root: str | None = ..., add_content_md5_metadata: bool | None = ..., org: str | None = ...) -> None: ...


class CreateDownloadLocationRequest(_Message):
    __slots__ = ("native_url", "expires_in")

    NATIVE_URL_FIELD_NUMBER = 1
    EXPIRES_IN_FIELD_NUMBER = 2

    native_url: str
    expires_in: _google_protobuf_duration_pb2.Duration

    if _TYPE_CHECKING:
        def __init__(self, *, native_url: str | None = ..., expires_in: _google_protobuf_duration_pb2.Duration | _Mapping[str, _Any] | None = ...) -> None: ...


class CreateDownloadLocationResponse(_Message):
    __slots__ = ("signed_url", "expires_at")

    SIGNED_URL_FIELD_NUMBER = 1
    EXPIRES_AT_FIELD_NUMBER = 2

    signed_url: str
    expires_at: _google_protobuf_timestamp_pb2.Timestamp

    if _TYPE_CHECKING:
        def __init__(self, *, signed_url: str | None = ..., expires_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ...) -> None: ...


class CreateDownloadLinkRequest(_Message):
    __slots__ = ("artifact_type", "expires_in", "node_execution_id")

    ARTIFACT_TYPE_FIELD_NUMBER = 1
    EXPIRES_IN_FIELD_NUMBER = 2
    NODE_EXECUTION_ID_FIELD_NUMBER = 3

    artifact_type: int
    expires_in: _google_protobuf_duration_pb2.Duration
    node_execution_id: _flyteidl_core_identifier_pb2.NodeExecutionIdentifier

    if _TYPE_CHECKING:
        def __init__(self, *, artifact_type: int | str | None = ..., expires_in: _google_protobuf_duration_pb2.Duration | _Mapping[str, _Any] | None = ..., node_execution_id: _flyteidl_core_identifier_pb2.NodeExecutionIdentifier | _Mapping[str, _Any] | None = ...) -> None: ...


class CreateDownloadLinkResponse(_Message):
    __slots__ = ("signed_url", "expires_at", "pre_signed_urls")

    SIGNED_URL_FIELD_NUMBER = 1
    EXPIRES_AT_FIELD_NUMBER = 2
    PRE_SIGNED_URLS_FIELD_NUMBER = 3

    signed_url: _RepeatedScalarFieldContainer[str]
    expires_at: _google_protobuf_timestamp_pb2.Timestamp
    pre_signed_urls: PreSignedURLs

    if _TYPE_CHECKING:
        def __init__(self, *, signed_url: _Iterable[str] | None = ..., expires_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ..., pre_signed_urls: PreSignedURLs | _Mapping[str, _Any] | None = ...) -> None: ...


class PreSignedURLs(_Message):
    __slots__ = ("signed_url", "expires_at")

    SIGNED_URL_FIELD_NUMBER = 1
    EXPIRES_AT_FIELD_NUMBER = 2

    signed_url: _RepeatedScalarFieldContainer[str]
    expires_at: _google_protobuf_timestamp_pb2.Timestamp

    if _TYPE_CHECKING:
        def __init__(self, *, signed_url: _Iterable[str] | None = ..., expires_at: _google_protobuf_timestamp_pb2.Timestamp | _Mapping[str, _Any] | None = ...) -> None: ...


class GetDataRequest(_Message):
    __slots__ = ("flyte_url",)

    FLYTE_URL_FIELD_NUMBER = 1

    flyte_url: str

    if _TYPE_CHECKING:
        def __init__(self, *, flyte_url: str | None = ...) -> None: ...


class GetDataResponse(_Message):
    __slots__ = ("literal_map", "pre_signed_urls", "literal")

    LITERAL_MAP_FIELD_NUMBER = 1
    PRE_SIGNED_URLS_FIELD_NUMBER = 2
    LITERAL_FIELD_NUMBER = 3

    literal_map: _flyteidl_core_literals_pb2.LiteralMap
    pre_signed_urls: PreSignedURLs
    literal: _flyteidl_core_literals_pb2.Literal

    if _TYPE_CHECKING:
        def __init__(self, *, literal_map: _flyteidl_core_literals_pb2.LiteralMap | _Mapping[str, _Any] | None = ..., pre_signed_urls: PreSignedURLs | _Mapping[str, _Any] | None = ..., literal: _flyteidl_core_literals_pb2.Literal | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/service/dataproxy.proto",
    _SHA256,
    {
        "flyteidl.service.ArtifactType": ArtifactType,
        "flyteidl.service.CreateUploadLocationResponse.HeadersEntry": CreateUploadLocationResponse.HeadersEntry,
        "flyteidl.service.CreateUploadLocationResponse": CreateUploadLocationResponse,
        "flyteidl.service.CreateUploadLocationRequest": CreateUploadLocationRequest,
        "flyteidl.service.CreateDownloadLocationRequest": CreateDownloadLocationRequest,
        "flyteidl.service.CreateDownloadLocationResponse": CreateDownloadLocationResponse,
        "flyteidl.service.CreateDownloadLinkRequest": CreateDownloadLinkRequest,
        "flyteidl.service.CreateDownloadLinkResponse": CreateDownloadLinkResponse,
        "flyteidl.service.PreSignedURLs": PreSignedURLs,
        "flyteidl.service.GetDataRequest": GetDataRequest,
        "flyteidl.service.GetDataResponse": GetDataResponse,
    },
)
