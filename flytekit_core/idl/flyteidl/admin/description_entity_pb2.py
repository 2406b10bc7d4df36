"""Generated from flyteidl/admin/description_entity.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.admin import common_pb2 as _flyteidl_admin_common_pb2  # noqa: F401


class DescriptionFormat(_Enum):
    DESCRIPTION_FORMAT_UNKNOWN = 0
    DESCRIPTION_FORMAT_MARKDOWN = 1
    DESCRIPTION_FORMAT_HTML = 2
    DESCRIPTION_FORMAT_RST = 3

DESCRIPTION_FORMAT_UNKNOWN = DescriptionFormat.DESCRIPTION_FORMAT_UNKNOWN
DESCRIPTION_FORMAT_MARKDOWN = DescriptionFormat.DESCRIPTION_FORMAT_MARKDOWN
DESCRIPTION_FORMAT_HTML = DescriptionFormat.DESCRIPTION_FORMAT_HTML
DESCRIPTION_FORMAT_RST = DescriptionFormat.DESCRIPTION_FORMAT_RST

class DescriptionEntity(_Message):
    __slots__ = ("id", "short_description", "long_description", "source_code", "tags")

    ID_FIELD_NUMBER = 1
    SHORT_DESCRIPTION_FIELD_NUMBER = 2
    LONG_DESCRIPTION_FIELD_NUMBER = 3
    SOURCE_CODE_FIELD_NUMBER = 4
    TAGS_FIELD_NUMBER = 5

    id: _flyteidl_core_identifier_pb2.Identifier
    short_description: str
    long_description: Description
    source_code: SourceCode
    tags: _RepeatedScalarFieldContainer[str]

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ..., short_description: str | None = ..., long_description: Description | _Mapping[str, _Any] | None = ..., source_code: SourceCode | _Mapping[str, _Any] | None = ..., tags: _Iterable[str] | None = ...) -> None: ...


class Description(_Message):
    __slots__ = ("value", "uri", "format", "icon_link")

    VALUE_FIELD_NUMBER = 1
    URI_FIELD_NUMBER = 2
    FORMAT_FIELD_NUMBER = 3
    ICON_LINK_FIELD_NUMBER = 4

    value: str
    uri: str
    format: int
    icon_link: str

    if _TYPE_CHECKING:
        def __init__(self, *, value: str | None = ..., uri: str | None = ..., format: int | str | None = ..., icon_link: str | None = ...) -> None: ...


class SourceCode(_Message):
    __slots__ = ("link",)

    LINK_FIELD_NUMBER = 1

    link: str

    if _TYPE_CHECKING:
        def __init__(self, *, link: str | None = ...) -> None: ...


class DescriptionEntityList(_Message):
    __slots__ = ("descriptionEntities", "token")

    DESCRIPTIONENTITIES_FIELD_NUMBER = 1
    TOKEN_FIELD_NUMBER = 2

    descriptionEntities: _RepeatedCompositeFieldContainer[DescriptionEntity]
    token: str

    if _TYPE_CHECKING:
        def __init__(self, *, descriptionEntities: _Iterable[DescriptionEntity | _Mapping[str, _Any]] | None = ..., token: str | None = ...) -> None: ...


class DescriptionEntityListRequest(_Message):
    __slots__ = ("resource_type", "id", "limit", "token", "filters", "sort_by")

    RESOURCE_TYPE_FIELD_NUMBER = 1
    ID_FIELD_NUMBER = 2
    LIMIT_FIELD_NUMBER = 3
    TOKEN_FIELD_NUMBER = 4
    FILTERS_FIELD_NUMBER = 5
    SORT_BY_FIELD_NUMBER = 6

    resource_type: int
    id: _flyteidl_admin_common_pb2.NamedEntityIdentifier
    limit: int
    token: str
    filters: str
    sort_by: _flyteidl_admin_common_pb2.Sort

    if _TYPE_CHECKING:
        def __init__(self, *, resource_type: int | str | None = ..., id: _flyteidl_admin_common_pb2.NamedEntityIdentifier | _Mapping[str, _Any] | None = ..., limit: int | None = ..., token: str | None = ..., filters: str | None = ..., sort_by: _flyteidl_admin_common_pb2.Sort | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/admin/description_entity.proto",
    _SHA256,
    {
        "flyteidl.admin.DescriptionFormat": DescriptionFormat,
        "flyteidl.admin.DescriptionEntity": DescriptionEntity,
        "flyteidl.admin.Description": Description,
        "flyteidl.admin.SourceCode": SourceCode,
        "flyteidl.admin.DescriptionEntityList": DescriptionEntityList,
        "flyteidl.admin.DescriptionEntityListRequest": DescriptionEntityListRequest,
    },
)
