"""Bad input to ``flytekit.idl``, compared with ``_pb2`` (upb) where both have a behaviour.

- truncated and corrupted bytes: both models reject, or both accept with equal results;
- invalid UTF-8 in string fields, hand-made wire edge cases, nesting depth limits;
- wrong types and out-of-range values given to constructors, setters and containers;
- non-bytes given to ``FromString``/``ParseFromString``/``MergeFromString``.
"""

from __future__ import annotations

from typing import Any

import pytest
from google.protobuf import message as pb_message
from google.protobuf import unknown_fields
from google.protobuf.descriptor import FieldDescriptor
from hypothesis import given, settings
from hypothesis import strategies as st

from flytekit_core.idl import DecodeError, EncodeError
from flytekit_core.idl.flyteidl.core import literals_pb2 as new_literals
from flytekit_core.idl.flyteidl.core import types_pb2 as new_types

from . import strategies as strat

F = FieldDescriptor
DESCRIPTORS = strat.all_message_descriptors()
ALL_NAMES = [d.full_name for d in DESCRIPTORS]
# descriptor.proto is proto2: upb does not check UTF-8 in its string fields (see
# test_proto2_string_fields_with_invalid_utf8), so random bytes are compared on proto3 types.
PROTO3_NAMES = [d.full_name for d in DESCRIPTORS if strat.is_proto3(d)]


def decode_both(d, data: bytes):
    """Decode ``data`` with both models; the new one must fail exactly when pb2 does, with DecodeError,
    and otherwise read and encode as pb2's parse does. One known difference is let through: a
    field number 0 where upb does not check field numbers (see ``_upb_tolerates_field_zero``)."""
    pb_cls, cls = strat.pb2_class(d), strat.new_class(d)
    try:
        expected = pb_cls.FromString(data)
    except pb_message.DecodeError:
        expected = None
    if expected is None:
        with pytest.raises(DecodeError):
            cls.FromString(data)
        target = cls()
        with pytest.raises(DecodeError):
            target.ParseFromString(data)
        return None
    try:
        got = cls.FromString(data)
    except DecodeError as error:
        if "invalid field number 0" in str(error) and _upb_tolerates_field_zero(d, data):
            return None
        raise
    encoded = got.SerializeToString(deterministic=True)
    if encoded != strat.pb2_bytes(expected):
        # the one place upb's own order is not reproducible: see _canonical
        assert _canonical(pb_cls.FromString(encoded)) == _canonical(expected)
        assert _has_unknown_map_entries(expected)
    again = pb_cls.FromString(got.SerializeToString())
    assert _canonical(again) == _canonical(expected)
    strat.assert_same(expected, got)
    return got


def _canonical(pb) -> Any:
    """A ``_pb2`` message's content, with map entries kept as unknown fields compared parsed.

    upb moves a map entry holding unknown fields to the parent's unknown fields, re-encoding
    it with its plain (hash-ordered) encoder, so maps inside such an entry come out in an
    order the new model cannot reproduce. Everything else is compared as is, in order.
    """
    d = pb.DESCRIPTOR
    maps = {f.number: f for f in d.fields if strat.is_map(f)}
    unknown = []
    for u in unknown_fields.UnknownFieldSet(pb):
        if u.wire_type == 2 and u.field_number in maps:
            entry = strat.pb2_class(maps[u.field_number].message_type).FromString(u.data)
            unknown.append(("entry", u.field_number, _canonical(entry)))
        else:
            unknown.append(("raw", u.field_number, u.wire_type, _raw(u.data)))
    known = strat.pb2_class(d)()
    known.CopyFrom(pb)
    known.DiscardUnknownFields()
    children = []
    for field, value in pb.ListFields():
        if field.type != F.TYPE_MESSAGE:
            continue
        if strat.is_map(field):
            if field.message_type.fields_by_name["value"].type == F.TYPE_MESSAGE:
                children.extend((field.name, k, _canonical(value[k])) for k in sorted(value))
        elif field.is_repeated:
            children.extend((field.name, i, _canonical(v)) for i, v in enumerate(value))
        else:
            children.append((field.name, None, _canonical(value)))
    return strat.pb2_bytes(known), unknown, children


def _raw(data: Any) -> Any:
    if isinstance(data, (int, bytes)):
        return data
    return [(u.field_number, u.wire_type, _raw(u.data)) for u in data]  # a group


def _has_unknown_map_entries(pb) -> bool:
    canonical = _canonical(pb)

    def walk(c) -> bool:
        _, unknown, children = c
        return any(u[0] == "entry" for u in unknown) or any(walk(child) for _, _, child in children)

    return walk(canonical)


def _upb_tolerates_field_zero(d, data: bytes) -> bool:
    """Whether ``data`` holds a field number 0 where upb does not check field numbers.

    A known difference: field number 0 is invalid, and upb rejects it, except (1) in messages
    without any field (``Void``, ``CatalogReservation``, ...) and (2) inside a group it skips
    as an unknown field; there it keeps it as part of an unknown field. The new model rejects
    field number 0 everywhere (see test_field_number_zero). Called for bytes upb accepted.
    """
    try:
        return _scan(d, data, lax=not d.fields)
    except IndexError:
        return False


