"""Type checks and defaults of scalar field values, shared by messages and containers.

Accepts what ``_pb2`` (upb) accepts: ints (anything with ``__index__``) for integer
fields, ints or floats for floating fields, ``str`` (or UTF-8 ``bytes``) for strings,
``bytes`` for bytes, enum numbers or names for enums.
"""

from __future__ import annotations

import operator
import struct
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], Any]

_INT_RANGES = {
    "int32": (-(2**31), 2**31 - 1),
    "sint32": (-(2**31), 2**31 - 1),
    "sfixed32": (-(2**31), 2**31 - 1),
    "uint32": (0, 2**32 - 1),
    "fixed32": (0, 2**32 - 1),
    "int64": (-(2**63), 2**63 - 1),
    "sint64": (-(2**63), 2**63 - 1),
    "sfixed64": (-(2**63), 2**63 - 1),
    "uint64": (0, 2**64 - 1),
    "fixed64": (0, 2**64 - 1),
}
_F32 = struct.Struct("<f")

DEFAULTS: dict[str, Any] = {kind: 0 for kind in _INT_RANGES}
DEFAULTS.update({"double": 0.0, "float": 0.0, "bool": False, "string": "", "bytes": b"", "enum": 0})


def _type_error(where: str, value: Any, expected: str) -> TypeError:
    return TypeError(f"{where}: expected {expected}, got {type(value).__name__} {value!r:.80}")


def int_check(kind: str, where: str) -> Check:
    low, high = _INT_RANGES[kind]

    def check(value: Any) -> int:
        if type(value) is not int:
            # bool is an int subclass, but upb rejects it for integer and enum fields.
            if isinstance(value, (bool, float, str, bytes)) or not hasattr(value, "__index__"):
                raise _type_error(where, value, f"int ({kind})")
            value = operator.index(value)
        if value < low or value > high:
            raise ValueError(f"{where}: value out of range for {kind}: {value}")
        return value

    return check


def float_check(kind: str, where: str) -> Check:
    def check(value: Any) -> float:
        if type(value) is not float:
            if isinstance(value, (str, bytes)) or not isinstance(value, (int, float)):
                raise _type_error(where, value, f"float ({kind})")
            value = float(value)
        if kind == "float":
            try:
                value = _F32.unpack(_F32.pack(value))[0]
            except OverflowError:
                value = float("inf") if value > 0 else float("-inf")
        return value

    return check


def bool_check(where: str) -> Check:
    def check(value: Any) -> bool:
        if type(value) is bool:
            return value
        if isinstance(value, (float, str, bytes)) or not hasattr(value, "__index__"):
            raise _type_error(where, value, "bool")
        return bool(operator.index(value))

    return check


def string_check(where: str) -> Check:
    def check(value: Any) -> str:
        if isinstance(value, str):
            if not value.isascii():
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:
                    raise ValueError(f"{where}: string is not encodable as UTF-8: {value!r:.80}") from None
            return value if type(value) is str else str(value)
        if isinstance(value, bytes):
            try:
                return value.decode("utf-8")
            except UnicodeDecodeError:
                raise ValueError(f"{where}: bytes are not valid UTF-8: {value!r:.80}") from None
        raise _type_error(where, value, "str")

    return check


def bytes_check(where: str) -> Check:
    def check(value: Any) -> bytes:
        if type(value) is bytes:
            return value
        if isinstance(value, (bytes, bytearray, memoryview)):
            return bytes(value)
        raise _type_error(where, value, "bytes")

    return check


def enum_check(enum_type: Any, closed: bool, where: str) -> Check:
    by_name = enum_type._by_name
    by_number = enum_type._by_number
    as_int = int_check("int32", where)

    def check(value: Any) -> int:
        if type(value) is str:
            try:
                return by_name[value]
            except KeyError:
                raise ValueError(f"{where}: {enum_type.DESCRIPTOR_FULL_NAME} has no value named {value!r}") from None
        number = as_int(value)
        if closed and number not in by_number:
            raise ValueError(f"{where}: {number} is not a value of the closed enum {enum_type.DESCRIPTOR_FULL_NAME}")
        return number

    return check


def scalar_check(kind: str, where: str) -> Check:
    if kind in _INT_RANGES:
        return int_check(kind, where)
    if kind in ("double", "float"):
        return float_check(kind, where)
    if kind == "bool":
        return bool_check(where)
    if kind == "string":
        return string_check(where)
    if kind == "bytes":
        return bytes_check(where)
    raise AssertionError(f"not a scalar kind: {kind}")


def parse_default(kind: str, text: str | None, enum_type: Any = None) -> Any:
    """A field's default: protobuf's zero value, or a proto2 ``[default = ...]``."""
    if text is None:
        return DEFAULTS[kind]
    if kind in _INT_RANGES:
        return int(text, 0)
    if kind in ("double", "float"):
        return float(text)
    if kind == "bool":
        return text == "true"
    if kind == "string":
        return text
    if kind == "bytes":
        return text.encode("latin-1").decode("unicode_escape").encode("latin-1")
    if kind == "enum":
        return enum_type._by_name[text]
    raise AssertionError(kind)
