"""Generated from flyteidl/core/security.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class Secret(_Message):
    __slots__ = ("group", "group_version", "key", "mount_requirement", "env_var")

    class MountType(_Enum):
        ANY = 0
        ENV_VAR = 1
        FILE = 2

    ANY = MountType.ANY
    ENV_VAR = MountType.ENV_VAR
    FILE = MountType.FILE

    GROUP_FIELD_NUMBER = 1
    GROUP_VERSION_FIELD_NUMBER = 2
    KEY_FIELD_NUMBER = 3
    MOUNT_REQUIREMENT_FIELD_NUMBER = 4
    ENV_VAR_FIELD_NUMBER = 5

    group: str
    group_version: str
    key: str
    mount_requirement: int
    env_var: str

    if _TYPE_CHECKING:
        def __init__(self, *, group: str | None = ..., group_version: str | None = ..., key: str | None = ..., mount_requirement: int | str | None = ..., env_var: str | None = ...) -> None: ...


class OAuth2Client(_Message):
    __slots__ = ("client_id", "client_secret")

    CLIENT_ID_FIELD_NUMBER = 1
    CLIENT_SECRET_FIELD_NUMBER = 2

    client_id: str
    client_secret: Secret

    if _TYPE_CHECKING:
        def __init__(self, *, client_id: str | None = ..., client_secret: Secret | _Mapping[str, _Any] | None = ...) -> None: ...


class Identity(_Message):
    __slots__ = ("iam_role", "k8s_service_account", "oauth2_client", "execution_identity")

    IAM_ROLE_FIELD_NUMBER = 1
    K8S_SERVICE_ACCOUNT_FIELD_NUMBER = 2
    OAUTH2_CLIENT_FIELD_NUMBER = 3
    EXECUTION_IDENTITY_FIELD_NUMBER = 4

    iam_role: str
    k8s_service_account: str
    oauth2_client: OAuth2Client
    execution_identity: str

    if _TYPE_CHECKING:
        def __init__(self, *, iam_role: str | None = ..., k8s_service_account: str | None = ..., oauth2_client: OAuth2Client | _Mapping[str, _Any] | None = ..., execution_identity: str | None = ...) -> None: ...


class OAuth2TokenRequest(_Message):
    __slots__ = ("name", "type", "client", "idp_discovery_endpoint", "token_endpoint")

    class Type(_Enum):
        CLIENT_CREDENTIALS = 0

    CLIENT_CREDENTIALS = Type.CLIENT_CREDENTIALS

    NAME_FIELD_NUMBER = 1
    TYPE_FIELD_NUMBER = 2
    CLIENT_FIELD_NUMBER = 3
    IDP_DISCOVERY_ENDPOINT_FIELD_NUMBER = 4
    TOKEN_ENDPOINT_FIELD_NUMBER = 5

    name: str
    type: int
    client: OAuth2Client
    idp_discovery_endpoint: str
    token_endpoint: str

    if _TYPE_CHECKING:
        def __init__(self, *, name: str | None = ..., type: int | str | None = ..., client: OAuth2Client | _Mapping[str, _Any] | None = ..., idp_discovery_endpoint: str | None = ..., token_endpoint: str | None = ...) -> None: ...


class SecurityContext(_Message):
    __slots__ = ("run_as", "secrets", "tokens")

    RUN_AS_FIELD_NUMBER = 1
    SECRETS_FIELD_NUMBER = 2
    TOKENS_FIELD_NUMBER = 3

    run_as: Identity
    secrets: _RepeatedCompositeFieldContainer[Secret]
    tokens: _RepeatedCompositeFieldContainer[OAuth2TokenRequest]

    if _TYPE_CHECKING:
        def __init__(self, *, run_as: Identity | _Mapping[str, _Any] | None = ..., secrets: _Iterable[Secret | _Mapping[str, _Any]] | None = ..., tokens: _Iterable[OAuth2TokenRequest | _Mapping[str, _Any]] | None = ...) -> None: ...


_register_file(
    "flyteidl/core/security.proto",
    _SHA256,
    {
        "flyteidl.core.Secret.MountType": Secret.MountType,
        "flyteidl.core.Secret": Secret,
        "flyteidl.core.OAuth2Client": OAuth2Client,
        "flyteidl.core.Identity": Identity,
        "flyteidl.core.OAuth2TokenRequest.Type": OAuth2TokenRequest.Type,
        "flyteidl.core.OAuth2TokenRequest": OAuth2TokenRequest,
        "flyteidl.core.SecurityContext": SecurityContext,
    },
)
