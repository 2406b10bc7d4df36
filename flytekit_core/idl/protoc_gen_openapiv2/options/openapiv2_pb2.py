"""Generated from protoc-gen-openapiv2/options/openapiv2.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class Scheme(_Enum):
    UNKNOWN = 0
    HTTP = 1
    HTTPS = 2
    WS = 3
    WSS = 4

UNKNOWN = Scheme.UNKNOWN
HTTP = Scheme.HTTP
HTTPS = Scheme.HTTPS
WS = Scheme.WS
WSS = Scheme.WSS

class Swagger(_Message):
    __slots__ = ("swagger", "info", "host", "base_path", "schemes", "consumes", "produces", "responses", "security_definitions", "security", "tags", "external_docs", "extensions")

    class ResponsesEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: Response

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: Response | _Mapping[str, _Any] | None = ...) -> None: ...


    class ExtensionsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: _google_protobuf_struct_pb2.Value

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: _google_protobuf_struct_pb2.Value | _Mapping[str, _Any] | None = ...) -> None: ...


    SWAGGER_FIELD_NUMBER = 1
    INFO_FIELD_NUMBER = 2
    HOST_FIELD_NUMBER = 3
    BASE_PATH_FIELD_NUMBER = 4
    SCHEMES_FIELD_NUMBER = 5
    CONSUMES_FIELD_NUMBER = 6
    PRODUCES_FIELD_NUMBER = 7
    RESPONSES_FIELD_NUMBER = 10
    SECURITY_DEFINITIONS_FIELD_NUMBER = 11
    SECURITY_FIELD_NUMBER = 12
    TAGS_FIELD_NUMBER = 13
    EXTERNAL_DOCS_FIELD_NUMBER = 14
    EXTENSIONS_FIELD_NUMBER = 15

    swagger: str
    info: Info
    host: str
    base_path: str
    schemes: _RepeatedScalarFieldContainer[int]
    consumes: _RepeatedScalarFieldContainer[str]
    produces: _RepeatedScalarFieldContainer[str]
    responses: _MessageMap[str, Response]
    security_definitions: SecurityDefinitions
    security: _RepeatedCompositeFieldContainer[SecurityRequirement]
    tags: _RepeatedCompositeFieldContainer[Tag]
    external_docs: ExternalDocumentation
    extensions: _MessageMap[str, _google_protobuf_struct_pb2.Value]

    if _TYPE_CHECKING:
        def __init__(self, *, swagger: str | None = ..., info: Info | _Mapping[str, _Any] | None = ..., host: str | None = ..., base_path: str | None = ..., schemes: _Iterable[int | str] | None = ..., consumes: _Iterable[str] | None = ..., produces: _Iterable[str] | None = ..., responses: _Mapping[str, Response | _Mapping[str, _Any]] | None = ..., security_definitions: SecurityDefinitions | _Mapping[str, _Any] | None = ..., security: _Iterable[SecurityRequirement | _Mapping[str, _Any]] | None = ..., tags: _Iterable[Tag | _Mapping[str, _Any]] | None = ..., external_docs: ExternalDocumentation | _Mapping[str, _Any] | None = ..., extensions: _Mapping[str, _google_protobuf_struct_pb2.Value | _Mapping[str, _Any]] | None = ...) -> None: ...


class Operation(_Message):
    __slots__ = ("tags", "summary", "description", "external_docs", "operation_id", "consumes", "produces", "responses", "schemes", "deprecated", "security", "extensions", "parameters")

    class ResponsesEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: Response

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: Response | _Mapping[str, _Any] | None = ...) -> None: ...


    class ExtensionsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: _google_protobuf_struct_pb2.Value

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: _google_protobuf_struct_pb2.Value | _Mapping[str, _Any] | None = ...) -> None: ...


    TAGS_FIELD_NUMBER = 1
    SUMMARY_FIELD_NUMBER = 2
    DESCRIPTION_FIELD_NUMBER = 3
    EXTERNAL_DOCS_FIELD_NUMBER = 4
    OPERATION_ID_FIELD_NUMBER = 5
    CONSUMES_FIELD_NUMBER = 6
    PRODUCES_FIELD_NUMBER = 7
    RESPONSES_FIELD_NUMBER = 9
    SCHEMES_FIELD_NUMBER = 10
    DEPRECATED_FIELD_NUMBER = 11
    SECURITY_FIELD_NUMBER = 12
    EXTENSIONS_FIELD_NUMBER = 13
    PARAMETERS_FIELD_NUMBER = 14

    tags: _RepeatedScalarFieldContainer[str]
    summary: str
    description: str
    external_docs: ExternalDocumentation
    operation_id: str
    consumes: _RepeatedScalarFieldContainer[str]
    produces: _RepeatedScalarFieldContainer[str]
    responses: _MessageMap[str, Response]
    schemes: _RepeatedScalarFieldContainer[int]
    deprecated: bool
    security: _RepeatedCompositeFieldContainer[SecurityRequirement]
    extensions: _MessageMap[str, _google_protobuf_struct_pb2.Value]
    parameters: Parameters

    if _TYPE_CHECKING:
        def __init__(self, *, tags: _Iterable[str] | None = ..., summary: str | None = ..., description: str | None = ..., external_docs: ExternalDocumentation | _Mapping[str, _Any] | None = ..., operation_id: str | None = ..., consumes: _Iterable[str] | None = ..., produces: _Iterable[str] | None = ..., responses: _Mapping[str, Response | _Mapping[str, _Any]] | None = ..., schemes: _Iterable[int | str] | None = ..., deprecated: bool | None = ..., security: _Iterable[SecurityRequirement | _Mapping[str, _Any]] | None = ..., extensions: _Mapping[str, _google_protobuf_struct_pb2.Value | _Mapping[str, _Any]] | None = ..., parameters: Parameters | _Mapping[str, _Any] | None = ...) -> None: ...


class Parameters(_Message):
    __slots__ = ("headers",)

    HEADERS_FIELD_NUMBER = 1

    headers: _RepeatedCompositeFieldContainer[HeaderParameter]

    if _TYPE_CHECKING:
        def __init__(self, *, headers: _Iterable[HeaderParameter | _Mapping[str, _Any]] | None = ...) -> None: ...


class HeaderParameter(_Message):
    __slots__ = ("name", "description", "type", "format", "required")

    class Type(_Enum):
        UNKNOWN = 0
        STRING = 1
        NUMBER = 2
        INTEGER = 3
        BOOLEAN = 4

    UNKNOWN = Type.UNKNOWN
    STRING = Type.STRING
    NUMBER = Type.NUMBER
    INTEGER = Type.INTEGER
    BOOLEAN = Type.BOOLEAN

    NAME_FIELD_NUMBER = 1
    DESCRIPTION_FIELD_NUMBER = 2
    TYPE_FIELD_NUMBER = 3
    FORMAT_FIELD_NUMBER = 4
    REQUIRED_FIELD_NUMBER = 5

    name: str
    description: str
    type: int
    format: str
    required: bool

    if _TYPE_CHECKING:
        def __init__(self, *, name: str | None = ..., description: str | None = ..., type: int | str | None = ..., format: str | None = ..., required: bool | None = ...) -> None: ...


class Header(_Message):
    __slots__ = ("description", "type", "format", "default", "pattern")

    DESCRIPTION_FIELD_NUMBER = 1
    TYPE_FIELD_NUMBER = 2
    FORMAT_FIELD_NUMBER = 3
    DEFAULT_FIELD_NUMBER = 6
    PATTERN_FIELD_NUMBER = 13

    description: str
    type: str
    format: str
    default: str
    pattern: str

    if _TYPE_CHECKING:
        def __init__(self, *, description: str | None = ..., type: str | None = ..., format: str | None = ..., default: str | None = ..., pattern: str | None = ...) -> None: ...


class Response(_Message):
    __slots__ = ("description", "schema", "headers", "examples", "extensions")

    class HeadersEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: Header

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: Header | _Mapping[str, _Any] | None = ...) -> None: ...


    class ExamplesEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    class ExtensionsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: _google_protobuf_struct_pb2.Value

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: _google_protobuf_struct_pb2.Value | _Mapping[str, _Any] | None = ...) -> None: ...


    DESCRIPTION_FIELD_NUMBER = 1
    SCHEMA_FIELD_NUMBER = 2
    HEADERS_FIELD_NUMBER = 3
    EXAMPLES_FIELD_NUMBER = 4
    EXTENSIONS_FIELD_NUMBER = 5

    description: str
    schema: Schema
    headers: _MessageMap[str, Header]
    examples: _ScalarMap[str, str]
    extensions: _MessageMap[str, _google_protobuf_struct_pb2.Value]

    if _TYPE_CHECKING:
        def __init__(self, *, description: str | None = ..., schema: Schema | _Mapping[str, _Any] | None = ..., headers: _Mapping[str, Header | _Mapping[str, _Any]] | None = ..., examples: _Mapping[str, str] | None = ..., extensions: _Mapping[str, _google_protobuf_struct_pb2.Value | _Mapping[str, _Any]] | None = ...) -> None: ...


class Info(_Message):
    __slots__ = ("title", "description", "terms_of_service", "contact", "license", "version", "extensions")

    class ExtensionsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: _google_protobuf_struct_pb2.Value

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: _google_protobuf_struct_pb2.Value | _Mapping[str, _Any] | None = ...) -> None: ...


    TITLE_FIELD_NUMBER = 1
    DESCRIPTION_FIELD_NUMBER = 2
    TERMS_OF_SERVICE_FIELD_NUMBER = 3
    CONTACT_FIELD_NUMBER = 4
    LICENSE_FIELD_NUMBER = 5
    VERSION_FIELD_NUMBER = 6
    EXTENSIONS_FIELD_NUMBER = 7

    title: str
    description: str
    terms_of_service: str
    contact: Contact
    license: License
    version: str
    extensions: _MessageMap[str, _google_protobuf_struct_pb2.Value]

    if _TYPE_CHECKING:
        def __init__(self, *, title: str | None = ..., description: str | None = ..., terms_of_service: str | None = ..., contact: Contact | _Mapping[str, _Any] | None = ..., license: License | _Mapping[str, _Any] | None = ..., version: str | None = ..., extensions: _Mapping[str, _google_protobuf_struct_pb2.Value | _Mapping[str, _Any]] | None = ...) -> None: ...


class Contact(_Message):
    __slots__ = ("name", "url", "email")

    NAME_FIELD_NUMBER = 1
    URL_FIELD_NUMBER = 2
    EMAIL_FIELD_NUMBER = 3

    name: str
    url: str
    email: str

    if _TYPE_CHECKING:
        def __init__(self, *, name: str | None = ..., url: str | None = ..., email: str | None = ...) -> None: ...


class License(_Message):
    __slots__ = ("name", "url")

    NAME_FIELD_NUMBER = 1
    URL_FIELD_NUMBER = 2

    name: str
    url: str

    if _TYPE_CHECKING:
        def __init__(self, *, name: str | None = ..., url: str | None = ...) -> None: ...


class ExternalDocumentation(_Message):
    __slots__ = ("description", "url")

    DESCRIPTION_FIELD_NUMBER = 1
    URL_FIELD_NUMBER = 2

    description: str
    url: str

    if _TYPE_CHECKING:
        def __init__(self, *, description: str | None = ..., url: str | None = ...) -> None: ...


class Schema(_Message):
    __slots__ = ("json_schema", "discriminator", "read_only", "external_docs", "example")

    JSON_SCHEMA_FIELD_NUMBER = 1
    DISCRIMINATOR_FIELD_NUMBER = 2
    READ_ONLY_FIELD_NUMBER = 3
    EXTERNAL_DOCS_FIELD_NUMBER = 5
    EXAMPLE_FIELD_NUMBER = 6

    json_schema: JSONSchema
    discriminator: str
    read_only: bool
    external_docs: ExternalDocumentation
    example: str

    if _TYPE_CHECKING:
        def __init__(self, *, json_schema: JSONSchema | _Mapping[str, _Any] | None = ..., discriminator: str | None = ..., read_only: bool | None = ..., external_docs: ExternalDocumentation | _Mapping[str, _Any] | None = ..., example: str | None = ...) -> None: ...


class JSONSchema(_Message):
    __slots__ = ("ref", "title", "description", "default", "read_only", "example", "multiple_of", "maximum", "exclusive_maximum", "minimum", "exclusive_minimum", "max_length", "min_length", "pattern", "max_items", "min_items", "unique_items", "max_properties", "min_properties", "required", "array", "type", "format", "enum", "field_configuration", "extensions")

    class JSONSchemaSimpleTypes(_Enum):
        UNKNOWN = 0
        ARRAY = 1
        BOOLEAN = 2
        INTEGER = 3
        NULL = 4
        NUMBER = 5
        OBJECT = 6
        STRING = 7

    UNKNOWN = JSONSchemaSimpleTypes.UNKNOWN
    ARRAY = JSONSchemaSimpleTypes.ARRAY
    BOOLEAN = JSONSchemaSimpleTypes.BOOLEAN
    INTEGER = JSONSchemaSimpleTypes.INTEGER
    NULL = JSONSchemaSimpleTypes.NULL
    NUMBER = JSONSchemaSimpleTypes.NUMBER
    OBJECT = JSONSchemaSimpleTypes.OBJECT
    STRING = JSONSchemaSimpleTypes.STRING

    class FieldConfiguration(_Message):
        __slots__ = ("path_param_name",)

        PATH_PARAM_NAME_FIELD_NUMBER = 47

        path_param_name: str

        if _TYPE_CHECKING:
            def __init__(self, *, path_param_name: str | None = ...) -> None: ...


    class ExtensionsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: _google_protobuf_struct_pb2.Value

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: _google_protobuf_struct_pb2.Value | _Mapping[str, _Any] | None = ...) -> None: ...


    REF_FIELD_NUMBER = 3
    TITLE_FIELD_NUMBER = 5
    DESCRIPTION_FIELD_NUMBER = 6
    DEFAULT_FIELD_NUMBER = 7
    READ_ONLY_FIELD_NUMBER = 8
    EXAMPLE_FIELD_NUMBER = 9
    MULTIPLE_OF_FIELD_NUMBER = 10
    MAXIMUM_FIELD_NUMBER = 11
    EXCLUSIVE_MAXIMUM_FIELD_NUMBER = 12
    MINIMUM_FIELD_NUMBER = 13
    EXCLUSIVE_MINIMUM_FIELD_NUMBER = 14
    MAX_LENGTH_FIELD_NUMBER = 15
    MIN_LENGTH_FIELD_NUMBER = 16
    PATTERN_FIELD_NUMBER = 17
    MAX_ITEMS_FIELD_NUMBER = 20
    MIN_ITEMS_FIELD_NUMBER = 21
    UNIQUE_ITEMS_FIELD_NUMBER = 22
    MAX_PROPERTIES_FIELD_NUMBER = 24
    MIN_PROPERTIES_FIELD_NUMBER = 25
    REQUIRED_FIELD_NUMBER = 26
    ARRAY_FIELD_NUMBER = 34
    TYPE_FIELD_NUMBER = 35
    FORMAT_FIELD_NUMBER = 36
    ENUM_FIELD_NUMBER = 46
    FIELD_CONFIGURATION_FIELD_NUMBER = 1001
    EXTENSIONS_FIELD_NUMBER = 48

    ref: str
    title: str
    description: str
    default: str
    read_only: bool
    example: str
    multiple_of: float
    maximum: float
    exclusive_maximum: bool
    minimum: float
    exclusive_minimum: bool
    max_length: int
    min_length: int
    pattern: str
    max_items: int
    min_items: int
    unique_items: bool
    max_properties: int
    min_properties: int
    required: _RepeatedScalarFieldContainer[str]
    array: _RepeatedScalarFieldContainer[str]
    type: _RepeatedScalarFieldContainer[int]
    format: str
    enum: _RepeatedScalarFieldContainer[str]
    field_configuration: JSONSchema.FieldConfiguration
    extensions: _MessageMap[str, _google_protobuf_struct_pb2.Value]

    if _TYPE_CHECKING:
        def __init__(self, *, ref: str | None = ..., title: str | None = ..., description: str | None = ..., default: str | None = ..., read_only: bool | None = ..., example: str | None = ..., multiple_of: float | None = ..., maximum: float | None = ..., exclusive_maximum: bool | None = ..., minimum: float | None = ..., exclusive_minimum: bool | None = ..., max_length: int | None = ..., min_length: int | None = ..., pattern: str | None = ..., max_items: int | None = ..., min_items: int | None = ..., unique_items: bool | None = ..., max_properties: int | None = ..., min_properties: int | None = ..., required: _Iterable[str] | None = ..., array: _Iterable[str] | None = ..., type: _Iterable[int | str] | None = ..., format: str | None = ..., enum: _Iterable[str] | None = ..., field_configuration: JSONSchema.FieldConfiguration | _Mapping[str, _Any] | None = ..., extensions: _Mapping[str, _google_protobuf_struct_pb2.Value | _Mapping[str, _Any]] | None = ...) -> None: ...


class Tag(_Message):
    __slots__ = ("name", "description", "external_docs", "extensions")

    class ExtensionsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: _google_protobuf_struct_pb2.Value

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: _google_protobuf_struct_pb2.Value | _Mapping[str, _Any] | None = ...) -> None: ...


    NAME_FIELD_NUMBER = 1
    DESCRIPTION_FIELD_NUMBER = 2
    EXTERNAL_DOCS_FIELD_NUMBER = 3
    EXTENSIONS_FIELD_NUMBER = 4

    name: str
    description: str
    external_docs: ExternalDocumentation
    extensions: _MessageMap[str, _google_protobuf_struct_pb2.Value]

    if _TYPE_CHECKING:
        def __init__(self, *, name: str | None = ..., description: str | None = ..., external_docs: ExternalDocumentation | _Mapping[str, _Any] | None = ..., extensions: _Mapping[str, _google_protobuf_struct_pb2.Value | _Mapping[str, _Any]] | None = ...) -> None: ...


class SecurityDefinitions(_Message):
    __slots__ = ("security",)

    class SecurityEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: SecurityScheme

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: SecurityScheme | _Mapping[str, _Any] | None = ...) -> None: ...


    SECURITY_FIELD_NUMBER = 1

    security: _MessageMap[str, SecurityScheme]

    if _TYPE_CHECKING:
        def __init__(self, *, security: _Mapping[str, SecurityScheme | _Mapping[str, _Any]] | None = ...) -> None: ...


class SecurityScheme(_Message):
    __slots__ = ("type", "description", "name", "in", "flow", "authorization_url", "token_url", "scopes", "extensions")

    class Type(_Enum):
        TYPE_INVALID = 0
        TYPE_BASIC = 1
        TYPE_API_KEY = 2
        TYPE_OAUTH2 = 3

    TYPE_INVALID = Type.TYPE_INVALID
    TYPE_BASIC = Type.TYPE_BASIC
    TYPE_API_KEY = Type.TYPE_API_KEY
    TYPE_OAUTH2 = Type.TYPE_OAUTH2

    class In(_Enum):
        IN_INVALID = 0
        IN_QUERY = 1
        IN_HEADER = 2

    IN_INVALID = In.IN_INVALID
    IN_QUERY = In.IN_QUERY
    IN_HEADER = In.IN_HEADER

    class Flow(_Enum):
        FLOW_INVALID = 0
        FLOW_IMPLICIT = 1
        FLOW_PASSWORD = 2
        FLOW_APPLICATION = 3
        FLOW_ACCESS_CODE = 4

    FLOW_INVALID = Flow.FLOW_INVALID
    FLOW_IMPLICIT = Flow.FLOW_IMPLICIT
    FLOW_PASSWORD = Flow.FLOW_PASSWORD
    FLOW_APPLICATION = Flow.FLOW_APPLICATION
    FLOW_ACCESS_CODE = Flow.FLOW_ACCESS_CODE

    class ExtensionsEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: _google_protobuf_struct_pb2.Value

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: _google_protobuf_struct_pb2.Value | _Mapping[str, _Any] | None = ...) -> None: ...


    TYPE_FIELD_NUMBER = 1
    DESCRIPTION_FIELD_NUMBER = 2
    NAME_FIELD_NUMBER = 3
    IN_FIELD_NUMBER = 4
    FLOW_FIELD_NUMBER = 5
    AUTHORIZATION_URL_FIELD_NUMBER = 6
    TOKEN_URL_FIELD_NUMBER = 7
    SCOPES_FIELD_NUMBER = 8
    EXTENSIONS_FIELD_NUMBER = 9

    type: int
    description: str
    name: str
    flow: int
    authorization_url: str
    token_url: str
    scopes: Scopes
    extensions: _MessageMap[str, _google_protobuf_struct_pb2.Value]

    if _TYPE_CHECKING:
        def __init__(self, *, type: int | str | None = ..., description: str | None = ..., name: str | None = ..., flow: int | str | None = ..., authorization_url: str | None = ..., token_url: str | None = ..., scopes: Scopes | _Mapping[str, _Any] | None = ..., extensions: _Mapping[str, _google_protobuf_struct_pb2.Value | _Mapping[str, _Any]] | None = ..., **fields: _Any) -> None: ...


class SecurityRequirement(_Message):
    __slots__ = ("security_requirement",)

    class SecurityRequirementValue(_Message):
        __slots__ = ("scope",)

        SCOPE_FIELD_NUMBER = 1

        scope: _RepeatedScalarFieldContainer[str]

        if _TYPE_CHECKING:
            def __init__(self, *, scope: _Iterable[str] | None = ...) -> None: ...


    class SecurityRequirementEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: SecurityRequirement.SecurityRequirementValue

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: SecurityRequirement.SecurityRequirementValue | _Mapping[str, _Any] | None = ...) -> None: ...


    SECURITY_REQUIREMENT_FIELD_NUMBER = 1

    security_requirement: _MessageMap[str, SecurityRequirement.SecurityRequirementValue]

    if _TYPE_CHECKING:
        def __init__(self, *, security_requirement: _Mapping[str, SecurityRequirement.SecurityRequirementValue | _Mapping[str, _Any]] | None = ...) -> None: ...


class Scopes(_Message):
    __slots__ = ("scope",)

    class ScopeEntry(_Message):
        __slots__ = ("key", "value")

        KEY_FIELD_NUMBER = 1
        VALUE_FIELD_NUMBER = 2

        key: str
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, key: str | None = ..., value: str | None = ...) -> None: ...


    SCOPE_FIELD_NUMBER = 1

    scope: _ScalarMap[str, str]

    if _TYPE_CHECKING:
        def __init__(self, *, scope: _Mapping[str, str] | None = ...) -> None: ...


_register_file(
    "protoc-gen-openapiv2/options/openapiv2.proto",
    _SHA256,
    {
        "grpc.gateway.protoc_gen_openapiv2.options.Scheme": Scheme,
        "grpc.gateway.protoc_gen_openapiv2.options.Swagger.ResponsesEntry": Swagger.ResponsesEntry,
        "grpc.gateway.protoc_gen_openapiv2.options.Swagger.ExtensionsEntry": Swagger.ExtensionsEntry,
        "grpc.gateway.protoc_gen_openapiv2.options.Swagger": Swagger,
        "grpc.gateway.protoc_gen_openapiv2.options.Operation.ResponsesEntry": Operation.ResponsesEntry,
        "grpc.gateway.protoc_gen_openapiv2.options.Operation.ExtensionsEntry": Operation.ExtensionsEntry,
        "grpc.gateway.protoc_gen_openapiv2.options.Operation": Operation,
        "grpc.gateway.protoc_gen_openapiv2.options.Parameters": Parameters,
        "grpc.gateway.protoc_gen_openapiv2.options.HeaderParameter.Type": HeaderParameter.Type,
        "grpc.gateway.protoc_gen_openapiv2.options.HeaderParameter": HeaderParameter,
        "grpc.gateway.protoc_gen_openapiv2.options.Header": Header,
        "grpc.gateway.protoc_gen_openapiv2.options.Response.HeadersEntry": Response.HeadersEntry,
        "grpc.gateway.protoc_gen_openapiv2.options.Response.ExamplesEntry": Response.ExamplesEntry,
        "grpc.gateway.protoc_gen_openapiv2.options.Response.ExtensionsEntry": Response.ExtensionsEntry,
        "grpc.gateway.protoc_gen_openapiv2.options.Response": Response,
        "grpc.gateway.protoc_gen_openapiv2.options.Info.ExtensionsEntry": Info.ExtensionsEntry,
        "grpc.gateway.protoc_gen_openapiv2.options.Info": Info,
        "grpc.gateway.protoc_gen_openapiv2.options.Contact": Contact,
        "grpc.gateway.protoc_gen_openapiv2.options.License": License,
        "grpc.gateway.protoc_gen_openapiv2.options.ExternalDocumentation": ExternalDocumentation,
        "grpc.gateway.protoc_gen_openapiv2.options.Schema": Schema,
        "grpc.gateway.protoc_gen_openapiv2.options.JSONSchema.JSONSchemaSimpleTypes": JSONSchema.JSONSchemaSimpleTypes,
        "grpc.gateway.protoc_gen_openapiv2.options.JSONSchema.FieldConfiguration": JSONSchema.FieldConfiguration,
        "grpc.gateway.protoc_gen_openapiv2.options.JSONSchema.ExtensionsEntry": JSONSchema.ExtensionsEntry,
        "grpc.gateway.protoc_gen_openapiv2.options.JSONSchema": JSONSchema,
        "grpc.gateway.protoc_gen_openapiv2.options.Tag.ExtensionsEntry": Tag.ExtensionsEntry,
        "grpc.gateway.protoc_gen_openapiv2.options.Tag": Tag,
        "grpc.gateway.protoc_gen_openapiv2.options.SecurityDefinitions.SecurityEntry": SecurityDefinitions.SecurityEntry,
        "grpc.gateway.protoc_gen_openapiv2.options.SecurityDefinitions": SecurityDefinitions,
        "grpc.gateway.protoc_gen_openapiv2.options.SecurityScheme.Type": SecurityScheme.Type,
        "grpc.gateway.protoc_gen_openapiv2.options.SecurityScheme.In": SecurityScheme.In,
        "grpc.gateway.protoc_gen_openapiv2.options.SecurityScheme.Flow": SecurityScheme.Flow,
        "grpc.gateway.protoc_gen_openapiv2.options.SecurityScheme.ExtensionsEntry": SecurityScheme.ExtensionsEntry,
        "grpc.gateway.protoc_gen_openapiv2.options.SecurityScheme": SecurityScheme,
        "grpc.gateway.protoc_gen_openapiv2.options.SecurityRequirement.SecurityRequirementValue": SecurityRequirement.SecurityRequirementValue,
        "grpc.gateway.protoc_gen_openapiv2.options.SecurityRequirement.SecurityRequirementEntry": SecurityRequirement.SecurityRequirementEntry,
        "grpc.gateway.protoc_gen_openapiv2.options.SecurityRequirement": SecurityRequirement,
        "grpc.gateway.protoc_gen_openapiv2.options.Scopes.ScopeEntry": Scopes.ScopeEntry,
        "grpc.gateway.protoc_gen_openapiv2.options.Scopes": Scopes,
    },
)
