"""JSON (ProtoJSON) forms of ``flytekit_core.idl`` messages, equal to protobuf's ``json_format``.

``MessageToDict``/``MessageToJson`` give what ``google.protobuf.json_format`` gives for the
equivalent ``_pb2`` message, and ``ParseDict``/``Parse`` accept what it accepts, without
needing ``protobuf``:

- 64-bit integers print as strings; bytes as base64; NaN and infinities as ``"NaN"``,
  ``"Infinity"``, ``"-Infinity"``; ``float`` fields as the shortest decimal that reads
  back to the same 32-bit value;
- enums print by name (numbers unknown to the IDL as ints), maps as objects with string keys;
- fields without presence are left out while they hold their default, unless
  ``always_print_fields_with_no_presence``;
- well-known types take their JSON forms: ``Timestamp`` (RFC 3339, ``Z``), ``Duration``
  (``"1.5s"``), ``Struct``/``Value``/``ListValue`` (plain JSON), wrappers (bare values) and
  ``Any`` (``{"@type": url, ...}``).

The parser accepts both JSON (lowerCamelCase) names and the proto field names.

Differences from protobuf, all on invalid input: where protobuf lets a ``TypeError`` or
``KeyError`` escape ``ParseDict`` (a non-object where a message is expected, an ``Any``
of a well-known type without ``"value"``, a number too large for a double), this module
raises :class:`ParseError`; and a non-object where a message is expected is an error even
with ``ignore_unknown_fields`` (protobuf iterates over it). Extension names (``"[pkg.ext]"``)
are unknown fields: the runtime has no extensions. Maps are written in the order of their
entries in the message, which may differ from protobuf's (hash) order.
"""

from __future__ import annotations

import base64
import importlib
import json
import math
import pkgutil
import re
import struct
from collections.abc import Mapping
from typing import Any, TypeVar

from flytekit_core.idl.message import MAP, REPEATED, SINGULAR, FieldInfo, Message, class_for
from flytekit_core.idl.well_known import (
    duration_from_string,
    duration_to_string,
    timestamp_from_string,
    timestamp_to_string,
)

M = TypeVar("M", bound=Message)

__all__ = [
    "EnumStringValueParseError",
    "Error",
    "MessageToDict",
    "MessageToJson",
    "Parse",
    "ParseDict",
    "ParseError",
    "SerializeToJsonError",
]


class Error(ValueError):
    """Base of this module's errors."""


class SerializeToJsonError(Error):
    """A message cannot be written as JSON (e.g. an invalid Timestamp, a NaN in a Value)."""


class ParseError(Error):
    """JSON that is not a valid representation of the message type it was parsed as.

    The message names the message type or the field (with its path, such as
    ``Literal.scalar.primitive.integer``) that failed.
    """


class EnumStringValueParseError(ParseError):
    """An enum name unknown to the IDL; ignored (the field is left unset) with ``ignore_unknown_fields``."""


_INT64_KINDS = frozenset(("int64", "uint64", "fixed64", "sfixed64", "sint64"))
_INT_KINDS = _INT64_KINDS | frozenset(("int32", "uint32", "fixed32", "sfixed32", "sint32"))
_FLOAT_KINDS = frozenset(("float", "double"))
_WRAPPERS = frozenset(
    f"google.protobuf.{name}Value"
    for name in ("Double", "Float", "Int64", "UInt64", "Int32", "UInt32", "Bool", "String", "Bytes")
)
_ANY = "google.protobuf.Any"
_DURATION = "google.protobuf.Duration"
_TIMESTAMP = "google.protobuf.Timestamp"
_STRUCT = "google.protobuf.Struct"
_VALUE = "google.protobuf.Value"
_LIST_VALUE = "google.protobuf.ListValue"
_NULL_VALUE = "google.protobuf.NullValue"
_WKT = frozenset((_ANY, _DURATION, _TIMESTAMP, _STRUCT, _VALUE, _LIST_VALUE))

_INFINITY = "Infinity"
_NEG_INFINITY = "-Infinity"
_NAN = "NaN"
_FLOAT_MAX = float.fromhex("0x1.fffffep+127")
_FLOAT_MIN = -_FLOAT_MAX
_F32 = struct.Struct("<f")

_UNPAIRED_SURROGATE = re.compile("[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]")
_LIST_LIKE = (list, tuple)