def _read_varint(buf: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return result, pos


def _scan(d, buf: bytes, lax: bool, group: int | None = None, pos: int = 0) -> Any:
    """Walk fields (into known sub-messages, map entries and groups); True at a tolerated 0."""
    found = False
    while pos < len(buf):
        key, pos = _read_varint(buf, pos)
        number, wire_type = key >> 3, key & 7
        if number == 0 and lax:
            found = True
        if wire_type == 0:
            _, pos = _read_varint(buf, pos)
        elif wire_type == 1:
            pos += 8
        elif wire_type == 5:
            pos += 4
        elif wire_type == 2:
            size, pos = _read_varint(buf, pos)
            chunk, pos = buf[pos : pos + size], pos + size
            field = None if d is None else d.fields_by_number.get(number)
            if field is not None and field.type == F.TYPE_MESSAGE:
                sub = field.message_type
                found |= _scan(sub, chunk, lax=lax or not sub.fields)
        elif wire_type == 3:
            inner_found, pos = _scan(None, buf, lax=True, group=number, pos=pos)
            found |= inner_found
        elif wire_type == 4 and group is not None:
            return found, pos
    if group is not None:
        raise IndexError("unterminated group")
    return found


# -- truncation ------------------------------------------------------------------------------


@pytest.mark.parametrize("full_name", ALL_NAMES)
@settings(max_examples=strat.scaled(2))
@given(data=st.data())
def test_truncated(full_name, data):
    d = strat.descriptor_by_name()[full_name]
    pb = data.draw(strat.pb2_messages(d, depth=2, max_fields=10), label="message")
    full = strat.pb2_bytes(pb, deterministic=False)
    for end in range(len(full)):
        decode_both(d, full[:end])
    decode_both(d, full)


# -- corruption ------------------------------------------------------------------------------


@st.composite
def corrupted(draw, data: bytes) -> bytes:
    """``data`` with 1-3 random edits: bit flips, byte overwrites, insertions, deletions."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, max(len(out) - 1, 0)))
        kind = draw(st.sampled_from(["flip", "set", "insert", "delete"]))
        if kind == "flip" and out:
            out[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "set" and out:
            out[at] = draw(st.sampled_from([0x00, 0x7F, 0x80, 0xFF, 0x0A, 0x12, 0x1A, 0x08, 0x0B, 0x0C, 0x0D, 0x0F]))
        elif kind == "insert":
            out[at:at] = draw(st.binary(min_size=1, max_size=4))
        elif out:
            del out[at : at + draw(st.integers(1, 3))]
    return bytes(out)


@pytest.mark.parametrize("full_name", PROTO3_NAMES)
@settings(max_examples=strat.scaled(6))
@given(data=st.data())
def test_corrupted(full_name, data):
    d = strat.descriptor_by_name()[full_name]
    pb = data.draw(strat.pb2_messages(d, depth=3, max_fields=12), label="message")
    full = strat.pb2_bytes(pb, deterministic=False)
    decode_both(d, data.draw(corrupted(full), label="corrupted"))


IMPORTANT = [
    "flyteidl.core.Literal",
    "flyteidl.core.LiteralType",
    "flyteidl.core.TaskTemplate",
    "flyteidl.core.WorkflowClosure",
    "flyteidl.admin.TaskSpec",
    "flyteidl.admin.WorkflowSpec",
    "flyteidl.admin.LaunchPlan",
    "flyteidl.admin.Execution",
    "google.protobuf.Struct",
]


@pytest.mark.parametrize("full_name", IMPORTANT)
@settings(max_examples=strat.scaled(100))
@given(data=st.data())
def test_corrupted_important(full_name, data):
    d = strat.descriptor_by_name()[full_name]
    pb = data.draw(strat.pb2_messages(d, depth=4, max_fields=30), label="message")
    full = strat.pb2_bytes(pb, deterministic=False)
    decode_both(d, data.draw(corrupted(full), label="corrupted"))


@pytest.mark.parametrize("full_name", IMPORTANT)
@settings(max_examples=strat.scaled(100))
@given(data=st.data())
def test_random_bytes(full_name, data):
    decode_both(strat.descriptor_by_name()[full_name], data.draw(st.binary(max_size=40)))


# -- hand-made wire edge cases ---------------------------------------------------------------

T, V, LD = strat.tag, strat.varint, strat.len_delimited

# flyteidl.core.Primitive: integer=1 (int64), float_value=2 (double), string_value=3, boolean=4,
# datetime=5, duration=6 -- all in the oneof "value".
# flyteidl.core.Literal: scalar=1, collection=2, map=3, hash=4, metadata=5 (map<string,string>).
# flyteidl.core.LiteralType: simple=1 (enum SimpleType), ..., metadata=6 (Struct), structure=11.
# flyteidl.core.Resources: requests=1 (repeated ResourceEntry{name=1 enum, value=2 string}).
# flyteidl.core.Container: args=3 (repeated string), ports=7, data_config=9.
# flyteidl.core.ContainerPort: container_port=1 (uint32), name=2.
# flyteidl.core.IOStrategy: download_mode=1, upload_mode=2 (enums).
# flyteidl.core.ArrayNode: parallelism=2 (uint32, in a oneof); flyteidl.core.Span: spans=7 (repeated Span).
# flyteidl.core.BlobType: dimensionality=2 (enum).
WIRE_CASES = [
    ("flyteidl.core.Primitive", b""),
    ("flyteidl.core.Primitive", T(1, 0) + V(-1)),  # int64 -1 as a 10-byte varint
    ("flyteidl.core.Primitive", T(1, 0) + b"\xff" * 9 + b"\x01"),  # the largest 10-byte varint
    ("flyteidl.core.Primitive", T(1, 0) + b"\xff" * 9 + b"\x7f"),  # 10-byte varint with bits past 64
    ("flyteidl.core.Primitive", T(1, 0) + b"\xff" * 10 + b"\x01"),  # 11-byte varint
    ("flyteidl.core.Primitive", T(1, 0) + b"\x80\x80\x80\x00"),  # non-minimal varint of 0
    ("flyteidl.core.Primitive", T(1, 0) + b"\x80"),  # truncated varint
    ("flyteidl.core.Primitive", T(1, 1) + b"\x01" * 8),  # int64 with wire type fixed64: unknown field
    ("flyteidl.core.Primitive", T(1, 2) + b"\x00"),  # int64 with wire type LEN (not packable here)
    ("flyteidl.core.Primitive", T(1, 5) + b"\x01" * 4),
    ("flyteidl.core.Primitive", T(1, 3) + T(1, 4)),  # empty group where an int64 is
    ("flyteidl.core.Primitive", T(1, 3) + T(2, 4)),  # mismatched end group
    ("flyteidl.core.Primitive", T(1, 4)),  # lone end group
    ("flyteidl.core.Primitive", T(1, 6)),  # wire type 6
    ("flyteidl.core.Primitive", T(1, 7)),  # wire type 7
    ("flyteidl.core.Primitive", b"\x00"),  # field number 0
    ("flyteidl.core.Primitive", b"\x02\x00"),  # field number 0, LEN
    ("flyteidl.core.Primitive", T(2**29 - 1, 0) + V(1)),  # the largest field number
    ("flyteidl.core.Primitive", V((2**29) << 3) + V(1)),  # field number past the largest
    ("flyteidl.core.Primitive", V(2**35) + V(1)),  # tag past 32 bits
    ("flyteidl.core.Primitive", T(1000, 3) + T(1, 0) + V(5) + T(1000, 4)),  # unknown group
    ("flyteidl.core.Primitive", T(1000, 3) + T(1001, 3) + T(1001, 4) + T(1000, 4)),  # nested unknown groups
    ("flyteidl.core.Primitive", T(1000, 3) + T(1, 0) + V(5)),  # unterminated group
    ("flyteidl.core.Primitive", T(1000, 3) * 120 + T(1000, 4) * 120),  # deep unknown groups
    ("flyteidl.core.Primitive", T(2, 1) + b"\x00\x00\x00\x00\x00\x00\xf8\x7f"),  # NaN double
    ("flyteidl.core.Primitive", T(2, 1) + b"\x01\x00\x00\x00\x00\x00\xf0\x7f"),  # signalling NaN double
    ("flyteidl.core.Primitive", T(2, 1) + b"\x00" * 7),  # truncated double
    ("flyteidl.core.Primitive", T(4, 0) + V(2)),  # bool 2
    ("flyteidl.core.Primitive", T(4, 0) + V(2**64 - 1)),  # bool from a 10-byte varint
    ("flyteidl.core.Primitive", T(4, 0) + V(2**32)),  # bool with only high bits
    ("flyteidl.core.Primitive", LD(3, b"a") + T(1, 0) + V(7)),  # oneof: the last member wins
    ("flyteidl.core.Primitive", T(1, 0) + V(7) + LD(3, b"a")),
    ("flyteidl.core.Primitive", LD(5, T(1, 0) + V(1)) + LD(5, T(2, 0) + V(2))),  # message twice: merged
    ("flyteidl.core.Primitive", LD(5, T(1, 0) + V(1)) + LD(3, b"x") + LD(5, T(2, 0) + V(2))),
    ("flyteidl.core.Primitive", LD(3, b"\xef\xbb\xbf")),  # BOM
    ("flyteidl.core.Primitive", LD(3, b"\xf4\x8f\xbf\xbf")),  # U+10FFFF
    ("flyteidl.core.Primitive", T(3, 2) + V(5) + b"abc"),  # length past the end
    ("flyteidl.core.Primitive", T(3, 2) + V(2**63) + b"abc"),  # huge length
    ("flyteidl.core.Primitive", T(3, 2) + V(2**32 + 1) + b"abc"),  # length past 32 bits
    ("flyteidl.core.Primitive", T(5, 2) + V(3) + T(1, 0)),  # sub-message ends inside a field
    ("flyteidl.core.Primitive", LD(5, T(1, 0) + b"\x80")),  # truncated varint inside a sub-message
    ("flyteidl.core.LiteralType", T(1, 0) + V(2**31)),  # enum out of int32 range
    ("flyteidl.core.LiteralType", T(1, 0) + V(2**40 + 3)),
    ("flyteidl.core.LiteralType", T(1, 0) + V(-5)),  # negative enum
    ("flyteidl.core.LiteralType", T(1, 0) + V(999)),  # unknown number of an open enum
    ("flyteidl.core.LiteralType", LD(6, b"")),  # empty Struct
    ("flyteidl.core.Literal", LD(5, LD(1, b"k") + LD(2, b"v"))),  # map entry
    ("flyteidl.core.Literal", LD(5, LD(2, b"v") + LD(1, b"k"))),  # value before key
    ("flyteidl.core.Literal", LD(5, b"")),  # entry without key and value
    ("flyteidl.core.Literal", LD(5, LD(1, b"k"))),  # entry without value
    ("flyteidl.core.Literal", LD(5, LD(2, b"v"))),  # entry without key
    ("flyteidl.core.Literal", LD(5, LD(1, b"k") + LD(1, b"j") + LD(2, b"v"))),  # key twice
    ("flyteidl.core.Literal", LD(5, LD(1, b"k") + LD(2, b"v")) + LD(5, LD(1, b"k") + LD(2, b"w"))),  # dup key
    ("flyteidl.core.Literal", LD(5, LD(1, b"k") + LD(2, b"\xff"))),
    ("flyteidl.core.Literal", LD(5, LD(1, b"k") + LD(2, b"v") + b"\x80")),
    # an entry holding unknown fields (or a key or value of the wrong wire type): upb keeps it,
    # whole, in the parent's unknown fields
    ("flyteidl.core.Literal", LD(5, LD(1, b"k") + LD(2, b"v") + T(3, 0) + V(1))),
    ("flyteidl.core.Literal", LD(5, LD(1, b"k") + T(2, 0) + V(1))),
    ("flyteidl.core.Literal", LD(5, T(1, 0) + V(1) + LD(2, b"v"))),
    ("flyteidl.core.LiteralMap", LD(1, LD(1, b"k") + LD(2, b"") + LD(3, b"zz"))),
    # ... and whose value holds a map: upb re-encodes it in its hash order (see _canonical)
    (
        "flyteidl.core.LiteralMap",
        LD(1, LD(3, b"x") + LD(2, LD(5, LD(1, b"a") + LD(2, b"")) + LD(5, LD(2, b"")))),
    ),  # truncated inside an entry
    ("flyteidl.core.Literal", T(5, 0) + V(1)),  # map field with the wrong wire type
    ("flyteidl.core.LiteralMap", LD(1, LD(1, b"k") + LD(2, LD(4, b"h")) + LD(2, LD(5, LD(1, b"a"))))),
    ("flyteidl.core.LiteralMap", LD(1, LD(1, b"k") + LD(2, LD(4, b"h")) + LD(2, LD(4, b"i")))),
    ("flyteidl.core.LiteralMap", LD(1, LD(1, b"k") + LD(2, T(4, 0)))),  # bad value message
    ("flyteidl.core.LiteralMap", LD(1, LD(1, b"k"))),  # message value missing: a default value
    ("flyteidl.core.Resources", LD(1, T(1, 0) + V(3))),  # repeated message element
    ("flyteidl.core.Resources", LD(1, T(1, 0) + V(77))),  # open enum, unknown number
    ("flyteidl.core.Container", LD(3, b"a") + T(3, 0) + V(1) + LD(3, b"b")),  # repeated string, bad element
    ("flyteidl.core.Container", LD(3, b"")),  # empty repeated string element
    ("flyteidl.core.ContainerPort", T(1, 0) + V(2**32 + 5)),  # uint32 from a wide varint
    ("flyteidl.core.ContainerPort", T(1, 0) + V(-1)),
    ("flyteidl.core.IOStrategy", LD(1, V(1) + V(2) + V(99))),  # packed enum, not repeated: unknown
    ("flyteidl.core.ArrayNode", T(2, 0) + V(5)),  # parallelism: uint32 oneof
    ("flyteidl.core.Span", LD(7, LD(7, b"")) + LD(7, b"")),  # recursive Span
    ("flyteidl.core.BlobType", T(2, 0) + V(1) + T(2, 0) + V(0)),  # last value wins
    ("google.protobuf.ListValue", LD(1, T(1, 0) + V(0) + T(2, 1) + b"\x00" * 8 + LD(3, b"s"))),  # oneof in Value
    ("google.protobuf.Timestamp", T(1, 0) + V(-(2**63)) + T(2, 0) + V(-1)),
    ("google.protobuf.Duration", T(1, 0) + V(2**63 - 1) + T(2, 0) + V(2**31 - 1)),
    ("google.protobuf.Int32Value", T(1, 0) + V(2**32 + 7)),  # int32 truncation of a wide varint
    ("google.protobuf.UInt64Value", T(1, 0) + V(2**64 - 1)),
    ("google.protobuf.FloatValue", T(1, 5) + b"\x01\x00\x80\x7f"),  # signalling NaN float
    ("google.protobuf.FloatValue", T(1, 5) + b"\x00\x00\x80\xff"),  # -inf
    ("google.protobuf.FloatValue", T(1, 5) + b"\x01\x00\x00\x00"),  # subnormal
    ("google.protobuf.BoolValue", T(1, 0) + b"\x80\x80\x80\x80\x80\x80\x80\x80\x80\x01"),  # bool from bit 63
]


@pytest.mark.parametrize(("full_name", "data"), WIRE_CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(WIRE_CASES)])
def test_wire_edge_cases(full_name, data):
    decode_both(strat.descriptor_by_name()[full_name], data)


@pytest.mark.parametrize("data", [b"\x00\x00", b"\x02\x00", b"\x05\x00\x00\x00\x00", b"\x08\x01\x00\x07"])
def test_field_number_zero(data):
    """Field number 0 is invalid. upb rejects it in messages with fields, but accepts it (as an
    unknown field) in messages without any; the new model rejects it everywhere."""
    for name in ("flyteidl.core.Primitive", "flyteidl.core.Literal"):
        d = strat.descriptor_by_name()[name]
        with pytest.raises(pb_message.DecodeError):
            strat.pb2_class(d).FromString(data)
        with pytest.raises(DecodeError, match="field number 0"):
            strat.new_class(d).FromString(data)
    void = strat.descriptor_by_name()["flyteidl.core.Void"]
    assert strat.pb2_class(void).FromString(data).SerializeToString() == data  # upb
    with pytest.raises(DecodeError, match="field number 0"):
        strat.new_class(void).FromString(data)
    scalar = strat.descriptor_by_name()["flyteidl.core.Scalar"]  # Scalar.none_type: Void
    nested = strat.len_delimited(5, data)
    assert strat.pb2_class(scalar).FromString(nested).HasField("none_type")  # upb
    with pytest.raises(DecodeError, match="field number 0"):
        strat.new_class(scalar).FromString(nested)
    assert _upb_tolerates_field_zero(void, data)
    assert _upb_tolerates_field_zero(scalar, nested)


@pytest.mark.parametrize(
    "group",
    [
        T(2, 3) + b"\x00\x4a" + T(2, 4),  # field 0 (varint) inside an unknown group
        T(1000, 3) + b"\x02\x01x" + T(1000, 4),  # field 0 (LEN) inside an unknown group
        T(1000, 3) + T(7, 3) + b"\x00\x00" + T(7, 4) + T(1000, 4),  # nested groups
    ],
)
def test_field_number_zero_in_unknown_groups(group):
    """upb skips an unknown group without checking the field numbers inside it; the new model
    rejects field number 0 there too (a known difference, see _upb_tolerates_field_zero)."""
    d = strat.descriptor_by_name()["flyteidl.core.LiteralType"]
    data = T(1, 0) + V(3) + group
    assert strat.pb2_class(d).FromString(data).simple == 3  # upb
    with pytest.raises(DecodeError, match="field number 0"):
        strat.new_class(d).FromString(data)
    assert _upb_tolerates_field_zero(d, data)
    assert not _upb_tolerates_field_zero(d, T(1, 0) + V(3) + b"\x00\x01")


@pytest.mark.parametrize(
    "full_name", ["flyteidl.core.TaskTemplate", "flyteidl.core.Container", "flyteidl.core.LiteralType"]
)
def test_packed_and_unpacked_repeated_fields(full_name):
    """Every repeated scalar field decodes from both its packed and its unpacked encodings."""
    d = strat.descriptor_by_name()[full_name]
    for field in d.fields:
        if not field.is_repeated or strat.is_map(field) or field.type in (F.TYPE_MESSAGE, F.TYPE_STRING, F.TYPE_BYTES):
            continue
        values = [0, 1, 5, 300]
        unpacked = b"".join(strat.tag(field.number, 0) + strat.varint(v) for v in values)
        packed = strat.len_delimited(field.number, b"".join(strat.varint(v) for v in values))
        for data in (unpacked, packed, packed + unpacked, strat.len_delimited(field.number, b"")):
            decode_both(d, data)


def _all_repeated_scalar_fields():
    for d in DESCRIPTORS:
        if not strat.is_proto3(d):
            continue
        for field in d.fields:
            if (
                field.is_repeated
                and not strat.is_map(field)
                and field.type not in (F.TYPE_MESSAGE, F.TYPE_STRING, F.TYPE_BYTES)
            ):
                yield d, field


@pytest.mark.parametrize(
    ("d", "field"), list(_all_repeated_scalar_fields()), ids=lambda x: getattr(x, "full_name", "f")
)
def test_repeated_scalar_wire_forms(d, field):
    """Packed, unpacked, mixed and empty-packed encodings of every repeated scalar field."""
    wire = {
        F.TYPE_DOUBLE: 1,
        F.TYPE_FIXED64: 1,
        F.TYPE_SFIXED64: 1,
        F.TYPE_FLOAT: 5,
        F.TYPE_FIXED32: 5,
        F.TYPE_SFIXED32: 5,
    }
    wt = wire.get(field.type, 0)

    def raw(v: int) -> bytes:
        if wt == 1:
            return v.to_bytes(8, "little")
        if wt == 5:
            return v.to_bytes(4, "little")
        return strat.varint(v)

    values = [0, 1, 2, 127, 128, 2**31 - 1]
    unpacked = b"".join(strat.tag(field.number, wt) + raw(v) for v in values)
    packed = strat.len_delimited(field.number, b"".join(raw(v) for v in values))
    for data in (unpacked, packed, packed + unpacked, strat.len_delimited(field.number, b""), packed[:-1]):
        decode_both(d, data)


# -- invalid UTF-8 ---------------------------------------------------------------------------

BAD_UTF8 = [b"\xff", b"\xc0\x80", b"\xed\xa0\x80", b"\xe6\x97", b"ok\x80", b"\xf4\x90\x80\x80"]


def _string_fields(proto3: bool):
    for d in DESCRIPTORS:
        if strat.is_proto3(d) != proto3:
            continue
        for field in d.fields:
            if strat.is_map(field):
                entry = field.message_type
                for part in ("key", "value"):
                    if entry.fields_by_name[part].type == F.TYPE_STRING:
                        yield d, field, part
            elif field.type == F.TYPE_STRING:
                yield d, field, None


def _bad_string_encoding(field, part, bad: bytes) -> bytes:
    if part is None:
        return strat.len_delimited(field.number, bad)
    number = 1 if part == "key" else 2
    return strat.len_delimited(field.number, strat.len_delimited(number, bad))


PROTO3_STRING_FIELDS = list(_string_fields(proto3=True))


def test_string_field_count():
    assert len(PROTO3_STRING_FIELDS) > 500


@pytest.mark.parametrize("bad", BAD_UTF8)
def test_invalid_utf8_in_every_string_field(bad):
    """Every proto3 string field (map keys and values included) rejects invalid UTF-8, naming the field."""
    for d, field, part in PROTO3_STRING_FIELDS:
        data = _bad_string_encoding(field, part, bad)
        with pytest.raises(pb_message.DecodeError):
            strat.pb2_class(d).FromString(data)
        with pytest.raises(DecodeError) as info:
            strat.new_class(d).FromString(data)
        message = str(info.value)
        assert field.name in message and d.full_name in message, message


def test_invalid_utf8_in_nested_and_repeated_strings():
    lit = strat.descriptor_by_name()["flyteidl.core.Literal"]
    # Literal.collection.literals[1].scalar.primitive.string_value
    primitive = strat.len_delimited(3, b"\xff")
    inner = strat.len_delimited(1, strat.len_delimited(1, primitive))
    data = strat.len_delimited(2, strat.len_delimited(1, b"") + strat.len_delimited(1, inner))
    with pytest.raises(pb_message.DecodeError):
        strat.pb2_class(lit).FromString(data)
    with pytest.raises(DecodeError, match="string_value"):
        strat.new_class(lit).FromString(data)
    container = strat.descriptor_by_name()["flyteidl.core.Container"]
    data = strat.len_delimited(3, b"ok") + strat.len_delimited(3, b"\xfe")
    with pytest.raises(pb_message.DecodeError):
        strat.pb2_class(container).FromString(data)
    with pytest.raises(DecodeError, match="args"):
        strat.new_class(container).FromString(data)


def test_proto2_string_fields_with_invalid_utf8():
    """A known difference: upb does not check UTF-8 in proto2 (descriptor.proto) string fields
    and hands back ``bytes``; the new model decodes every string field to ``str`` and rejects it."""
    fields = list(_string_fields(proto3=False))
    assert fields
    for d, field, part in fields:
        data = _bad_string_encoding(field, part, b"\xff")
        strat.pb2_class(d).FromString(data)  # upb accepts
        with pytest.raises(DecodeError, match=field.name):
            strat.new_class(d).FromString(data)


# -- nesting depth ---------------------------------------------------------------------------


def _literal_chain(levels: int, via: str) -> bytes:
    """A ``Literal`` whose innermost message is ``levels`` messages deep (the root is level 1).

    ``via="collection"``: Literal > LiteralCollection > Literal > ...;
    ``via="map"``: Literal > LiteralMap > map entry > Literal > ... (entries count, as in upb).
    """
    cycle = ["Literal", "LiteralCollection"] if via == "collection" else ["Literal", "LiteralMap", "entry"]
    kinds = [cycle[i % len(cycle)] for i in range(levels)]
    data = b""  # the innermost message: empty
    for parent in reversed(kinds[:-1]):  # wrap the child's encoding into its parent's
        if parent == "Literal":
            data = strat.len_delimited(2 if via == "collection" else 3, data)  # .collection / .map
        elif parent == "entry":
            data = strat.len_delimited(1, b"k") + strat.len_delimited(2, data)  # key, value
        else:
            data = strat.len_delimited(1, data)  # LiteralCollection.literals / LiteralMap.literals
    return data


def _depth_of(pb) -> int:
    """Message levels of a ``_pb2`` message, map entries included (the root is level 1)."""
    best = 1
    for field, value in pb.ListFields():
        if field.type != F.TYPE_MESSAGE:
            continue
        if strat.is_map(field):
            if field.message_type.fields_by_name["value"].type != F.TYPE_MESSAGE:
                best = max(best, 2)
            for child in value.values():
                best = max(best, 2 + _depth_of(child))
        elif field.is_repeated:
            for child in value:
                best = max(best, 1 + _depth_of(child))
        else:
            best = max(best, 1 + _depth_of(value))
    return best


LEVELS = [2, 50, 99, 100, 101, 102, 103, 150, 200, 1000, 20000]


@pytest.mark.parametrize("via", ["collection", "map"])
@pytest.mark.parametrize("levels", LEVELS)
def test_nesting_depth_matches_upb(levels, via):
    """Both models accept 101 message levels (the root and 100 below it) and reject deeper ones."""
    d = strat.descriptor_by_name()["flyteidl.core.Literal"]
    data = _literal_chain(levels, via)
    got = decode_both(d, data)
    if levels <= 101:
        assert got is not None
        # an innermost map entry without a value reads as holding a default Literal
        innermost_entry = via == "map" and levels % 3 == 0
        assert _depth_of(strat.pb2_class(d).FromString(data)) == levels + innermost_entry
        if not innermost_entry:
            assert got.SerializeToString() == data
    else:
        assert got is None


@pytest.mark.parametrize("literals", [49, 50, 51, 99, 100, 101, 200])
def test_literal_nested_in_collections(literals):
    """``literals`` Literals nested through collections (2 message levels each) around a leaf."""
    d = strat.descriptor_by_name()["flyteidl.core.Literal"]
    leaf = strat.len_delimited(1, strat.len_delimited(1, strat.tag(1, 0) + strat.varint(1)))  # scalar.primitive.integer
    data = leaf
    for _ in range(literals):
        data = strat.len_delimited(2, strat.len_delimited(1, data))
    got = decode_both(d, data)
    assert (got is not None) == (literals <= 49)  # 2 * 49 + 3 = 101 levels


def test_deep_messages_fail_to_encode_cleanly():
    """A known difference: upb encodes messages of any depth (which it then cannot decode);
    the new encoder stops past 101 levels with EncodeError."""
    root = new_literals.Literal()
    node = root
    for _ in range(60):
        node = node.collection.literals.add()
    with pytest.raises(EncodeError, match="nesting"):
        root.SerializeToString()
    with pytest.raises(EncodeError):
        root.ByteSize()
    node = root
    for _ in range(50):
        node = node.collection.literals[0]
    node.ClearField("collection")
    assert len(root.SerializeToString()) > 0  # 101 levels


# -- wrong values through the API ------------------------------------------------------------

BAD_VALUES = {
    "int": ["1", 1.0, 1.5, b"1", None, [], object()],
    "float": ["1.0", b"1", None, [], object()],
    "bool": ["true", 1.0, b"1", None, [], object()],
    "string": [1, 1.5, None, [], object(), ["a"]],
    "bytes": ["abc", 1, None, [b"a"], object()],
    "enum": [1.0, b"1", None, [], object()],
    "message": [1, "x", b"", []],
}


def _kind(field: FieldDescriptor) -> str:
    if field.type in strat.INT_RANGES:
        return "int"
    return {
        F.TYPE_DOUBLE: "float",
        F.TYPE_FLOAT: "float",
        F.TYPE_BOOL: "bool",
        F.TYPE_STRING: "string",
        F.TYPE_BYTES: "bytes",
        F.TYPE_ENUM: "enum",
        F.TYPE_MESSAGE: "message",
    }[field.type]


def _raises_pb(exc, fn, *args, **kwargs) -> bool:
    """Whether ``fn(*args, **kwargs)`` (a pb2 call) raises ``exc``."""
    try:
        fn(*args, **kwargs)
    except exc:
        return True
    except Exception:
        return False
    return False


@pytest.mark.parametrize("full_name", ALL_NAMES)
def test_wrong_types(full_name):
    """Wrong types to constructors, setters and containers: TypeError naming the field, as pb2 raises."""
    d = strat.descriptor_by_name()[full_name]
    pb_cls, cls = strat.pb2_class(d), strat.new_class(d)
    for field in d.fields:
        name = field.name
        if strat.is_map(field):
            key_field, value_field = (field.message_type.fields_by_name[n] for n in ("key", "value"))
            for bad in BAD_VALUES[_kind(key_field)]:
                if bad is None:
                    continue
                with pytest.raises(TypeError, match=name):
                    getattr(cls(), name)[bad] = _good(value_field)
            for bad in BAD_VALUES[_kind(value_field)]:
                if bad is None:
                    continue
                if value_field.type != F.TYPE_MESSAGE:
                    assert _raises_pb(TypeError, pb_cls, **{name: {_good(key_field): bad}})
                with pytest.raises(TypeError, match=name):
                    cls(**{name: {_good(key_field): bad}})
                with pytest.raises(TypeError, match=name):
                    getattr(cls(), name)[_good(key_field)] = bad
            with pytest.raises(TypeError, match=name):
                cls(**{name: [1]})
            continue
        bad_values = [b for b in BAD_VALUES[_kind(field)] if b is not None]
        if field.is_repeated:
            for bad in bad_values:
                if field.type == F.TYPE_STRING and bad == ["a"]:
                    continue
                if field.type != F.TYPE_MESSAGE:
                    assert _raises_pb(TypeError, pb_cls, **{name: [bad]}), (name, bad)
                with pytest.raises(TypeError, match=name):
                    cls(**{name: [bad]})
                with pytest.raises(TypeError, match=name):
                    getattr(cls(), name).append(bad)
                with pytest.raises(TypeError, match=name):
                    getattr(cls(), name).extend([_good(field), bad])
            with pytest.raises(TypeError, match=name):
                cls(**{name: 5})
            continue
        for bad in bad_values:
            # pb2 converts some values for well-known message types (dict to Struct, list to
            # ListValue, datetime to Timestamp), and so do we: only values pb2 rejects are bad
            if not _raises_pb(TypeError, pb_cls, **{name: bad}):
                assert field.type == F.TYPE_MESSAGE, (name, bad)
                continue
            with pytest.raises(TypeError, match=name):
                cls(**{name: bad})
            obj = cls()
            with pytest.raises(TypeError, match=name):
                setattr(obj, name, bad)
            assert obj.SerializeToString() == b""


def _good(field: FieldDescriptor):
    kind = _kind(field)
    if kind == "message":
        return strat.new_class(field.message_type)()
    return {"int": 1, "float": 1.0, "bool": True, "string": "s", "bytes": b"b", "enum": 0}[kind]


@pytest.mark.parametrize("full_name", ALL_NAMES)
def test_out_of_range_ints(full_name):
    """Integers out of a field's range raise ValueError, as in pb2; the extremes are accepted."""
    d = strat.descriptor_by_name()[full_name]
    pb_cls, cls = strat.pb2_class(d), strat.new_class(d)
    for field in d.fields:
        if (field.type not in strat.INT_RANGES and field.type != F.TYPE_ENUM) or strat.is_map(field):
            continue
        low, high = strat.INT_RANGES.get(field.type, (-(2**31), 2**31 - 1))
        for bad in (low - 1, high + 1, 2**64, -(2**64), 2**100):
            value = [bad] if field.is_repeated else bad
            assert _raises_pb(ValueError, pb_cls, **{field.name: value})
            with pytest.raises(ValueError, match=field.name):
                cls(**{field.name: value})
        if field.type == F.TYPE_ENUM and field.enum_type.is_closed:
            continue
        for good in (low, high):
            value = [good] if field.is_repeated else good
            obj = cls(**{field.name: value})
            assert obj.SerializeToString() == pb_cls(**{field.name: value}).SerializeToString()


def test_unknown_keyword():
    for d in DESCRIPTORS:
        with pytest.raises(ValueError, match="no_such_field"):
            strat.pb2_class(d)(no_such_field=1)
        with pytest.raises(ValueError, match="no_such_field"):
            strat.new_class(d)(no_such_field=1)


def test_unknown_attribute():
    lit = new_literals.Literal()
    with pytest.raises(AttributeError):
        lit.no_such_field = 1
    with pytest.raises(AttributeError):
        _ = lit.no_such_field


def test_enum_names_and_unknown_numbers():
    lt = new_types.LiteralType(simple="STRING")
    assert lt.simple == new_types.SimpleType.STRING == 3
    lt.simple = "INTEGER"
    assert lt.simple == 1
    with pytest.raises(ValueError, match="simple"):
        new_types.LiteralType(simple="NOT_A_TYPE")
    with pytest.raises(ValueError, match="simple"):
        lt.simple = "NOT_A_TYPE"
    # open enum: unknown numbers are kept, through set, encode and decode
    lt = new_types.LiteralType(simple=12345)
    assert lt.simple == 12345
    data = lt.SerializeToString()
    assert strat.pb2_class(strat.descriptor_by_name()["flyteidl.core.LiteralType"]).FromString(data).simple == 12345
    assert new_types.LiteralType.FromString(data).simple == 12345
    with pytest.raises(ValueError):
        new_types.SimpleType.Name(12345)
    assert new_types.SimpleType.Name(3) == "STRING"
    assert new_types.SimpleType.Value("STRING") == 3
    with pytest.raises(ValueError):
        new_types.SimpleType.Value("NOT_A_TYPE")
    # repeated enum and map of enums accept names too
    from flytekit_core.idl.flyteidl.core import tasks_pb2

    res = tasks_pb2.Resources(requests=[{"name": "CPU", "value": "1"}])
    assert res.requests[0].name == tasks_pb2.Resources.ResourceName.CPU
    res.requests.add(name="MEMORY")
    assert res.requests[1].name == tasks_pb2.Resources.ResourceName.MEMORY


def test_closed_enums_reject_unknown_numbers():
    d = strat.descriptor_by_name()["google.protobuf.FieldDescriptorProto"]
    cls = strat.new_class(d)
    with pytest.raises(ValueError, match="type"):
        cls(type=999)
    assert cls(type="TYPE_STRING").type == 9
    # on the wire, an unknown number of a closed enum goes to the unknown fields, as in upb
    decode_both(d, strat.tag(5, 0) + strat.varint(999) + strat.tag(5, 0) + strat.varint(9))


@pytest.mark.parametrize("bad", ["abc", "", 5, None, 1.5, [1, 2], object()])
def test_non_bytes_to_parsers(bad):
    cls = new_literals.Literal
    pb_cls = strat.pb2_class(strat.descriptor_by_name()["flyteidl.core.Literal"])
    assert _raises_pb(TypeError, pb_cls.FromString, bad)
    with pytest.raises(TypeError):
        cls.FromString(bad)
    with pytest.raises(TypeError):
        cls().ParseFromString(bad)
    with pytest.raises(TypeError):
        cls().MergeFromString(bad)


@pytest.mark.parametrize("kind", [bytearray, memoryview])
def test_bytes_like_to_parsers(kind):
    data = new_literals.Literal(hash="h").SerializeToString()
    assert new_literals.Literal.FromString(kind(data)).hash == "h"
    pb_cls = strat.pb2_class(strat.descriptor_by_name()["flyteidl.core.Literal"])
    assert pb_cls.FromString(kind(data)).hash == "h"


def test_wrong_message_types_to_merge_and_copy():
    lit = new_literals.Literal()
    with pytest.raises(TypeError):
        lit.MergeFrom(new_literals.Scalar())
    with pytest.raises(TypeError):
        lit.CopyFrom(new_literals.Scalar())
    with pytest.raises(TypeError):
        lit.MergeFrom(strat.pb2_class(strat.descriptor_by_name()["flyteidl.core.Literal"])())


def test_bool_is_not_an_int_or_enum():
    """pb2 (upb) rejects bool for integer and enum fields ("Expected an int, got a boolean")."""
    pb_primitive = strat.pb2_class(strat.descriptor_by_name()["flyteidl.core.Primitive"])
    pb_type = strat.pb2_class(strat.descriptor_by_name()["flyteidl.core.LiteralType"])
    assert _raises_pb(TypeError, pb_primitive, integer=True)
    assert _raises_pb(TypeError, pb_type, simple=True)
    with pytest.raises(TypeError, match="integer"):
        new_literals.Primitive(integer=True)
    with pytest.raises(TypeError, match="simple"):
        new_types.LiteralType(simple=False)


def test_lone_surrogates_rejected_when_set():
    """pb2 (upb) refuses a str that is not encodable as UTF-8 when it is set, not when encoding."""
    pb_primitive = strat.pb2_class(strat.descriptor_by_name()["flyteidl.core.Primitive"])
    assert _raises_pb(ValueError, pb_primitive, string_value="\ud800")
    with pytest.raises(ValueError, match="string_value"):
        new_literals.Primitive(string_value="\ud800")
    with pytest.raises(ValueError, match="metadata"):
        new_literals.Literal(metadata={"\udfff": "v"})
