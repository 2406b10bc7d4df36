"""Python values to Flyte literals and back, directed by the entity's interface types, on
:mod:`flytekit.idl` objects (so both backends share it and neither needs protobuf).

Supported, as ``FlyteRemote.execute`` takes them: ``int``, ``float``, ``str``, ``bool``,
``datetime``, ``timedelta``, ``None``, lists, dicts with ``str`` keys, Optional/Union,
enums (an ``enum.Enum`` member or its value), dicts and dataclasses where the interface
says JSON (a ``STRUCT``), blobs and structured datasets by URI. A ``Literal`` passes
through unchanged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from typing import Any

from flytekit.idl import json_format
from flytekit.idl.flyteidl.core import literals_pb2, types_pb2

Literal = literals_pb2.Literal
LiteralType = types_pb2.LiteralType
S = types_pb2.SimpleType

_SIMPLE_NAMES = {S.NONE: "None", S.INTEGER: "int", S.FLOAT: "float", S.STRING: "str", S.BOOLEAN: "bool",
                 S.DATETIME: "datetime", S.DURATION: "timedelta", S.STRUCT: "a dict or dataclass (JSON)"}  # fmt: skip


def describe(t: LiteralType) -> str:
    """A literal type in Python terms, for error messages."""
    kind = t.WhichOneof("type")
    if kind == "simple":
        return _SIMPLE_NAMES.get(t.simple, S.Name(t.simple))
    if kind == "collection_type":
        return f"list[{describe(t.collection_type)}]"
    if kind == "map_value_type":
        return f"dict[str, {describe(t.map_value_type)}]"
    if kind == "union_type":
        return " | ".join(describe(v) for v in t.union_type.variants)
    if kind == "enum_type":
        return f"one of {list(t.enum_type.values)}"
    if kind == "blob":
        return "a blob URI"
    if kind == "structured_dataset_type":
        return "a structured dataset URI"
    return kind or "unknown"


def _scalar(**fields: Any) -> Literal:
    return Literal(scalar=fields)


def _primitive(**fields: Any) -> Literal:
    return _scalar(primitive=fields)


def to_literal(value: Any, t: LiteralType, where: str) -> Literal:
    """``value`` as a literal of type ``t``; TypeError naming ``where`` if it does not fit."""
    if isinstance(value, Literal):
        return value
    if type(value).__name__ == "Literal" and hasattr(value, "SerializeToString"):  # a _pb2 Literal
        return Literal.FromString(value.SerializeToString())
    kind = t.WhichOneof("type")
    mismatch = TypeError(f"{where}: expected {describe(t)}, got {type(value).__name__} {value!r:.60}")
    if kind == "union_type":
        for variant in t.union_type.variants:
            try:
                inner = to_literal(value, variant, where)
            except TypeError:
                continue
            return _scalar(union={"value": inner, "type": variant})
        raise mismatch
    if value is None:
        if kind == "simple" and t.simple == S.NONE:
            return _scalar(none_type={})
        raise mismatch
    if kind == "simple":
        return _simple(value, t.simple, mismatch)
    if kind == "collection_type":
        if not isinstance(value, (list, tuple)):
            raise mismatch
        items = [to_literal(v, t.collection_type, f"{where}[{i}]") for i, v in enumerate(value)]
        return Literal(collection={"literals": items})
    if kind == "map_value_type":
        if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
            raise mismatch
        return Literal(
            map={"literals": {k: to_literal(v, t.map_value_type, f"{where}[{k!r}]") for k, v in value.items()}}
        )
    if kind == "enum_type":
        text = value.value if isinstance(value, enum.Enum) else value
        if not isinstance(text, str) or text not in t.enum_type.values:
            raise mismatch
        return _primitive(string_value=text)
    if kind == "blob":
        if not isinstance(value, str):
            raise mismatch
        return _scalar(blob={"uri": value, "metadata": {"type": t.blob}})
    if kind == "structured_dataset_type":
        if not isinstance(value, str):
            raise mismatch
        return _scalar(
            structured_dataset={"uri": value, "metadata": {"structured_dataset_type": t.structured_dataset_type}}
        )
    raise TypeError(f"{where}: values of type {describe(t)} are not supported")


def _simple(value: Any, simple: int, mismatch: TypeError) -> Literal:
    # bool is an int in Python, but not in Flyte.
    if simple == S.INTEGER and isinstance(value, int) and not isinstance(value, bool):
        return _primitive(integer=value)
    if simple == S.FLOAT and isinstance(value, (int, float)) and not isinstance(value, bool):
        return _primitive(float_value=float(value))
    if simple == S.STRING and isinstance(value, str):
        return _primitive(string_value=value)
    if simple == S.BOOLEAN and isinstance(value, bool):
        return _primitive(boolean=value)
    if simple == S.DATETIME and isinstance(value, dt.datetime):
        when = value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
        seconds = when.timestamp()
        return _primitive(datetime={"seconds": int(seconds // 1), "nanos": when.microsecond * 1000})
    if simple == S.DURATION and isinstance(value, dt.timedelta):
        micros = (value.days * 86_400 + value.seconds) * 1_000_000 + value.microseconds
        seconds, rest = divmod(micros, 1_000_000)
        return _primitive(duration={"seconds": seconds, "nanos": rest * 1000})
    if simple == S.STRUCT and (isinstance(value, dict) or dataclasses.is_dataclass(value)):
        data = dataclasses.asdict(value) if dataclasses.is_dataclass(value) else value  # type: ignore[arg-type]
        generic = json_format.ParseDict(data, _struct())
        return _scalar(generic=generic)
    raise mismatch


def _struct() -> Any:
    from flytekit.idl.google.protobuf import struct_pb2

    return struct_pb2.Struct()


def _key_order(value: Any) -> Any:
    """``value`` with its dicts' keys in sorted order, recursively."""
    if isinstance(value, dict):
        return {key: _key_order(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [_key_order(item) for item in value]
    return value


def from_literal_map(literals: literals_pb2.LiteralMap) -> dict[str, Any]:
    """A literal map as a dict of Python values, keys sorted."""
    return {key: from_literal(literals.literals[key]) for key in sorted(literals.literals)}


def from_literal(literal: Literal) -> Any:
    """A literal as a Python value: primitives, None, lists, dicts, unions' values, blobs
    and structured datasets as their URI, generic structs as dicts. Dict keys come sorted,
    so a value is the same, order included, whichever object model read it."""
    kind = literal.WhichOneof("value")
    if kind == "collection":
        return [from_literal(item) for item in literal.collection.literals]
    if kind == "map":
        return from_literal_map(literal.map)
    if kind != "scalar":
        return None
    scalar = literal.scalar
    which = scalar.WhichOneof("value")
    if which == "primitive":
        primitive = scalar.primitive
        value_kind = primitive.WhichOneof("value")
        if value_kind == "datetime":
            stamp = primitive.datetime
            return dt.datetime.fromtimestamp(stamp.seconds, dt.timezone.utc) + dt.timedelta(
                microseconds=stamp.nanos // 1000
            )
        if value_kind == "duration":
            d = primitive.duration
            return dt.timedelta(seconds=d.seconds, microseconds=d.nanos // 1000)
        return getattr(primitive, value_kind) if value_kind else None
    if which == "union":
        return from_literal(scalar.union.value)
    if which == "none_type":
        return None
    if which == "blob":
        return scalar.blob.uri
    if which == "structured_dataset":
        return scalar.structured_dataset.uri
    if which == "generic":
        return _key_order(json_format.MessageToDict(scalar.generic))
    if which == "binary":
        return scalar.binary.value
    return None


def literal_map(values: dict[str, Any], types: dict[str, LiteralType], what: str) -> literals_pb2.LiteralMap:
    """``values`` converted by ``types`` (an interface's variables), each error naming the
    input; unknown names are refused."""
    literals = {}
    for name, value in values.items():
        if name not in types:
            raise ValueError(f"{what} has no input named {name!r}; its inputs are {sorted(types)}")
        literals[name] = to_literal(value, types[name], f"input {name!r}")
    return literals_pb2.LiteralMap(literals=literals)