# -- schema helpers ----------------------------------------------------------------------

_declared_cache: dict[type, tuple[FieldInfo, ...]] = {}
_json_names_cache: dict[type, dict[str, FieldInfo]] = {}
_all_imported = False


def _declared_fields(cls: type[Message]) -> tuple[FieldInfo, ...]:
    """A message's fields in declaration order (protobuf's ``Descriptor.fields`` order).

    The schema lists fields by number; the generated class's ``__slots__`` keep the
    order of the ``.proto`` file, which decides where ``always_print_fields_with_no_presence``
    puts the defaults it adds.
    """
    fields = _declared_cache.get(cls)
    if fields is None:
        schema = cls.DESCRIPTOR
        slots = cls.__dict__.get("__slots__", ())
        declared = tuple(schema.fields_by_name[s] for s in slots if s in schema.fields_by_name)
        fields = declared if len(declared) == len(schema.fields) else schema.fields
        _declared_cache[cls] = fields
    return fields


def _fields_by_json_name(cls: type[Message]) -> dict[str, FieldInfo]:
    fields = _json_names_cache.get(cls)
    if fields is None:
        fields = _json_names_cache[cls] = {f.json_name: f for f in cls.DESCRIPTOR.fields}
    return fields


def _import_all_modules() -> None:
    """Import every generated module, so that ``class_for`` knows every message type."""
    global _all_imported
    if _all_imported:
        return
    import flytekit_core.idl as idl_package

    for module in pkgutil.walk_packages(idl_package.__path__, "flytekit_core.idl."):
        if module.name.endswith("_pb2"):
            try:
                importlib.import_module(module.name)
            except ImportError:  # pragma: no cover - a broken generated module
                continue
    _all_imported = True


def _class_for_type_url(type_url: str) -> type[Message] | None:
    """The message class an ``Any`` type URL names (by its last ``/``-separated part)."""
    full_name = type_url.split("/")[-1]
    try:
        cls = class_for(full_name)
    except LookupError:
        _import_all_modules()
        try:
            cls = class_for(full_name)
        except LookupError:
            return None
    if not (isinstance(cls, type) and issubclass(cls, Message)):
        return None
    return cls


def _full_name(message: Message) -> str:
    return type(message).DESCRIPTOR.full_name


def _shortest_float(value: float) -> float:
    """The shortest decimal (6 to 9 digits) that reads back as the same 32-bit float."""
    precision = 6
    rounded = float(f"{value:.{precision}g}")
    while _F32.unpack(_F32.pack(rounded))[0] != value:
        precision += 1
        rounded = float(f"{value:.{precision}g}")
    return rounded


# -- printing ----------------------------------------------------------------------------


