"""Generated from flyteidl/admin/common.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import execution_pb2 as _flyteidl_core_execution_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import identifier_pb2 as _flyteidl_core_identifier_pb2  # noqa: F401
from flytekit_core.idl.flyteidl.core import literals_pb2 as _flyteidl_core_literals_pb2  # noqa: F401
from flytekit_core.idl.google.protobuf import timestamp_pb2 as _google_protobuf_timestamp_pb2  # noqa: F401


class NamedEntityState(_Enum):
    NAMED_ENTITY_ACTIVE = 0
    NAMED_ENTITY_ARCHIVED = 1
    SYSTEM_GENERATED = 2

NAMED_ENTITY_ACTIVE = NamedEntityState.NAMED_ENTITY_ACTIVE
NAMED_ENTITY_ARCHIVED = NamedEntityState.NAMED_ENTITY_ARCHIVED
SYSTEM_GENERATED = NamedEntityState.SYSTEM_GENERATED

class NamedEntityIdentifier(_Message):
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


class NamedEntityMetadata(_Message):
    __slots__ = ("description", "state")

    DESCRIPTION_FIELD_NUMBER = 1
    STATE_FIELD_NUMBER = 2

    description: str
    state: int

    if _TYPE_CHECKING:
        def __init__(self, *, description: str | None = ..., state: int | str | None = ...) -> None: ...


class NamedEntity(_Message):
    __slots__ = ("resource_type", "id", "metadata")

    RESOURCE_TYPE_FIELD_NUMBER = 1
    ID_FIELD_NUMBER = 2
    METADATA_FIELD_NUMBER = 3

    resource_type: int
    id: NamedEntityIdentifier
    metadata: NamedEntityMetadata

    if _TYPE_CHECKING:
        def __init__(self, *, resource_type: int | str | None = ..., id: NamedEntityIdentifier | _Mapping[str, _Any] | None = ..., metadata: NamedEntityMetadata | _Mapping[str, _Any] | None = ...) -> None: ...


class Sort(_Message):
    __slots__ = ("key", "direction")

    class Direction(_Enum):
        DESCENDING = 0
        ASCENDING = 1

    DESCENDING = Direction.DESCENDING
    ASCENDING = Direction.ASCENDING

    KEY_FIELD_NUMBER = 1
    DIRECTION_FIELD_NUMBER = 2

    key: str
    direction: int

    if _TYPE_CHECKING:
        def __init__(self, *, key: str | None = ..., direction: int | str | None = ...) -> None: ...


class NamedEntityIdentifierListRequest(_Message):
    __slots__ = ("project", "domain", "limit", "token", "sort_by", "filters", "org")

    PROJECT_FIELD_NUMBER = 1
    DOMAIN_FIELD_NUMBER = 2
    LIMIT_FIELD_NUMBER = 3
    TOKEN_FIELD_NUMBER = 4
    SORT_BY_FIELD_NUMBER = 5
    FILTERS_FIELD_NUMBER = 6
    ORG_FIELD_NUMBER = 7

    project: str
    domain: str
    limit: int
    token: str
    sort_by: Sort
    filters: str
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, project: str | None = ..., domain: str | None = ..., limit: int | None = ..., token: str | None = ..., sort_by: Sort | _Mapping[str, _Any] | None = ..., filters: str | None = ..., org: str | None = ...) -> None: ...


class NamedEntityListRequest(_Message):
    __slots__ = ("resource_type", "project", "domain", "limit", "token", "sort_by", "filters", "org")

    RESOURCE_TYPE_FIELD_NUMBER = 1
    PROJECT_FIELD_NUMBER = 2
    DOMAIN_FIELD_NUMBER = 3
    LIMIT_FIELD_NUMBER = 4
    TOKEN_FIELD_NUMBER = 5
    SORT_BY_FIELD_NUMBER = 6
    FILTERS_FIELD_NUMBER = 7
    ORG_FIELD_NUMBER = 8

    resource_type: int
    project: str
    domain: str
    limit: int
    token: str
    sort_by: Sort
    filters: str
    org: str

    if _TYPE_CHECKING:
        def __init__(self, *, resource_type: int | str | None = ..., project: str | None = ..., domain: str | None = ..., limit: int | None = ..., token: str | None = ..., sort_by: Sort | _Mapping[str, _Any] | None = ..., filters: str | None = ..., org: str | None = ...) -> None: ...


class NamedEntityIdentifierList(_Message):
    __slots__ = ("entities", "token")

    ENTITIES_FIELD_NUMBER = 1
    TOKEN_FIELD_NUMBER = 2

    entities: _RepeatedCompositeFieldContainer[NamedEntityIdentifier]
    token: str

    if _TYPE_CHECKING:
        def __init__(self, *, entities: _Iterable[NamedEntityIdentifier | _Mapping[str, _Any]] | None = ..., token: str | None = ...) -> None: ...


class NamedEntityList(_Message):
    __slots__ = ("entities", "token")

    ENTITIES_FIELD_NUMBER = 1
    TOKEN_FIELD_NUMBER = 2

    entities: _RepeatedCompositeFieldContainer[NamedEntity]
    token: str

    if _TYPE_CHECKING:
        def __init__(self, *, entities: _Iterable[NamedEntity | _Mapping[str, _Any]] | None = ..., token: str | None = ...) -> None: ...


class NamedEntityGetRequest(_Message):
    __slots__ = ("resource_type", "id")

    RESOURCE_TYPE_FIELD_NUMBER = 1
    ID_FIELD_NUMBER = 2

    resource_type: int
    id: NamedEntityIdentifier

    if _TYPE_CHECKING:
        def __init__(self, *, resource_type: int | str | None = ..., id: NamedEntityIdentifier | _Mapping[str, _Any] | None = ...) -> None: ...


class NamedEntityUpdateRequest(_Message):
    __slots__ = ("resource_type", "id", "metadata")

    RESOURCE_TYPE_FIELD_NUMBER = 1
    ID_FIELD_NUMBER = 2
    METADATA_FIELD_NUMBER = 3

    resource_type: int
    id: NamedEntityIdentifier
    metadata: NamedEntityMetadata

    if _TYPE_CHECKING:
        def __init__(self, *, resource_type: int | str | None = ..., id: NamedEntityIdentifier | _Mapping[str, _Any] | None = ..., metadata: NamedEntityMetadata | _Mapping[str, _Any] | None = ...) -> None: ...


class NamedEntityUpdateResponse(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class ObjectGetRequest(_Message):
    __slots__ = ("id",)

    ID_FIELD_NUMBER = 1

    id: _flyteidl_core_identifier_pb2.Identifier

    if _TYPE_CHECKING:
        def __init__(self, *, id: _flyteidl_core_identifier_pb2.Identifier | _Mapping[str, _Any] | None = ...) -> None: ...


class ResourceListRequest(_Message):
    __slots__ = ("id", "limit", "token", "filters", "sort_by")

    ID_FIELD_NUMBER = 1
    LIMIT_FIELD_NUMBER = 2
    TOKEN_FIELD_NUMBER = 3
    FILTERS_FIELD_NUMBER = 4
    SORT_BY_FIELD_NUMBER = 5

    id: NamedEntityIdentifier
    limit: int
    token: str
    filters: str
    sort_by: Sort

    if _TYPE_CHECKING:
        def __init__(self, *, id: NamedEntityIdentifier | _Mapping[str, _Any] | None = ..., limit: int | None = ..., token: str | None = ..., filters: str | None = ..., sort_by: Sort | _Mapping[str, _Any] | None = ...) -> None: ...


class EmailNotification(_Message):
    __slots__ = ("recipients_email", "template")

    RECIPIENTS_EMAIL_FIELD_NUMBER = 1
    TEMPLATE_FIELD_NUMBER = 2

    recipients_email: _RepeatedScalarFieldContainer[str]
    template: str

    if _TYPE_CHECKING:
        def __init__(self, *, recipients_email: _Iterable[str] | None = ..., template: str | None = ...) -> None: ...


class PagerDutyNotification(_Message):
    __slots__ = ("recipients_email", "template")

    RECIPIENTS_EMAIL_FIELD_NUMBER = 1
    TEMPLATE_FIELD_NUMBER = 2

    recipients_email: _RepeatedScalarFieldContainer[str]
    template: str

    if _TYPE_CHECKING:
        def __init__(self, *, recipients_email: _Iterable[str] | None = ..., template: str | None = ...) -> None: ...


class SlackNotification(_Message):
    __slots__ = ("recipients_email", "template")

    RECIPIENTS_EMAIL_FIELD_NUMBER = 1
    TEMPLATE_FIELD_NUMBER = 2

    recipients_email: _RepeatedScalarFieldContainer[str]
    template: str

    if _TYPE_CHECKING:
        def __init__(self, *, recipients_email: _Iterable[str] | None = ..., template: str | None = ...) -> None: ...


class Notification(_Message):
    __slots__ = ("phases", "email", "pager_duty", "slack")

    PHASES_FIELD_NUMBER = 1
    EMAIL_FIELD_NUMBER = 2
    PAGER_DUTY_FIELD_NUMBER = 3
    SLACK_FIELD_NUMBER = 4

    phases: _RepeatedScalarFieldContainer[int]
    email: EmailNotification
    pager_duty: PagerDutyNotification
    slack: SlackNotification

    if _TYPE_CHECKING:
        def __init__(self, *, phases: _Iterable[int | str] | None = ..., email: EmailNotification | _Mapping[str, _Any] | None = ..., pager_duty: PagerDutyNotification | _Mapping[str, _Any] | None = ..., slack: SlackNotification | _Mapping[str, _Any] | None = ...) -> None: ...


class UrlBlob(_Message):
    __slots__ = ("url", "bytes")

    URL_FIELD_NUMBER = 1
    BYTES_FIELD_NUMBER = 2

    url: str
    bytes: int

    if _TYPE_CHECKING:
        def __init__(self, *, url: str | None = ..., bytes: int | None = ...) -> None: ...


class Labels(_Message):
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


class Annotations(_Message):
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


class Envs(_Message):
    __slots__ = ("values",)

    VALUES_FIELD_NUMBER = 1

    values: _RepeatedCompositeFieldContainer[_flyteidl_core_literals_pb2.KeyValuePair]

    if _TYPE_CHECKING:
        def __init__(self, *, values: _Iterable[_flyteidl_core_literals_pb2.KeyValuePair | _Mapping[str, _Any]] | None = ...) -> None: ...


class AuthRole(_Message):
    __slots__ = ("assumable_iam_role", "kubernetes_service_account")

    ASSUMABLE_IAM_ROLE_FIELD_NUMBER = 1
    KUBERNETES_SERVICE_ACCOUNT_FIELD_NUMBER = 2

    assumable_iam_role: str
    kubernetes_service_account: str

    if _TYPE_CHECKING:
        def __init__(self, *, assumable_iam_role: str | None = ..., kubernetes_service_account: str | None = ...) -> None: ...


class RawOutputDataConfig(_Message):
    __slots__ = ("output_location_prefix",)

    OUTPUT_LOCATION_PREFIX_FIELD_NUMBER = 1

    output_location_prefix: str

    if _TYPE_CHECKING:
        def __init__(self, *, output_location_prefix: str | None = ...) -> None: ...


class FlyteURLs(_Message):
    __slots__ = ("inputs", "outputs", "deck")

    INPUTS_FIELD_NUMBER = 1
    OUTPUTS_FIELD_NUMBER = 2
    DECK_FIELD_NUMBER = 3

    inputs: str
    outputs: str
    deck: str

    if _TYPE_CHECKING:
        def __init__(self, *, inputs: str | None = ..., outputs: str | None = ..., deck: str | None = ...) -> None: ...


_register_file(
    "flyteidl/admin/common.proto",
    _SHA256,
    {
        "flyteidl.admin.NamedEntityState": NamedEntityState,
        "flyteidl.admin.NamedEntityIdentifier": NamedEntityIdentifier,
        "flyteidl.admin.NamedEntityMetadata": NamedEntityMetadata,
        "flyteidl.admin.NamedEntity": NamedEntity,
        "flyteidl.admin.Sort.Direction": Sort.Direction,
        "flyteidl.admin.Sort": Sort,
        "flyteidl.admin.NamedEntityIdentifierListRequest": NamedEntityIdentifierListRequest,
        "flyteidl.admin.NamedEntityListRequest": NamedEntityListRequest,
        "flyteidl.admin.NamedEntityIdentifierList": NamedEntityIdentifierList,
        "flyteidl.admin.NamedEntityList": NamedEntityList,
        "flyteidl.admin.NamedEntityGetRequest": NamedEntityGetRequest,
        "flyteidl.admin.NamedEntityUpdateRequest": NamedEntityUpdateRequest,
        "flyteidl.admin.NamedEntityUpdateResponse": NamedEntityUpdateResponse,
        "flyteidl.admin.ObjectGetRequest": ObjectGetRequest,
        "flyteidl.admin.ResourceListRequest": ResourceListRequest,
        "flyteidl.admin.EmailNotification": EmailNotification,
        "flyteidl.admin.PagerDutyNotification": PagerDutyNotification,
        "flyteidl.admin.SlackNotification": SlackNotification,
        "flyteidl.admin.Notification": Notification,
        "flyteidl.admin.UrlBlob": UrlBlob,
        "flyteidl.admin.Labels.ValuesEntry": Labels.ValuesEntry,
        "flyteidl.admin.Labels": Labels,
        "flyteidl.admin.Annotations.ValuesEntry": Annotations.ValuesEntry,
        "flyteidl.admin.Annotations": Annotations,
        "flyteidl.admin.Envs": Envs,
        "flyteidl.admin.AuthRole": AuthRole,
        "flyteidl.admin.RawOutputDataConfig": RawOutputDataConfig,
        "flyteidl.admin.FlyteURLs": FlyteURLs,
    },
)
