"""Generated from google/protobuf/descriptor.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class Edition(_Enum):
    EDITION_UNKNOWN = 0
    EDITION_LEGACY = 900
    EDITION_PROTO2 = 998
    EDITION_PROTO3 = 999
    EDITION_2023 = 1000
    EDITION_2024 = 1001
    EDITION_2026 = 1002
    EDITION_UNSTABLE = 9999
    EDITION_1_TEST_ONLY = 1
    EDITION_2_TEST_ONLY = 2
    EDITION_99997_TEST_ONLY = 99997
    EDITION_99998_TEST_ONLY = 99998
    EDITION_99999_TEST_ONLY = 99999
    EDITION_MAX = 2147483647

EDITION_UNKNOWN = Edition.EDITION_UNKNOWN
EDITION_LEGACY = Edition.EDITION_LEGACY
EDITION_PROTO2 = Edition.EDITION_PROTO2
EDITION_PROTO3 = Edition.EDITION_PROTO3
EDITION_2023 = Edition.EDITION_2023
EDITION_2024 = Edition.EDITION_2024
EDITION_2026 = Edition.EDITION_2026
EDITION_UNSTABLE = Edition.EDITION_UNSTABLE
EDITION_1_TEST_ONLY = Edition.EDITION_1_TEST_ONLY
EDITION_2_TEST_ONLY = Edition.EDITION_2_TEST_ONLY
EDITION_99997_TEST_ONLY = Edition.EDITION_99997_TEST_ONLY
EDITION_99998_TEST_ONLY = Edition.EDITION_99998_TEST_ONLY
EDITION_99999_TEST_ONLY = Edition.EDITION_99999_TEST_ONLY
EDITION_MAX = Edition.EDITION_MAX

class SymbolVisibility(_Enum):
    VISIBILITY_UNSET = 0
    VISIBILITY_LOCAL = 1
    VISIBILITY_EXPORT = 2

VISIBILITY_UNSET = SymbolVisibility.VISIBILITY_UNSET
VISIBILITY_LOCAL = SymbolVisibility.VISIBILITY_LOCAL
VISIBILITY_EXPORT = SymbolVisibility.VISIBILITY_EXPORT

class FileDescriptorSet(_Message):
    __slots__ = ("file",)

    FILE_FIELD_NUMBER = 1

    file: _RepeatedCompositeFieldContainer[FileDescriptorProto]

    if _TYPE_CHECKING:
        def __init__(self, *, file: _Iterable[FileDescriptorProto | _Mapping[str, _Any]] | None = ...) -> None: ...


class FileDescriptorProto(_Message):
    __slots__ = ("name", "package", "dependency", "public_dependency", "weak_dependency", "option_dependency", "message_type", "enum_type", "service", "extension", "options", "source_code_info", "syntax", "edition")

    NAME_FIELD_NUMBER = 1
    PACKAGE_FIELD_NUMBER = 2
    DEPENDENCY_FIELD_NUMBER = 3
    PUBLIC_DEPENDENCY_FIELD_NUMBER = 10
    WEAK_DEPENDENCY_FIELD_NUMBER = 11
    OPTION_DEPENDENCY_FIELD_NUMBER = 15
    MESSAGE_TYPE_FIELD_NUMBER = 4
    ENUM_TYPE_FIELD_NUMBER = 5
    SERVICE_FIELD_NUMBER = 6
    EXTENSION_FIELD_NUMBER = 7
    OPTIONS_FIELD_NUMBER = 8
    SOURCE_CODE_INFO_FIELD_NUMBER = 9
    SYNTAX_FIELD_NUMBER = 12
    EDITION_FIELD_NUMBER = 14

    name: str
    package: str
    dependency: _RepeatedScalarFieldContainer[str]
    public_dependency: _RepeatedScalarFieldContainer[int]
    weak_dependency: _RepeatedScalarFieldContainer[int]
    option_dependency: _RepeatedScalarFieldContainer[str]
    message_type: _RepeatedCompositeFieldContainer[DescriptorProto]
    enum_type: _RepeatedCompositeFieldContainer[EnumDescriptorProto]
    service: _RepeatedCompositeFieldContainer[ServiceDescriptorProto]
    extension: _RepeatedCompositeFieldContainer[FieldDescriptorProto]
    options: FileOptions
    source_code_info: SourceCodeInfo
    syntax: str
    edition: int

    if _TYPE_CHECKING:
        def __init__(self, *, name: str | None = ..., package: str | None = ..., dependency: _Iterable[str] | None = ..., public_dependency: _Iterable[int] | None = ..., weak_dependency: _Iterable[int] | None = ..., option_dependency: _Iterable[str] | None = ..., message_type: _Iterable[DescriptorProto | _Mapping[str, _Any]] | None = ..., enum_type: _Iterable[EnumDescriptorProto | _Mapping[str, _Any]] | None = ..., service: _Iterable[ServiceDescriptorProto | _Mapping[str, _Any]] | None = ..., extension: _Iterable[FieldDescriptorProto | _Mapping[str, _Any]] | None = ..., options: FileOptions | _Mapping[str, _Any] | None = ..., source_code_info: SourceCodeInfo | _Mapping[str, _Any] | None = ..., syntax: str | None = ..., edition: int | str | None = ...) -> None: ...


class DescriptorProto(_Message):
    __slots__ = ("name", "field", "extension", "nested_type", "enum_type", "extension_range", "oneof_decl", "options", "reserved_range", "reserved_name", "visibility")

    class ExtensionRange(_Message):
        __slots__ = ("start", "end", "options")

        START_FIELD_NUMBER = 1
        END_FIELD_NUMBER = 2
        OPTIONS_FIELD_NUMBER = 3

        start: int
        end: int
        options: ExtensionRangeOptions

        if _TYPE_CHECKING:
            def __init__(self, *, start: int | None = ..., end: int | None = ..., options: ExtensionRangeOptions | _Mapping[str, _Any] | None = ...) -> None: ...


    class ReservedRange(_Message):
        __slots__ = ("start", "end")

        START_FIELD_NUMBER = 1
        END_FIELD_NUMBER = 2

        start: int
        end: int

        if _TYPE_CHECKING:
            def __init__(self, *, start: int | None = ..., end: int | None = ...) -> None: ...


    NAME_FIELD_NUMBER = 1
    FIELD_FIELD_NUMBER = 2
    EXTENSION_FIELD_NUMBER = 6
    NESTED_TYPE_FIELD_NUMBER = 3
    ENUM_TYPE_FIELD_NUMBER = 4
    EXTENSION_RANGE_FIELD_NUMBER = 5
    ONEOF_DECL_FIELD_NUMBER = 8
    OPTIONS_FIELD_NUMBER = 7
    RESERVED_RANGE_FIELD_NUMBER = 9
    RESERVED_NAME_FIELD_NUMBER = 10
    VISIBILITY_FIELD_NUMBER = 11

    name: str
    field: _RepeatedCompositeFieldContainer[FieldDescriptorProto]
    extension: _RepeatedCompositeFieldContainer[FieldDescriptorProto]
    nested_type: _RepeatedCompositeFieldContainer[DescriptorProto]
    enum_type: _RepeatedCompositeFieldContainer[EnumDescriptorProto]
    extension_range: _RepeatedCompositeFieldContainer[DescriptorProto.ExtensionRange]
    oneof_decl: _RepeatedCompositeFieldContainer[OneofDescriptorProto]
    options: MessageOptions
    reserved_range: _RepeatedCompositeFieldContainer[DescriptorProto.ReservedRange]
    reserved_name: _RepeatedScalarFieldContainer[str]
    visibility: int

    if _TYPE_CHECKING:
        def __init__(self, *, name: str | None = ..., field: _Iterable[FieldDescriptorProto | _Mapping[str, _Any]] | None = ..., extension: _Iterable[FieldDescriptorProto | _Mapping[str, _Any]] | None = ..., nested_type: _Iterable[DescriptorProto | _Mapping[str, _Any]] | None = ..., enum_type: _Iterable[EnumDescriptorProto | _Mapping[str, _Any]] | None = ..., extension_range: _Iterable[DescriptorProto.ExtensionRange | _Mapping[str, _Any]] | None = ..., oneof_decl: _Iterable[OneofDescriptorProto | _Mapping[str, _Any]] | None = ..., options: MessageOptions | _Mapping[str, _Any] | None = ..., reserved_range: _Iterable[DescriptorProto.ReservedRange | _Mapping[str, _Any]] | None = ..., reserved_name: _Iterable[str] | None = ..., visibility: int | str | None = ...) -> None: ...


class ExtensionRangeOptions(_Message):
    __slots__ = ("uninterpreted_option", "declaration", "features", "verification")

    class VerificationState(_Enum):
        DECLARATION = 0
        UNVERIFIED = 1

    DECLARATION = VerificationState.DECLARATION
    UNVERIFIED = VerificationState.UNVERIFIED

    class Declaration(_Message):
        __slots__ = ("number", "full_name", "type", "reserved", "repeated")

        NUMBER_FIELD_NUMBER = 1
        FULL_NAME_FIELD_NUMBER = 2
        TYPE_FIELD_NUMBER = 3
        RESERVED_FIELD_NUMBER = 5
        REPEATED_FIELD_NUMBER = 6

        number: int
        full_name: str
        type: str
        reserved: bool
        repeated: bool

        if _TYPE_CHECKING:
            def __init__(self, *, number: int | None = ..., full_name: str | None = ..., type: str | None = ..., reserved: bool | None = ..., repeated: bool | None = ...) -> None: ...


    UNINTERPRETED_OPTION_FIELD_NUMBER = 999
    DECLARATION_FIELD_NUMBER = 2
    FEATURES_FIELD_NUMBER = 50
    VERIFICATION_FIELD_NUMBER = 3

    uninterpreted_option: _RepeatedCompositeFieldContainer[UninterpretedOption]
    declaration: _RepeatedCompositeFieldContainer[ExtensionRangeOptions.Declaration]
    features: FeatureSet
    verification: int

    if _TYPE_CHECKING:
        def __init__(self, *, uninterpreted_option: _Iterable[UninterpretedOption | _Mapping[str, _Any]] | None = ..., declaration: _Iterable[ExtensionRangeOptions.Declaration | _Mapping[str, _Any]] | None = ..., features: FeatureSet | _Mapping[str, _Any] | None = ..., verification: int | str | None = ...) -> None: ...


class FieldDescriptorProto(_Message):
    __slots__ = ("name", "number", "label", "type", "type_name", "extendee", "default_value", "oneof_index", "json_name", "options", "proto3_optional")

    class Type(_Enum):
        TYPE_DOUBLE = 1
        TYPE_FLOAT = 2
        TYPE_INT64 = 3
        TYPE_UINT64 = 4
        TYPE_INT32 = 5
        TYPE_FIXED64 = 6
        TYPE_FIXED32 = 7
        TYPE_BOOL = 8
        TYPE_STRING = 9
        TYPE_GROUP = 10
        TYPE_MESSAGE = 11
        TYPE_BYTES = 12
        TYPE_UINT32 = 13
        TYPE_ENUM = 14
        TYPE_SFIXED32 = 15
        TYPE_SFIXED64 = 16
        TYPE_SINT32 = 17
        TYPE_SINT64 = 18

    TYPE_DOUBLE = Type.TYPE_DOUBLE
    TYPE_FLOAT = Type.TYPE_FLOAT
    TYPE_INT64 = Type.TYPE_INT64
    TYPE_UINT64 = Type.TYPE_UINT64
    TYPE_INT32 = Type.TYPE_INT32
    TYPE_FIXED64 = Type.TYPE_FIXED64
    TYPE_FIXED32 = Type.TYPE_FIXED32
    TYPE_BOOL = Type.TYPE_BOOL
    TYPE_STRING = Type.TYPE_STRING
    TYPE_GROUP = Type.TYPE_GROUP
    TYPE_MESSAGE = Type.TYPE_MESSAGE
    TYPE_BYTES = Type.TYPE_BYTES
    TYPE_UINT32 = Type.TYPE_UINT32
    TYPE_ENUM = Type.TYPE_ENUM
    TYPE_SFIXED32 = Type.TYPE_SFIXED32
    TYPE_SFIXED64 = Type.TYPE_SFIXED64
    TYPE_SINT32 = Type.TYPE_SINT32
    TYPE_SINT64 = Type.TYPE_SINT64

    class Label(_Enum):
        LABEL_OPTIONAL = 1
        LABEL_REPEATED = 3
        LABEL_REQUIRED = 2

    LABEL_OPTIONAL = Label.LABEL_OPTIONAL
    LABEL_REPEATED = Label.LABEL_REPEATED
    LABEL_REQUIRED = Label.LABEL_REQUIRED

    NAME_FIELD_NUMBER = 1
    NUMBER_FIELD_NUMBER = 3
    LABEL_FIELD_NUMBER = 4
    TYPE_FIELD_NUMBER = 5
    TYPE_NAME_FIELD_NUMBER = 6
    EXTENDEE_FIELD_NUMBER = 2
    DEFAULT_VALUE_FIELD_NUMBER = 7
    ONEOF_INDEX_FIELD_NUMBER = 9
    JSON_NAME_FIELD_NUMBER = 10
    OPTIONS_FIELD_NUMBER = 8
    PROTO3_OPTIONAL_FIELD_NUMBER = 17

    name: str
    number: int
    label: int
    type: int
    type_name: str
    extendee: str
    default_value: str
    oneof_index: int
    json_name: str
    options: FieldOptions
    proto3_optional: bool

    if _TYPE_CHECKING:
        def __init__(self, *, name: str | None = ..., number: int | None = ..., label: int | str | None = ..., type: int | str | None = ..., type_name: str | None = ..., extendee: str | None = ..., default_value: str | None = ..., oneof_index: int | None = ..., json_name: str | None = ..., options: FieldOptions | _Mapping[str, _Any] | None = ..., proto3_optional: bool | None = ...) -> None: ...


class OneofDescriptorProto(_Message):
    __slots__ = ("name", "options")

    NAME_FIELD_NUMBER = 1
    OPTIONS_FIELD_NUMBER = 2

    name: str
    options: OneofOptions

    if _TYPE_CHECKING:
        def __init__(self, *, name: str | None = ..., options: OneofOptions | _Mapping[str, _Any] | None = ...) -> None: ...


class EnumDescriptorProto(_Message):
    __slots__ = ("name", "value", "options", "reserved_range", "reserved_name", "visibility")

    class EnumReservedRange(_Message):
        __slots__ = ("start", "end")

        START_FIELD_NUMBER = 1
        END_FIELD_NUMBER = 2

        start: int
        end: int

        if _TYPE_CHECKING:
            def __init__(self, *, start: int | None = ..., end: int | None = ...) -> None: ...


    NAME_FIELD_NUMBER = 1
    VALUE_FIELD_NUMBER = 2
    OPTIONS_FIELD_NUMBER = 3
    RESERVED_RANGE_FIELD_NUMBER = 4
    RESERVED_NAME_FIELD_NUMBER = 5
    VISIBILITY_FIELD_NUMBER = 6

    name: str
    value: _RepeatedCompositeFieldContainer[EnumValueDescriptorProto]
    options: EnumOptions
    reserved_range: _RepeatedCompositeFieldContainer[EnumDescriptorProto.EnumReservedRange]
    reserved_name: _RepeatedScalarFieldContainer[str]
    visibility: int

    if _TYPE_CHECKING:
        def __init__(self, *, name: str | None = ..., value: _Iterable[EnumValueDescriptorProto | _Mapping[str, _Any]] | None = ..., options: EnumOptions | _Mapping[str, _Any] | None = ..., reserved_range: _Iterable[EnumDescriptorProto.EnumReservedRange | _Mapping[str, _Any]] | None = ..., reserved_name: _Iterable[str] | None = ..., visibility: int | str | None = ...) -> None: ...


class EnumValueDescriptorProto(_Message):
    __slots__ = ("name", "number", "options")

    NAME_FIELD_NUMBER = 1
    NUMBER_FIELD_NUMBER = 2
    OPTIONS_FIELD_NUMBER = 3

    name: str
    number: int
    options: EnumValueOptions

    if _TYPE_CHECKING:
        def __init__(self, *, name: str | None = ..., number: int | None = ..., options: EnumValueOptions | _Mapping[str, _Any] | None = ...) -> None: ...


class ServiceDescriptorProto(_Message):
    __slots__ = ("name", "method", "options")

    NAME_FIELD_NUMBER = 1
    METHOD_FIELD_NUMBER = 2
    OPTIONS_FIELD_NUMBER = 3

    name: str
    method: _RepeatedCompositeFieldContainer[MethodDescriptorProto]
    options: ServiceOptions

    if _TYPE_CHECKING:
        def __init__(self, *, name: str | None = ..., method: _Iterable[MethodDescriptorProto | _Mapping[str, _Any]] | None = ..., options: ServiceOptions | _Mapping[str, _Any] | None = ...) -> None: ...


class MethodDescriptorProto(_Message):
    __slots__ = ("name", "input_type", "output_type", "options", "client_streaming", "server_streaming")

    NAME_FIELD_NUMBER = 1
    INPUT_TYPE_FIELD_NUMBER = 2
    OUTPUT_TYPE_FIELD_NUMBER = 3
    OPTIONS_FIELD_NUMBER = 4
    CLIENT_STREAMING_FIELD_NUMBER = 5
    SERVER_STREAMING_FIELD_NUMBER = 6

    name: str
    input_type: str
    output_type: str
    options: MethodOptions
    client_streaming: bool
    server_streaming: bool

    if _TYPE_CHECKING:
        def __init__(self, *, name: str | None = ..., input_type: str | None = ..., output_type: str | None = ..., options: MethodOptions | _Mapping[str, _Any] | None = ..., client_streaming: bool | None = ..., server_streaming: bool | None = ...) -> None: ...


class FileOptions(_Message):
    __slots__ = ("java_package", "java_outer_classname", "java_multiple_files", "java_generate_equals_and_hash", "java_string_check_utf8", "optimize_for", "go_package", "cc_generic_services", "java_generic_services", "py_generic_services", "deprecated", "cc_enable_arenas", "objc_class_prefix", "csharp_namespace", "swift_prefix", "php_class_prefix", "php_namespace", "php_metadata_namespace", "ruby_package", "features", "uninterpreted_option")

    class OptimizeMode(_Enum):
        SPEED = 1
        CODE_SIZE = 2
        LITE_RUNTIME = 3

    SPEED = OptimizeMode.SPEED
    CODE_SIZE = OptimizeMode.CODE_SIZE
    LITE_RUNTIME = OptimizeMode.LITE_RUNTIME

    JAVA_PACKAGE_FIELD_NUMBER = 1
    JAVA_OUTER_CLASSNAME_FIELD_NUMBER = 8
    JAVA_MULTIPLE_FILES_FIELD_NUMBER = 10
    JAVA_GENERATE_EQUALS_AND_HASH_FIELD_NUMBER = 20
    JAVA_STRING_CHECK_UTF8_FIELD_NUMBER = 27
    OPTIMIZE_FOR_FIELD_NUMBER = 9
    GO_PACKAGE_FIELD_NUMBER = 11
    CC_GENERIC_SERVICES_FIELD_NUMBER = 16
    JAVA_GENERIC_SERVICES_FIELD_NUMBER = 17
    PY_GENERIC_SERVICES_FIELD_NUMBER = 18
    DEPRECATED_FIELD_NUMBER = 23
    CC_ENABLE_ARENAS_FIELD_NUMBER = 31
    OBJC_CLASS_PREFIX_FIELD_NUMBER = 36
    CSHARP_NAMESPACE_FIELD_NUMBER = 37
    SWIFT_PREFIX_FIELD_NUMBER = 39
    PHP_CLASS_PREFIX_FIELD_NUMBER = 40
    PHP_NAMESPACE_FIELD_NUMBER = 41
    PHP_METADATA_NAMESPACE_FIELD_NUMBER = 44
    RUBY_PACKAGE_FIELD_NUMBER = 45
    FEATURES_FIELD_NUMBER = 50
    UNINTERPRETED_OPTION_FIELD_NUMBER = 999

    java_package: str
    java_outer_classname: str
    java_multiple_files: bool
    java_generate_equals_and_hash: bool
    java_string_check_utf8: bool
    optimize_for: int
    go_package: str
    cc_generic_services: bool
    java_generic_services: bool
    py_generic_services: bool
    deprecated: bool
    cc_enable_arenas: bool
    objc_class_prefix: str
    csharp_namespace: str
    swift_prefix: str
    php_class_prefix: str
    php_namespace: str
    php_metadata_namespace: str
    ruby_package: str
    features: FeatureSet
    uninterpreted_option: _RepeatedCompositeFieldContainer[UninterpretedOption]

    if _TYPE_CHECKING:
        def __init__(self, *, java_package: str | None = ..., java_outer_classname: str | None = ..., java_multiple_files: bool | None = ..., java_generate_equals_and_hash: bool | None = ..., java_string_check_utf8: bool | None = ..., optimize_for: int | str | None = ..., go_package: str | None = ..., cc_generic_services: bool | None = ..., java_generic_services: bool | None = ..., py_generic_services: bool | None = ..., deprecated: bool | None = ..., cc_enable_arenas: bool | None = ..., objc_class_prefix: str | None = ..., csharp_namespace: str | None = ..., swift_prefix: str | None = ..., php_class_prefix: str | None = ..., php_namespace: str | None = ..., php_metadata_namespace: str | None = ..., ruby_package: str | None = ..., features: FeatureSet | _Mapping[str, _Any] | None = ..., uninterpreted_option: _Iterable[UninterpretedOption | _Mapping[str, _Any]] | None = ...) -> None: ...


class MessageOptions(_Message):
    __slots__ = ("message_set_wire_format", "no_standard_descriptor_accessor", "deprecated", "map_entry", "deprecated_legacy_json_field_conflicts", "features", "uninterpreted_option")

    MESSAGE_SET_WIRE_FORMAT_FIELD_NUMBER = 1
    NO_STANDARD_DESCRIPTOR_ACCESSOR_FIELD_NUMBER = 2
    DEPRECATED_FIELD_NUMBER = 3
    MAP_ENTRY_FIELD_NUMBER = 7
    DEPRECATED_LEGACY_JSON_FIELD_CONFLICTS_FIELD_NUMBER = 11
    FEATURES_FIELD_NUMBER = 12
    UNINTERPRETED_OPTION_FIELD_NUMBER = 999

    message_set_wire_format: bool
    no_standard_descriptor_accessor: bool
    deprecated: bool
    map_entry: bool
    deprecated_legacy_json_field_conflicts: bool
    features: FeatureSet
    uninterpreted_option: _RepeatedCompositeFieldContainer[UninterpretedOption]

    if _TYPE_CHECKING:
        def __init__(self, *, message_set_wire_format: bool | None = ..., no_standard_descriptor_accessor: bool | None = ..., deprecated: bool | None = ..., map_entry: bool | None = ..., deprecated_legacy_json_field_conflicts: bool | None = ..., features: FeatureSet | _Mapping[str, _Any] | None = ..., uninterpreted_option: _Iterable[UninterpretedOption | _Mapping[str, _Any]] | None = ...) -> None: ...


class FieldOptions(_Message):
    __slots__ = ("ctype", "packed", "jstype", "lazy", "unverified_lazy", "deprecated", "weak", "debug_redact", "retention", "targets", "edition_defaults", "features", "feature_support", "uninterpreted_option")

    class CType(_Enum):
        STRING = 0
        CORD = 1
        STRING_PIECE = 2

    STRING = CType.STRING
    CORD = CType.CORD
    STRING_PIECE = CType.STRING_PIECE

    class JSType(_Enum):
        JS_NORMAL = 0
        JS_STRING = 1
        JS_NUMBER = 2

    JS_NORMAL = JSType.JS_NORMAL
    JS_STRING = JSType.JS_STRING
    JS_NUMBER = JSType.JS_NUMBER

    class OptionRetention(_Enum):
        RETENTION_UNKNOWN = 0
        RETENTION_RUNTIME = 1
        RETENTION_SOURCE = 2

    RETENTION_UNKNOWN = OptionRetention.RETENTION_UNKNOWN
    RETENTION_RUNTIME = OptionRetention.RETENTION_RUNTIME
    RETENTION_SOURCE = OptionRetention.RETENTION_SOURCE

    class OptionTargetType(_Enum):
        TARGET_TYPE_UNKNOWN = 0
        TARGET_TYPE_FILE = 1
        TARGET_TYPE_EXTENSION_RANGE = 2
        TARGET_TYPE_MESSAGE = 3
        TARGET_TYPE_FIELD = 4
        TARGET_TYPE_ONEOF = 5
        TARGET_TYPE_ENUM = 6
        TARGET_TYPE_ENUM_ENTRY = 7
        TARGET_TYPE_SERVICE = 8
        TARGET_TYPE_METHOD = 9

    TARGET_TYPE_UNKNOWN = OptionTargetType.TARGET_TYPE_UNKNOWN
    TARGET_TYPE_FILE = OptionTargetType.TARGET_TYPE_FILE
    TARGET_TYPE_EXTENSION_RANGE = OptionTargetType.TARGET_TYPE_EXTENSION_RANGE
    TARGET_TYPE_MESSAGE = OptionTargetType.TARGET_TYPE_MESSAGE
    TARGET_TYPE_FIELD = OptionTargetType.TARGET_TYPE_FIELD
    TARGET_TYPE_ONEOF = OptionTargetType.TARGET_TYPE_ONEOF
    TARGET_TYPE_ENUM = OptionTargetType.TARGET_TYPE_ENUM
    TARGET_TYPE_ENUM_ENTRY = OptionTargetType.TARGET_TYPE_ENUM_ENTRY
    TARGET_TYPE_SERVICE = OptionTargetType.TARGET_TYPE_SERVICE
    TARGET_TYPE_METHOD = OptionTargetType.TARGET_TYPE_METHOD

    class EditionDefault(_Message):
        __slots__ = ("edition", "value")

        EDITION_FIELD_NUMBER = 3
        VALUE_FIELD_NUMBER = 2

        edition: int
        value: str

        if _TYPE_CHECKING:
            def __init__(self, *, edition: int | str | None = ..., value: str | None = ...) -> None: ...


    class FeatureSupport(_Message):
        __slots__ = ("edition_introduced", "edition_deprecated", "deprecation_warning", "edition_removed", "removal_error")

        EDITION_INTRODUCED_FIELD_NUMBER = 1
        EDITION_DEPRECATED_FIELD_NUMBER = 2
        DEPRECATION_WARNING_FIELD_NUMBER = 3
        EDITION_REMOVED_FIELD_NUMBER = 4
        REMOVAL_ERROR_FIELD_NUMBER = 5

        edition_introduced: int
        edition_deprecated: int
        deprecation_warning: str
        edition_removed: int
        removal_error: str

        if _TYPE_CHECKING:
            def __init__(self, *, edition_introduced: int | str | None = ..., edition_deprecated: int | str | None = ..., deprecation_warning: str | None = ..., edition_removed: int | str | None = ..., removal_error: str | None = ...) -> None: ...


    CTYPE_FIELD_NUMBER = 1
    PACKED_FIELD_NUMBER = 2
    JSTYPE_FIELD_NUMBER = 6
    LAZY_FIELD_NUMBER = 5
    UNVERIFIED_LAZY_FIELD_NUMBER = 15
    DEPRECATED_FIELD_NUMBER = 3
    WEAK_FIELD_NUMBER = 10
    DEBUG_REDACT_FIELD_NUMBER = 16
    RETENTION_FIELD_NUMBER = 17
    TARGETS_FIELD_NUMBER = 19
    EDITION_DEFAULTS_FIELD_NUMBER = 20
    FEATURES_FIELD_NUMBER = 21
    FEATURE_SUPPORT_FIELD_NUMBER = 22
    UNINTERPRETED_OPTION_FIELD_NUMBER = 999

    ctype: int
    packed: bool
    jstype: int
    lazy: bool
    unverified_lazy: bool
    deprecated: bool
    weak: bool
    debug_redact: bool
    retention: int
    targets: _RepeatedScalarFieldContainer[int]
    edition_defaults: _RepeatedCompositeFieldContainer[FieldOptions.EditionDefault]
    features: FeatureSet
    feature_support: FieldOptions.FeatureSupport
    uninterpreted_option: _RepeatedCompositeFieldContainer[UninterpretedOption]

    if _TYPE_CHECKING:
        def __init__(self, *, ctype: int | str | None = ..., packed: bool | None = ..., jstype: int | str | None = ..., lazy: bool | None = ..., unverified_lazy: bool | None = ..., deprecated: bool | None = ..., weak: bool | None = ..., debug_redact: bool | None = ..., retention: int | str | None = ..., targets: _Iterable[int | str] | None = ..., edition_defaults: _Iterable[FieldOptions.EditionDefault | _Mapping[str, _Any]] | None = ..., features: FeatureSet | _Mapping[str, _Any] | None = ..., feature_support: FieldOptions.FeatureSupport | _Mapping[str, _Any] | None = ..., uninterpreted_option: _Iterable[UninterpretedOption | _Mapping[str, _Any]] | None = ...) -> None: ...


class OneofOptions(_Message):
    __slots__ = ("features", "uninterpreted_option")

    FEATURES_FIELD_NUMBER = 1
    UNINTERPRETED_OPTION_FIELD_NUMBER = 999

    features: FeatureSet
    uninterpreted_option: _RepeatedCompositeFieldContainer[UninterpretedOption]

    if _TYPE_CHECKING:
        def __init__(self, *, features: FeatureSet | _Mapping[str, _Any] | None = ..., uninterpreted_option: _Iterable[UninterpretedOption | _Mapping[str, _Any]] | None = ...) -> None: ...


class EnumOptions(_Message):
    __slots__ = ("allow_alias", "deprecated", "deprecated_legacy_json_field_conflicts", "features", "uninterpreted_option")

    ALLOW_ALIAS_FIELD_NUMBER = 2
    DEPRECATED_FIELD_NUMBER = 3
    DEPRECATED_LEGACY_JSON_FIELD_CONFLICTS_FIELD_NUMBER = 6
    FEATURES_FIELD_NUMBER = 7
    UNINTERPRETED_OPTION_FIELD_NUMBER = 999

    allow_alias: bool
    deprecated: bool
    deprecated_legacy_json_field_conflicts: bool
    features: FeatureSet
    uninterpreted_option: _RepeatedCompositeFieldContainer[UninterpretedOption]

    if _TYPE_CHECKING:
        def __init__(self, *, allow_alias: bool | None = ..., deprecated: bool | None = ..., deprecated_legacy_json_field_conflicts: bool | None = ..., features: FeatureSet | _Mapping[str, _Any] | None = ..., uninterpreted_option: _Iterable[UninterpretedOption | _Mapping[str, _Any]] | None = ...) -> None: ...


class EnumValueOptions(_Message):
    __slots__ = ("deprecated", "features", "debug_redact", "feature_support", "uninterpreted_option")

    DEPRECATED_FIELD_NUMBER = 1
    FEATURES_FIELD_NUMBER = 2
    DEBUG_REDACT_FIELD_NUMBER = 3
    FEATURE_SUPPORT_FIELD_NUMBER = 4
    UNINTERPRETED_OPTION_FIELD_NUMBER = 999

    deprecated: bool
    features: FeatureSet
    debug_redact: bool
    feature_support: FieldOptions.FeatureSupport
    uninterpreted_option: _RepeatedCompositeFieldContainer[UninterpretedOption]

    if _TYPE_CHECKING:
        def __init__(self, *, deprecated: bool | None = ..., features: FeatureSet | _Mapping[str, _Any] | None = ..., debug_redact: bool | None = ..., feature_support: FieldOptions.FeatureSupport | _Mapping[str, _Any] | None = ..., uninterpreted_option: _Iterable[UninterpretedOption | _Mapping[str, _Any]] | None = ...) -> None: ...


class ServiceOptions(_Message):
    __slots__ = ("features", "deprecated", "uninterpreted_option")

    FEATURES_FIELD_NUMBER = 34
    DEPRECATED_FIELD_NUMBER = 33
    UNINTERPRETED_OPTION_FIELD_NUMBER = 999

    features: FeatureSet
    deprecated: bool
    uninterpreted_option: _RepeatedCompositeFieldContainer[UninterpretedOption]

    if _TYPE_CHECKING:
        def __init__(self, *, features: FeatureSet | _Mapping[str, _Any] | None = ..., deprecated: bool | None = ..., uninterpreted_option: _Iterable[UninterpretedOption | _Mapping[str, _Any]] | None = ...) -> None: ...


class MethodOptions(_Message):
    __slots__ = ("deprecated", "idempotency_level", "features", "uninterpreted_option")

    class IdempotencyLevel(_Enum):
        IDEMPOTENCY_UNKNOWN = 0
        NO_SIDE_EFFECTS = 1
        IDEMPOTENT = 2

    IDEMPOTENCY_UNKNOWN = IdempotencyLevel.IDEMPOTENCY_UNKNOWN
    NO_SIDE_EFFECTS = IdempotencyLevel.NO_SIDE_EFFECTS
    IDEMPOTENT = IdempotencyLevel.IDEMPOTENT

    DEPRECATED_FIELD_NUMBER = 33
    IDEMPOTENCY_LEVEL_FIELD_NUMBER = 34
    FEATURES_FIELD_NUMBER = 35
    UNINTERPRETED_OPTION_FIELD_NUMBER = 999

    deprecated: bool
    idempotency_level: int
    features: FeatureSet
    uninterpreted_option: _RepeatedCompositeFieldContainer[UninterpretedOption]

    if _TYPE_CHECKING:
        def __init__(self, *, deprecated: bool | None = ..., idempotency_level: int | str | None = ..., features: FeatureSet | _Mapping[str, _Any] | None = ..., uninterpreted_option: _Iterable[UninterpretedOption | _Mapping[str, _Any]] | None = ...) -> None: ...


class UninterpretedOption(_Message):
    __slots__ = ("name", "identifier_value", "positive_int_value", "negative_int_value", "double_value", "string_value", "aggregate_value")

    class NamePart(_Message):
        __slots__ = ("name_part", "is_extension")

        NAME_PART_FIELD_NUMBER = 1
        IS_EXTENSION_FIELD_NUMBER = 2

        name_part: str
        is_extension: bool

        if _TYPE_CHECKING:
            def __init__(self, *, name_part: str | None = ..., is_extension: bool | None = ...) -> None: ...


    NAME_FIELD_NUMBER = 2
    IDENTIFIER_VALUE_FIELD_NUMBER = 3
    POSITIVE_INT_VALUE_FIELD_NUMBER = 4
    NEGATIVE_INT_VALUE_FIELD_NUMBER = 5
    DOUBLE_VALUE_FIELD_NUMBER = 6
    STRING_VALUE_FIELD_NUMBER = 7
    AGGREGATE_VALUE_FIELD_NUMBER = 8

    name: _RepeatedCompositeFieldContainer[UninterpretedOption.NamePart]
    identifier_value: str
    positive_int_value: int
    negative_int_value: int
    double_value: float
    string_value: bytes
    aggregate_value: str

    if _TYPE_CHECKING:
        def __init__(self, *, name: _Iterable[UninterpretedOption.NamePart | _Mapping[str, _Any]] | None = ..., identifier_value: str | None = ..., positive_int_value: int | None = ..., negative_int_value: int | None = ..., double_value: float | None = ..., string_value: bytes | None = ..., aggregate_value: str | None = ...) -> None: ...


class FeatureSet(_Message):
    __slots__ = ("field_presence", "enum_type", "repeated_field_encoding", "utf8_validation", "message_encoding", "json_format", "enforce_naming_style", "default_symbol_visibility", "enforce_proto_limits")

    class FieldPresence(_Enum):
        FIELD_PRESENCE_UNKNOWN = 0
        EXPLICIT = 1
        IMPLICIT = 2
        LEGACY_REQUIRED = 3

    FIELD_PRESENCE_UNKNOWN = FieldPresence.FIELD_PRESENCE_UNKNOWN
    EXPLICIT = FieldPresence.EXPLICIT
    IMPLICIT = FieldPresence.IMPLICIT
    LEGACY_REQUIRED = FieldPresence.LEGACY_REQUIRED

    class EnumType(_Enum):
        ENUM_TYPE_UNKNOWN = 0
        OPEN = 1
        CLOSED = 2

    ENUM_TYPE_UNKNOWN = EnumType.ENUM_TYPE_UNKNOWN
    OPEN = EnumType.OPEN
    CLOSED = EnumType.CLOSED

    class RepeatedFieldEncoding(_Enum):
        REPEATED_FIELD_ENCODING_UNKNOWN = 0
        PACKED = 1
        EXPANDED = 2

    REPEATED_FIELD_ENCODING_UNKNOWN = RepeatedFieldEncoding.REPEATED_FIELD_ENCODING_UNKNOWN
    PACKED = RepeatedFieldEncoding.PACKED
    EXPANDED = RepeatedFieldEncoding.EXPANDED

    class Utf8Validation(_Enum):
        UTF8_VALIDATION_UNKNOWN = 0
        VERIFY = 2
        NONE = 3

    UTF8_VALIDATION_UNKNOWN = Utf8Validation.UTF8_VALIDATION_UNKNOWN
    VERIFY = Utf8Validation.VERIFY
    NONE = Utf8Validation.NONE

    class MessageEncoding(_Enum):
        MESSAGE_ENCODING_UNKNOWN = 0
        LENGTH_PREFIXED = 1
        DELIMITED = 2

    MESSAGE_ENCODING_UNKNOWN = MessageEncoding.MESSAGE_ENCODING_UNKNOWN
    LENGTH_PREFIXED = MessageEncoding.LENGTH_PREFIXED
    DELIMITED = MessageEncoding.DELIMITED

    class JsonFormat(_Enum):
        JSON_FORMAT_UNKNOWN = 0
        ALLOW = 1
        LEGACY_BEST_EFFORT = 2

    JSON_FORMAT_UNKNOWN = JsonFormat.JSON_FORMAT_UNKNOWN
    ALLOW = JsonFormat.ALLOW
    LEGACY_BEST_EFFORT = JsonFormat.LEGACY_BEST_EFFORT

    class EnforceNamingStyle(_Enum):
        ENFORCE_NAMING_STYLE_UNKNOWN = 0
        STYLE2024 = 1
        STYLE_LEGACY = 2
        STYLE2026 = 3

    ENFORCE_NAMING_STYLE_UNKNOWN = EnforceNamingStyle.ENFORCE_NAMING_STYLE_UNKNOWN
    STYLE2024 = EnforceNamingStyle.STYLE2024
    STYLE_LEGACY = EnforceNamingStyle.STYLE_LEGACY
    STYLE2026 = EnforceNamingStyle.STYLE2026

    class VisibilityFeature(_Message):
        __slots__ = ()

        class DefaultSymbolVisibility(_Enum):
            DEFAULT_SYMBOL_VISIBILITY_UNKNOWN = 0
            EXPORT_ALL = 1
            EXPORT_TOP_LEVEL = 2
            LOCAL_ALL = 3
            STRICT = 4

        DEFAULT_SYMBOL_VISIBILITY_UNKNOWN = DefaultSymbolVisibility.DEFAULT_SYMBOL_VISIBILITY_UNKNOWN
        EXPORT_ALL = DefaultSymbolVisibility.EXPORT_ALL
        EXPORT_TOP_LEVEL = DefaultSymbolVisibility.EXPORT_TOP_LEVEL
        LOCAL_ALL = DefaultSymbolVisibility.LOCAL_ALL
        STRICT = DefaultSymbolVisibility.STRICT

        if _TYPE_CHECKING:
            def __init__(self) -> None: ...


    class ProtoLimitsFeature(_Message):
        __slots__ = ()

        class EnforceProtoLimits(_Enum):
            PROTO_LIMITS_UNKNOWN = 0
            LEGACY_NO_EXPLICIT_LIMITS = 1
            PROTO_LIMITS2026 = 2

        PROTO_LIMITS_UNKNOWN = EnforceProtoLimits.PROTO_LIMITS_UNKNOWN
        LEGACY_NO_EXPLICIT_LIMITS = EnforceProtoLimits.LEGACY_NO_EXPLICIT_LIMITS
        PROTO_LIMITS2026 = EnforceProtoLimits.PROTO_LIMITS2026

        if _TYPE_CHECKING:
            def __init__(self) -> None: ...


    FIELD_PRESENCE_FIELD_NUMBER = 1
    ENUM_TYPE_FIELD_NUMBER = 2
    REPEATED_FIELD_ENCODING_FIELD_NUMBER = 3
    UTF8_VALIDATION_FIELD_NUMBER = 4
    MESSAGE_ENCODING_FIELD_NUMBER = 5
    JSON_FORMAT_FIELD_NUMBER = 6
    ENFORCE_NAMING_STYLE_FIELD_NUMBER = 7
    DEFAULT_SYMBOL_VISIBILITY_FIELD_NUMBER = 8
    ENFORCE_PROTO_LIMITS_FIELD_NUMBER = 9

    field_presence: int
    enum_type: int
    repeated_field_encoding: int
    utf8_validation: int
    message_encoding: int
    json_format: int
    enforce_naming_style: int
    default_symbol_visibility: int
    enforce_proto_limits: int

    if _TYPE_CHECKING:
        def __init__(self, *, field_presence: int | str | None = ..., enum_type: int | str | None = ..., repeated_field_encoding: int | str | None = ..., utf8_validation: int | str | None = ..., message_encoding: int | str | None = ..., json_format: int | str | None = ..., enforce_naming_style: int | str | None = ..., default_symbol_visibility: int | str | None = ..., enforce_proto_limits: int | str | None = ...) -> None: ...


class FeatureSetDefaults(_Message):
    __slots__ = ("defaults", "minimum_edition", "maximum_edition")

    class FeatureSetEditionDefault(_Message):
        __slots__ = ("edition", "overridable_features", "fixed_features")

        EDITION_FIELD_NUMBER = 3
        OVERRIDABLE_FEATURES_FIELD_NUMBER = 4
        FIXED_FEATURES_FIELD_NUMBER = 5

        edition: int
        overridable_features: FeatureSet
        fixed_features: FeatureSet

        if _TYPE_CHECKING:
            def __init__(self, *, edition: int | str | None = ..., overridable_features: FeatureSet | _Mapping[str, _Any] | None = ..., fixed_features: FeatureSet | _Mapping[str, _Any] | None = ...) -> None: ...


    DEFAULTS_FIELD_NUMBER = 1
    MINIMUM_EDITION_FIELD_NUMBER = 4
    MAXIMUM_EDITION_FIELD_NUMBER = 5

    defaults: _RepeatedCompositeFieldContainer[FeatureSetDefaults.FeatureSetEditionDefault]
    minimum_edition: int
    maximum_edition: int

    if _TYPE_CHECKING:
        def __init__(self, *, defaults: _Iterable[FeatureSetDefaults.FeatureSetEditionDefault | _Mapping[str, _Any]] | None = ..., minimum_edition: int | str | None = ..., maximum_edition: int | str | None = ...) -> None: ...


class SourceCodeInfo(_Message):
    __slots__ = ("location",)

    class Location(_Message):
        __slots__ = ("path", "span", "leading_comments", "trailing_comments", "leading_detached_comments")

        PATH_FIELD_NUMBER = 1
        SPAN_FIELD_NUMBER = 2
        LEADING_COMMENTS_FIELD_NUMBER = 3
        TRAILING_COMMENTS_FIELD_NUMBER = 4
        LEADING_DETACHED_COMMENTS_FIELD_NUMBER = 6

        path: _RepeatedScalarFieldContainer[int]
        span: _RepeatedScalarFieldContainer[int]
        leading_comments: str
        trailing_comments: str
        leading_detached_comments: _RepeatedScalarFieldContainer[str]

        if _TYPE_CHECKING:
            def __init__(self, *, path: _Iterable[int] | None = ..., span: _Iterable[int] | None = ..., leading_comments: str | None = ..., trailing_comments: str | None = ..., leading_detached_comments: _Iterable[str] | None = ...) -> None: ...


    LOCATION_FIELD_NUMBER = 1

    location: _RepeatedCompositeFieldContainer[SourceCodeInfo.Location]

    if _TYPE_CHECKING:
        def __init__(self, *, location: _Iterable[SourceCodeInfo.Location | _Mapping[str, _Any]] | None = ...) -> None: ...


class GeneratedCodeInfo(_Message):
    __slots__ = ("annotation",)

    class Annotation(_Message):
        __slots__ = ("path", "source_file", "begin", "end", "semantic")

        class Semantic(_Enum):
            NONE = 0
            SET = 1
            ALIAS = 2

        NONE = Semantic.NONE
        SET = Semantic.SET
        ALIAS = Semantic.ALIAS

        PATH_FIELD_NUMBER = 1
        SOURCE_FILE_FIELD_NUMBER = 2
        BEGIN_FIELD_NUMBER = 3
        END_FIELD_NUMBER = 4
        SEMANTIC_FIELD_NUMBER = 5

        path: _RepeatedScalarFieldContainer[int]
        source_file: str
        begin: int
        end: int
        semantic: int

        if _TYPE_CHECKING:
            def __init__(self, *, path: _Iterable[int] | None = ..., source_file: str | None = ..., begin: int | None = ..., end: int | None = ..., semantic: int | str | None = ...) -> None: ...


    ANNOTATION_FIELD_NUMBER = 1

    annotation: _RepeatedCompositeFieldContainer[GeneratedCodeInfo.Annotation]

    if _TYPE_CHECKING:
        def __init__(self, *, annotation: _Iterable[GeneratedCodeInfo.Annotation | _Mapping[str, _Any]] | None = ...) -> None: ...


_register_file(
    "google/protobuf/descriptor.proto",
    _SHA256,
    {
        "google.protobuf.Edition": Edition,
        "google.protobuf.SymbolVisibility": SymbolVisibility,
        "google.protobuf.FileDescriptorSet": FileDescriptorSet,
        "google.protobuf.FileDescriptorProto": FileDescriptorProto,
        "google.protobuf.DescriptorProto.ExtensionRange": DescriptorProto.ExtensionRange,
        "google.protobuf.DescriptorProto.ReservedRange": DescriptorProto.ReservedRange,
        "google.protobuf.DescriptorProto": DescriptorProto,
        "google.protobuf.ExtensionRangeOptions.VerificationState": ExtensionRangeOptions.VerificationState,
        "google.protobuf.ExtensionRangeOptions.Declaration": ExtensionRangeOptions.Declaration,
        "google.protobuf.ExtensionRangeOptions": ExtensionRangeOptions,
        "google.protobuf.FieldDescriptorProto.Type": FieldDescriptorProto.Type,
        "google.protobuf.FieldDescriptorProto.Label": FieldDescriptorProto.Label,
        "google.protobuf.FieldDescriptorProto": FieldDescriptorProto,
        "google.protobuf.OneofDescriptorProto": OneofDescriptorProto,
        "google.protobuf.EnumDescriptorProto.EnumReservedRange": EnumDescriptorProto.EnumReservedRange,
        "google.protobuf.EnumDescriptorProto": EnumDescriptorProto,
        "google.protobuf.EnumValueDescriptorProto": EnumValueDescriptorProto,
        "google.protobuf.ServiceDescriptorProto": ServiceDescriptorProto,
        "google.protobuf.MethodDescriptorProto": MethodDescriptorProto,
        "google.protobuf.FileOptions.OptimizeMode": FileOptions.OptimizeMode,
        "google.protobuf.FileOptions": FileOptions,
        "google.protobuf.MessageOptions": MessageOptions,
        "google.protobuf.FieldOptions.CType": FieldOptions.CType,
        "google.protobuf.FieldOptions.JSType": FieldOptions.JSType,
        "google.protobuf.FieldOptions.OptionRetention": FieldOptions.OptionRetention,
        "google.protobuf.FieldOptions.OptionTargetType": FieldOptions.OptionTargetType,
        "google.protobuf.FieldOptions.EditionDefault": FieldOptions.EditionDefault,
        "google.protobuf.FieldOptions.FeatureSupport": FieldOptions.FeatureSupport,
        "google.protobuf.FieldOptions": FieldOptions,
        "google.protobuf.OneofOptions": OneofOptions,
        "google.protobuf.EnumOptions": EnumOptions,
        "google.protobuf.EnumValueOptions": EnumValueOptions,
        "google.protobuf.ServiceOptions": ServiceOptions,
        "google.protobuf.MethodOptions.IdempotencyLevel": MethodOptions.IdempotencyLevel,
        "google.protobuf.MethodOptions": MethodOptions,
        "google.protobuf.UninterpretedOption.NamePart": UninterpretedOption.NamePart,
        "google.protobuf.UninterpretedOption": UninterpretedOption,
        "google.protobuf.FeatureSet.FieldPresence": FeatureSet.FieldPresence,
        "google.protobuf.FeatureSet.EnumType": FeatureSet.EnumType,
        "google.protobuf.FeatureSet.RepeatedFieldEncoding": FeatureSet.RepeatedFieldEncoding,
        "google.protobuf.FeatureSet.Utf8Validation": FeatureSet.Utf8Validation,
        "google.protobuf.FeatureSet.MessageEncoding": FeatureSet.MessageEncoding,
        "google.protobuf.FeatureSet.JsonFormat": FeatureSet.JsonFormat,
        "google.protobuf.FeatureSet.EnforceNamingStyle": FeatureSet.EnforceNamingStyle,
        "google.protobuf.FeatureSet.VisibilityFeature.DefaultSymbolVisibility": FeatureSet.VisibilityFeature.DefaultSymbolVisibility,
        "google.protobuf.FeatureSet.VisibilityFeature": FeatureSet.VisibilityFeature,
        "google.protobuf.FeatureSet.ProtoLimitsFeature.EnforceProtoLimits": FeatureSet.ProtoLimitsFeature.EnforceProtoLimits,
        "google.protobuf.FeatureSet.ProtoLimitsFeature": FeatureSet.ProtoLimitsFeature,
        "google.protobuf.FeatureSet": FeatureSet,
        "google.protobuf.FeatureSetDefaults.FeatureSetEditionDefault": FeatureSetDefaults.FeatureSetEditionDefault,
        "google.protobuf.FeatureSetDefaults": FeatureSetDefaults,
        "google.protobuf.SourceCodeInfo.Location": SourceCodeInfo.Location,
        "google.protobuf.SourceCodeInfo": SourceCodeInfo,
        "google.protobuf.GeneratedCodeInfo.Annotation.Semantic": GeneratedCodeInfo.Annotation.Semantic,
        "google.protobuf.GeneratedCodeInfo.Annotation": GeneratedCodeInfo.Annotation,
        "google.protobuf.GeneratedCodeInfo": GeneratedCodeInfo,
    },
)