class _Printer:
    def __init__(
        self,
        preserving_proto_field_name: bool,
        use_integers_for_enums: bool,
        always_print_fields_with_no_presence: bool,
        unquote_int64_if_possible: bool,
    ) -> None:
        self.preserving_proto_field_name = preserving_proto_field_name
        self.use_integers_for_enums = use_integers_for_enums
        self.always_print_fields_with_no_presence = always_print_fields_with_no_presence
        self.unquote_int64_if_possible = unquote_int64_if_possible

    def message(self, message: Message) -> Any:
        full_name = _full_name(message)
        if full_name in _WRAPPERS:
            return self.wrapper(message)
        if full_name in _WKT:
            return self.well_known(full_name, message)
        return self.regular(message, {})

    def well_known(self, full_name: str, message: Any) -> Any:
        if full_name == _TIMESTAMP:
            return timestamp_to_string(message.seconds, message.nanos)
        if full_name == _DURATION:
            return duration_to_string(message.seconds, message.nanos)
        if full_name == _STRUCT:
            return {key: self.value(value) for key, value in message.fields.items()}
        if full_name == _VALUE:
            return self.value(message)
        if full_name == _LIST_VALUE:
            return [self.value(value) for value in message.values]
        return self.any(message)

    def wrapper(self, message: Any) -> Any:
        return self.field_value(type(message).DESCRIPTOR.fields_by_name["value"], message.value)

    def regular(self, message: Message, js: dict[str, Any]) -> dict[str, Any]:
        field: FieldInfo | None = None
        try:
            for field, value in message.ListFields():
                name = field.name if self.preserving_proto_field_name else field.json_name
                if field.cardinality == MAP:
                    js_map = {}
                    for key in value:
                        if isinstance(key, bool):
                            recorded_key = "true" if key else "false"
                        else:
                            recorded_key = str(key)
                        js_map[recorded_key] = self.field_value(field, value[key])
                    js[name] = js_map
                elif field.cardinality == REPEATED:
                    js[name] = [self.field_value(field, item) for item in value]
                else:
                    js[name] = self.field_value(field, value)
            if self.always_print_fields_with_no_presence:
                for field in _declared_fields(type(message)):
                    if field.presence:
                        continue
                    name = field.name if self.preserving_proto_field_name else field.json_name
                    if name in js:
                        continue
                    if field.cardinality == MAP:
                        js[name] = {}
                    elif field.cardinality == REPEATED:
                        js[name] = []
                    else:
                        js[name] = self.field_value(field, field.default_value())
        except SerializeToJsonError:
            raise
        except ValueError as e:
            field_name = field.name if field is not None else "?"
            raise SerializeToJsonError(f"Failed to serialize {field_name} field: {e}.") from e
        return js

    def field_value(self, field: FieldInfo, value: Any) -> Any:
        kind = field.kind
        if kind == "message":
            return self.message(value)
        if kind == "enum":
            if self.use_integers_for_enums:
                return value
            if field.type_name == _NULL_VALUE:
                return None
            name = field.enum_class._by_number.get(value)
            if name is not None:
                return name
            if field.closed:
                raise SerializeToJsonError(
                    "Enum field contains an integer value which can not mapped to an enum value."
                )
            return value
        if kind == "string":
            return str(value)
        if kind == "bytes":
            return base64.b64encode(value).decode("utf-8")
        if kind == "bool":
            return bool(value)
        if kind in _INT64_KINDS:
            if self.unquote_int64_if_possible and float(value) == value:
                return value
            return str(value)
        if kind in _FLOAT_KINDS:
            if math.isinf(value):
                return _NEG_INFINITY if value < 0.0 else _INFINITY
            if math.isnan(value):
                return _NAN
            if kind == "float":
                return _shortest_float(value)
        return value

    def value(self, message: Any) -> Any:
        """A ``google.protobuf.Value`` as a plain JSON value (unset is ``null``)."""
        which = message.WhichOneof("kind")
        if which is None or which == "null_value":
            return None
        if which == "list_value":
            return [self.value(item) for item in message.list_value.values]
        value = getattr(message, which)
        if which == "number_value":
            if math.isinf(value):
                raise ValueError("Fail to serialize Infinity for Value.number_value, which would parse as string_value")
            if math.isnan(value):
                raise ValueError("Fail to serialize NaN for Value.number_value, which would parse as string_value")
        return self.field_value(type(message).DESCRIPTOR.fields_by_name[which], value)

    def any(self, message: Any) -> dict[str, Any]:
        if not message.ListFields():
            return {}
        type_url = message.type_url
        js: dict[str, Any] = {"@type": type_url}
        cls = _class_for_type_url(type_url)
        if cls is None:
            raise TypeError(f"Can not find message descriptor by type_url: {type_url}")
        inner = cls.FromString(message.value)
        full_name = cls.DESCRIPTOR.full_name
        if full_name in _WRAPPERS:
            js["value"] = self.wrapper(inner)
        elif full_name in _WKT:
            js["value"] = self.well_known(full_name, inner)
        else:
            self.regular(inner, js)
        return js


def _check_message(message: Any, function: str) -> None:
    if not isinstance(message, Message):
        raise TypeError(f"{function} expects a flytekit_core.idl message, got {type(message).__name__}")


def MessageToDict(
    message: Message,
    *,
    always_print_fields_with_no_presence: bool = False,
    preserving_proto_field_name: bool = False,
    use_integers_for_enums: bool = False,
    unquote_int64_if_possible: bool = False,
) -> Any:
    """The ProtoJSON form of ``message`` as Python values (a ``dict`` for most messages).

    Args:
        message: the message to convert.
        always_print_fields_with_no_presence: also write fields without presence (implicit
            presence scalars, repeated and map fields) that hold their defaults. Fields
            with presence (messages, oneof members, ``optional``) are unaffected.
        preserving_proto_field_name: use the ``.proto`` field names instead of lowerCamelCase.
        use_integers_for_enums: write enum numbers instead of names.
        unquote_int64_if_possible: write 64-bit integers that a double holds exactly as numbers.

    Well-known types at the top level give their JSON forms: a ``Timestamp`` gives a
    ``str``, a ``Value`` any JSON value, a wrapper its bare value.

    Raises:
        SerializeToJsonError: a value has no JSON form (an out-of-range Timestamp or Duration
            inside a message, an enum number unknown to a closed enum, NaN in a ``Value``).
        TypeError: an ``Any`` names a type that no generated module defines.
    """
    _check_message(message, "MessageToDict")
    printer = _Printer(
        preserving_proto_field_name,
        use_integers_for_enums,
        always_print_fields_with_no_presence,
        unquote_int64_if_possible,
    )
    return printer.message(message)


