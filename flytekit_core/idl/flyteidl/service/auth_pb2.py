"""Generated from flyteidl/service/auth.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class OAuth2MetadataRequest(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class OAuth2MetadataResponse(_Message):
    __slots__ = ("issuer", "authorization_endpoint", "token_endpoint", "response_types_supported", "scopes_supported", "token_endpoint_auth_methods_supported", "jwks_uri", "code_challenge_methods_supported", "grant_types_supported", "device_authorization_endpoint")

    ISSUER_FIELD_NUMBER = 1
    AUTHORIZATION_ENDPOINT_FIELD_NUMBER = 2
    TOKEN_ENDPOINT_FIELD_NUMBER = 3
    RESPONSE_TYPES_SUPPORTED_FIELD_NUMBER = 4
    SCOPES_SUPPORTED_FIELD_NUMBER = 5
    TOKEN_ENDPOINT_AUTH_METHODS_SUPPORTED_FIELD_NUMBER = 6
    JWKS_URI_FIELD_NUMBER = 7
    CODE_CHALLENGE_METHODS_SUPPORTED_FIELD_NUMBER = 8
    GRANT_TYPES_SUPPORTED_FIELD_NUMBER = 9
    DEVICE_AUTHORIZATION_ENDPOINT_FIELD_NUMBER = 10

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    response_types_supported: _RepeatedScalarFieldContainer[str]
    scopes_supported: _RepeatedScalarFieldContainer[str]
    token_endpoint_auth_methods_supported: _RepeatedScalarFieldContainer[str]
    jwks_uri: str
    code_challenge_methods_supported: _RepeatedScalarFieldContainer[str]
    grant_types_supported: _RepeatedScalarFieldContainer[str]
    device_authorization_endpoint: str

    if _TYPE_CHECKING:
        def __init__(self, *, issuer: str | None = ..., authorization_endpoint: str | None = ..., token_endpoint: str | None = ..., response_types_supported: _Iterable[str] | None = ..., scopes_supported: _Iterable[str] | None = ..., token_endpoint_auth_methods_supported: _Iterable[str] | None = ..., jwks_uri: str | None = ..., code_challenge_methods_supported: _Iterable[str] | None = ..., grant_types_supported: _Iterable[str] | None = ..., device_authorization_endpoint: str | None = ...) -> None: ...


class PublicClientAuthConfigRequest(_Message):
    __slots__ = ()

    if _TYPE_CHECKING:
        def __init__(self) -> None: ...


class PublicClientAuthConfigResponse(_Message):
    __slots__ = ("client_id", "redirect_uri", "scopes", "authorization_metadata_key", "service_http_endpoint", "audience")

    CLIENT_ID_FIELD_NUMBER = 1
    REDIRECT_URI_FIELD_NUMBER = 2
    SCOPES_FIELD_NUMBER = 3
    AUTHORIZATION_METADATA_KEY_FIELD_NUMBER = 4
    SERVICE_HTTP_ENDPOINT_FIELD_NUMBER = 5
    AUDIENCE_FIELD_NUMBER = 6

    client_id: str
    redirect_uri: str
    scopes: _RepeatedScalarFieldContainer[str]
    authorization_metadata_key: str
    service_http_endpoint: str
    audience: str

    if _TYPE_CHECKING:
        def __init__(self, *, client_id: str | None = ..., redirect_uri: str | None = ..., scopes: _Iterable[str] | None = ..., authorization_metadata_key: str | None = ..., service_http_endpoint: str | None = ..., audience: str | None = ...) -> None: ...


_register_file(
    "flyteidl/service/auth.proto",
    _SHA256,
    {
        "flyteidl.service.OAuth2MetadataRequest": OAuth2MetadataRequest,
        "flyteidl.service.OAuth2MetadataResponse": OAuth2MetadataResponse,
        "flyteidl.service.PublicClientAuthConfigRequest": PublicClientAuthConfigRequest,
        "flyteidl.service.PublicClientAuthConfigResponse": PublicClientAuthConfigResponse,
    },
)
