"""Hypothesis strategies for messages of any IDL type, built from the protobuf-free
classes' own schema (no ``protobuf`` needed, so the grpc-free run uses them too).

Messages get random fields of every kind (scalars at their extremes, unicode strings,
enums, nested messages, repeated fields, maps, oneofs), sometimes unknown fields, and
nesting up to ``depth``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from hypothesis import strategies as st

from flytekit_core.idl import Message, class_for
from flytekit_core.idl.message import MAP, REPEATED, FieldInfo

_INT_RANGES = {
    "int32": (-(2**31), 2**31 - 1),
    "sint32": (-(2**31), 2**31 - 1),
    "sfixed32": (-(2**31), 2**31 - 1),
    "int64": (-(2**63), 2**63 - 1),
    "sint64": (-(2**63), 2**63 - 1),
    "sfixed64": (-(2**63), 2**63 - 1),
    "uint32": (0, 2**32 - 1),
    "fixed32": (0, 2**32 - 1),
    "uint64": (0, 2**64 - 1),
    "fixed64": (0, 2**64 - 1),
}


def _ints(kind: str) -> st.SearchStrategy[int]:
    low, high = _INT_RANGES[kind]
    return st.one_of(st.sampled_from([low, high, 0, 1, -1 if low < 0 else 2]), st.integers(low, high))


@cache
def scalar(kind: str) -> st.SearchStrategy[Any]:
    if kind in _INT_RANGES:
        return _ints(kind)
    if kind == "bool":
        return st.booleans()
    if kind == "string":
        return st.text(max_size=20)
    if kind == "bytes":
        return st.binary(max_size=20)
    if kind == "double":
        return st.floats()
    if kind == "float":
        return st.floats(width=32)
    raise AssertionError(f"unknown scalar kind {kind}")


def _enum(field: FieldInfo) -> st.SearchStrategy[int]:
    known = st.sampled_from(list(class_for(field.type_name).values()))
    if field.closed:
        return known
    # Open (proto3) enums keep numbers they do not name.
    return st.one_of(known, st.integers(-(2**31), 2**31 - 1))


def _value(field: FieldInfo, depth: int) -> st.SearchStrategy[Any]:
    if field.kind == "message":
        return messages(field.type_name, depth - 1)
    if field.kind == "enum":
        return _enum(field)
    return scalar(field.kind)


def varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _unknown_fields(cls: type[Message]) -> st.SearchStrategy[bytes]:
    """Wire bytes of one or two fields (varint or length-delimited) the type does not declare."""
    first_free = max((f.number for f in cls.DESCRIPTOR.fields), default=0) + 1
    numbers = st.integers(first_free, first_free + 50)
    varint_field = st.builds(lambda n, v: varint(n << 3) + varint(v), numbers, st.integers(0, 2**64 - 1))
    blob_field = st.builds(lambda n, p: varint(n << 3 | 2) + varint(len(p)) + p, numbers, st.binary(max_size=10))
    return st.lists(st.one_of(varint_field, blob_field), min_size=1, max_size=2).map(b"".join)


@st.composite
def _message(draw: Any, full_name: str, depth: int) -> Message:
    cls = class_for(full_name)
    fields = [f for f in cls.DESCRIPTOR.fields if depth > 0 or f.kind != "message"]
    chosen = draw(st.lists(st.sampled_from(fields), unique_by=lambda f: f.name, max_size=6)) if fields else []
    kwargs: dict[str, Any] = {}
    oneofs: set[str] = set()
    for field in chosen:
        if field.oneof is not None:
            if field.oneof in oneofs:
                continue
            oneofs.add(field.oneof)
        if field.cardinality == REPEATED:
            kwargs[field.name] = draw(st.lists(_value(field, depth), max_size=3))
        elif field.cardinality == MAP:
            keys = scalar(field.key_kind)
            kwargs[field.name] = draw(st.dictionaries(keys, _value(field, depth), max_size=3))
        else:
            kwargs[field.name] = draw(_value(field, depth))
    message = cls(**kwargs)
    if draw(st.integers(0, 9)) == 0:
        message.MergeFromString(draw(_unknown_fields(cls)))
    return message  # type: ignore[no-any-return]


def messages(full_name: str, depth: int = 3) -> st.SearchStrategy[Message]:
    """Messages of the type ``full_name`` (its module must be imported), nested at most ``depth`` deep."""
    return st.deferred(lambda: _message(full_name, depth))