def MessageToJson(
    message: Message,
    *,
    preserving_proto_field_name: bool = False,
    indent: int | str | None = 2,
    sort_keys: bool = False,
    use_integers_for_enums: bool = False,
    ensure_ascii: bool = True,
    always_print_fields_with_no_presence: bool = False,
    unquote_int64_if_possible: bool = False,
) -> str:
    """The ProtoJSON text of ``message``: ``json.dumps`` of :func:`MessageToDict`.

    Args:
        message: the message to convert.
        preserving_proto_field_name: use the ``.proto`` field names instead of lowerCamelCase.
        indent: ``json.dumps`` indentation (``None`` for a single line).
        sort_keys: sort object keys.
        use_integers_for_enums: write enum numbers instead of names.
        ensure_ascii: escape non-ASCII characters.
        always_print_fields_with_no_presence: also write fields without presence that hold
            their defaults (see :func:`MessageToDict`).
        unquote_int64_if_possible: write 64-bit integers that a double holds exactly as numbers.
    """
    _check_message(message, "MessageToJson")
    printer = _Printer(
        preserving_proto_field_name,
        use_integers_for_enums,
        always_print_fields_with_no_presence,
        unquote_int64_if_possible,
    )
    return json.dumps(printer.message(message), indent=indent, sort_keys=sort_keys, ensure_ascii=ensure_ascii)


# -- parsing -----------------------------------------------------------------------------


def _convert_integer(value: Any) -> int:
    if isinstance(value, float) and not value.is_integer():
        raise ParseError(f"Couldn't parse integer: {value}")
    if isinstance(value, str) and value.find(" ") != -1:
        raise ParseError(f'Couldn\'t parse integer: "{value}"')
    if isinstance(value, bool):
        raise ParseError(f"Bool value {value} is not acceptable for integer field")
    if not isinstance(value, (int, float, str)):
        raise ParseError(f"Couldn't parse integer: expected a number or a string, got {type(value).__name__}")
    try:
        return int(value)
    except ValueError as e:
        try:
            number = float(value)
        except ValueError:
            raise e from None
        if not number.is_integer():
            raise ParseError(f'Couldn\'t parse non-integer string: "{value}"') from e
        return int(number)


def _convert_float(value: Any, kind: str) -> float:
    if isinstance(value, float):
        if math.isnan(value):
            raise ParseError('Couldn\'t parse NaN, use quoted "NaN" instead')
        if math.isinf(value):
            if value > 0:
                raise ParseError('Couldn\'t parse Infinity or value too large, use quoted "Infinity" instead')
            raise ParseError('Couldn\'t parse -Infinity or value too small, use quoted "-Infinity" instead')
        if kind == "float":
            if value > _FLOAT_MAX:
                raise ParseError("Float value too large")
            if value < _FLOAT_MIN:
                raise ParseError("Float value too small")
    if value == "nan":
        raise ParseError('Couldn\'t parse float "nan", use "NaN" instead')
    if not isinstance(value, (int, float, str)):
        raise ParseError(f"Couldn't parse float: expected a number or a string, got {type(value).__name__}")
    try:
        return float(value)
    except ValueError as e:
        if value == _NEG_INFINITY:
            return float("-inf")
        if value == _INFINITY:
            return float("inf")
        if value == _NAN:
            return float("nan")
        raise ParseError(f"Couldn't parse float: {value}") from e
    except OverflowError as e:
        raise ParseError(f"Couldn't parse float: {value}") from e


def _convert_bool(value: Any, require_str: bool) -> bool:
    if require_str:
        if value == "true":
            return True
        if value == "false":
            return False
        raise ParseError(f'Expected "true" or "false", not {value}')
    if not isinstance(value, bool):
        raise ParseError("Expected true or false without quotes")
    return value


def _convert_scalar(value: Any, field: FieldInfo, kind: str, path: str, require_str: bool = False) -> Any:
    """A JSON scalar as the Python value of a field of ``kind`` (the field's, or its map key's)."""
    try:
        if kind in _INT_KINDS:
            return _convert_integer(value)
        if kind in _FLOAT_KINDS:
            return _convert_float(value, kind)
        if kind == "bool":
            return _convert_bool(value, require_str)
        if kind == "bytes":
            if isinstance(value, str):
                encoded = value.encode("utf-8")
            elif isinstance(value, (bytes, bytearray)):
                encoded = bytes(value)
            else:
                raise ParseError(f"Expected a base64 string, got {type(value).__name__} {value!r:.80}")
            return base64.urlsafe_b64decode(encoded + b"=" * (4 - len(encoded) % 4))
        if kind == "string":
            if not isinstance(value, str):
                raise ParseError(f"Expected a string, got {type(value).__name__} {value!r:.80}")
            if _UNPAIRED_SURROGATE.search(value):
                raise ParseError("Unpaired surrogate")
            return value
        if kind == "enum":
            return _convert_enum(value, field)
        raise AssertionError(f"not a scalar kind: {kind}")
    except EnumStringValueParseError as e:
        raise EnumStringValueParseError(f"{e} at {path}") from e
    except ParseError as e:
        raise ParseError(f"{e} at {path}") from e


def _convert_enum(value: Any, field: FieldInfo) -> int:
    enum_class = field.enum_class
    if isinstance(value, str):
        number = enum_class._by_name.get(value)
        if number is not None:
            return number
    try:
        number = int(value)
    except ValueError as e:
        raise EnumStringValueParseError(f"Invalid enum value {value} for enum type {field.type_name}") from e
    if number not in enum_class._by_number and field.closed:
        raise ParseError(f"Invalid enum value {value} for enum type {field.type_name}")
    return number


class _Parser:
    def __init__(self, ignore_unknown_fields: bool, max_recursion_depth: int) -> None:
        self.ignore_unknown_fields = ignore_unknown_fields
        self.max_recursion_depth = max_recursion_depth
        self.recursion_depth = 0

    def message(self, value: Any, message: Any, path: str) -> None:
        """Merge the JSON ``value`` into ``message`` (a regular or well-known message)."""
        self.recursion_depth += 1
        if self.recursion_depth > self.max_recursion_depth:
            raise ParseError(f"Message too deep. Max recursion depth is {self.max_recursion_depth}")
        schema = type(message).DESCRIPTOR
        full_name = schema.full_name
        if not path:
            path = schema.name
        if full_name in _WRAPPERS:
            self.wrapper(value, message, path)
        elif full_name == _TIMESTAMP:
            self.timestamp_or_duration(value, message, path, timestamp_from_string)
        elif full_name == _DURATION:
            self.timestamp_or_duration(value, message, path, duration_from_string)
        elif full_name == _STRUCT:
            self.struct(value, message, path)
        elif full_name == _VALUE:
            self.value(value, message, path)
        elif full_name == _LIST_VALUE:
            self.list_value(value, message, path)
        elif full_name == _ANY:
            self.any(value, message, path)
        else:
            self.fields(value, message, path)
        self.recursion_depth -= 1

    def fields(self, js: Any, message: Message, path: str) -> None:
        """Merge a JSON object's members into the fields of a regular message."""
        cls = type(message)
        schema = cls.DESCRIPTOR
        if not isinstance(js, Mapping):
            raise ParseError(
                f'Message type "{schema.full_name}" must be a JSON object, got {type(js).__name__} {js!r:.80} at {path}'
            )
        by_json_name = _fields_by_json_name(cls)
        names: set[str] = set()
        oneofs: set[str] = set()
        for name in js:
            field = by_json_name.get(name) or schema.fields_by_name.get(name)
            try:
                if field is None:
                    if self.ignore_unknown_fields:
                        continue
                    raise ParseError(
                        f'Message type "{schema.full_name}" has no field named "{name}" at "{path}".\n'
                        f' Available Fields(except extensions): "{[f.json_name for f in schema.fields]}"'
                    )
                if name in names:
                    raise ParseError(
                        f'Message type "{schema.full_name}" should not have multiple "{name}" fields at "{path}".'
                    )
                names.add(name)
                value = js[name]
                if field.oneof is not None and value is not None:
                    if field.oneof in oneofs:
                        raise ParseError(
                            f'Message type "{schema.full_name}" should not have multiple '
                            f'"{field.oneof}" oneof fields at "{path}".'
                        )
                    oneofs.add(field.oneof)
                self.field(value, message, field, f"{path}.{name}")
            except ParseError as e:
                if field is not None and field.oneof is None:
                    raise ParseError(f"Failed to parse {name} field: {e}.") from e
                raise ParseError(str(e)) from e
            except (ValueError, TypeError, OverflowError) as e:
                raise ParseError(f"Failed to parse {name} field: {e}.") from e

    def field(self, value: Any, message: Message, field: FieldInfo, path: str) -> None:
        """Set one field of ``message`` from its JSON value; ``path`` names the field."""
        if value is None:
            if field.cardinality == SINGULAR and field.kind == "message" and field.type_name == _VALUE:
                getattr(message, field.name).null_value = 0
            elif field.cardinality == SINGULAR and field.kind == "enum" and field.type_name == _NULL_VALUE:
                setattr(message, field.name, 0)
            else:
                message.ClearField(field.name)
            return
        if field.cardinality == MAP:
            message.ClearField(field.name)
            self.map(value, message, field, path)
        elif field.cardinality == REPEATED:
            message.ClearField(field.name)
            if not isinstance(value, _LIST_LIKE):
                raise ParseError(f"repeated field {field.name} must be in [] which is {value} at {path}")
            container = getattr(message, field.name)
            if field.kind == "message":
                for index, item in enumerate(value):
                    item_path = f"{path}[{index}]"
                    if item is None and field.type_name != _VALUE:
                        raise ParseError(
                            f"null is not allowed to be used as an element in a repeated field at {item_path}"
                        )
                    self.message(item, container.add(), item_path)
            else:
                for index, item in enumerate(value):
                    item_path = f"{path}[{index}]"
                    if item is None:
                        raise ParseError(
                            f"null is not allowed to be used as an element in a repeated field at {item_path}"
                        )
                    try:
                        container.append(_convert_scalar(item, field, field.kind, item_path))
                    except EnumStringValueParseError:
                        if not self.ignore_unknown_fields:
                            raise
        elif field.kind == "message":
            sub_message = getattr(message, field.name)
            sub_message.SetInParent()
            self.message(value, sub_message, path)
        else:
            self.scalar(value, message, field, path)

    def scalar(self, value: Any, message: Message, field: FieldInfo, path: str) -> None:
        try:
            setattr(message, field.name, _convert_scalar(value, field, field.kind, path))
        except EnumStringValueParseError:
            if not self.ignore_unknown_fields:
                raise

    def map(self, value: Any, message: Message, field: FieldInfo, path: str) -> None:
        if not isinstance(value, Mapping):
            raise ParseError(f"Map field {field.name} must be in a dict which is {value} at {path}")
        container = getattr(message, field.name)
        for key in value:
            key_value = _convert_scalar(key, field, field.key_kind, f"{path}.key", require_str=True)
            item_path = f"{path}[{key_value}]"
            if field.kind == "message":
                self.message(value[key], container[key_value], item_path)
            else:
                try:
                    container[key_value] = _convert_scalar(value[key], field, field.kind, item_path)
                except EnumStringValueParseError:
                    if not self.ignore_unknown_fields:
                        raise

    def wrapper(self, value: Any, message: Any, path: str) -> None:
        self.scalar(value, message, type(message).DESCRIPTOR.fields_by_name["value"], f"{path}.value")

    def timestamp_or_duration(self, value: Any, message: Any, path: str, convert: Any) -> None:
        try:
            seconds, nanos = convert(value)
        except ValueError as e:
            raise ParseError(f"{e} at {path}") from e
        message.seconds = seconds
        message.nanos = nanos

    def value(self, value: Any, message: Any, path: str) -> None:
        if isinstance(value, Mapping):
            self.message(value, message.struct_value, path)
        elif isinstance(value, _LIST_LIKE):
            self.message(value, message.list_value, path)
        elif value is None:
            message.null_value = 0
        elif isinstance(value, bool):
            message.bool_value = value
        elif isinstance(value, str):
            message.string_value = value
        elif isinstance(value, (int, float)):
            try:
                message.number_value = value
            except OverflowError as e:
                raise ParseError(f"Value {str(value)[:40]} is out of range for a number at {path}") from e
        else:
            raise ParseError(f"Value {value} has unexpected type {type(value)} at {path}")

    def list_value(self, value: Any, message: Any, path: str) -> None:
        if not isinstance(value, _LIST_LIKE):
            raise ParseError(f"ListValue must be in [] which is {value} at {path}")
        message.ClearField("values")
        message.SetInParent()
        values = message.values
        for index, item in enumerate(value):
            self.message(item, values.add(), f"{path}[{index}]")

    def struct(self, value: Any, message: Any, path: str) -> None:
        if not isinstance(value, Mapping):
            raise ParseError(f"Struct must be in a dict which is {value} at {path}")
        message.Clear()
        fields = message.fields
        for key in value:
            self.message(value[key], fields[key], f"{path}.{key}")

    def any(self, value: Any, message: Any, path: str) -> None:
        if not isinstance(value, Mapping):
            raise ParseError(f"Any must be a JSON object, got {type(value).__name__} {value!r:.80} at {path}")
        if not value:
            return
        if "@type" not in value:
            raise ParseError(f"@type is missing when parsing any message at {path}")
        type_url = value["@type"]
        if not isinstance(type_url, str):
            raise ParseError(f"@type must be a string, got {type(type_url).__name__} {type_url!r:.80} at {path}")
        cls = _class_for_type_url(type_url)
        if cls is None:
            raise ParseError(f"Can not find message descriptor by type_url: {type_url} at {path}")
        sub_message: Any = cls()
        full_name = cls.DESCRIPTOR.full_name
        if full_name in _WRAPPERS or full_name in _WKT:
            if "value" not in value:
                raise ParseError(f'"value" is missing when parsing any message of type {full_name} at {path}')
            if full_name in _WRAPPERS:
                self.wrapper(value["value"], sub_message, f"{path}.value")
            else:
                self.message(value["value"], sub_message, f"{path}.value")
        else:
            self.fields({k: v for k, v in value.items() if k != "@type"}, sub_message, path)
        message.value = sub_message.SerializeToString()
        message.type_url = type_url


def ParseDict(
    js_dict: Any,
    message: M,
    *,
    ignore_unknown_fields: bool = False,
    max_recursion_depth: int = 100,
) -> M:
    """Merge a JSON value (as ``json.loads`` gives it) into ``message``, and return ``message``.

    Members may be named by JSON (lowerCamelCase) name or proto field name. A ``null``
    member clears its field (``Value`` fields become ``null_value``).

    Args:
        js_dict: the ProtoJSON form of the message (a ``dict`` for most messages).
        message: the message to merge into.
        ignore_unknown_fields: skip members naming no field, and enum names unknown to the IDL.
        max_recursion_depth: deepest message nesting accepted.

    Raises:
        ParseError: the value is not a valid form of the message type; the error names
            the field and its path.
    """
    _check_message(message, "ParseDict")
    parser = _Parser(ignore_unknown_fields, max_recursion_depth)
    try:
        parser.message(js_dict, message, "")
    except ParseError:
        raise
    except (ValueError, TypeError, OverflowError, LookupError) as e:
        raise ParseError(f"Failed to parse JSON: {type(e).__name__}: {e}.") from e
    return message


def _duplicate_checker(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, value in pairs:
        if name in result:
            raise ParseError(f"Failed to load JSON: duplicate key {name}.")
        result[name] = value
    return result


def Parse(
    text: str | bytes,
    message: M,
    *,
    ignore_unknown_fields: bool = False,
    max_recursion_depth: int = 100,
) -> M:
    """Merge the ProtoJSON text ``text`` into ``message``, and return ``message``.

    Duplicate object keys are an error. See :func:`ParseDict` for the arguments.

    Raises:
        ParseError: ``text`` is not JSON, or not a valid form of the message type.
    """
    try:
        if not isinstance(text, str):
            text = text.decode("utf-8")
        js = json.loads(text, object_pairs_hook=_duplicate_checker)
    except Exception as e:
        raise ParseError(f"Failed to load JSON: {e}.") from e
    return ParseDict(js, message, ignore_unknown_fields=ignore_unknown_fields, max_recursion_depth=max_recursion_depth)
