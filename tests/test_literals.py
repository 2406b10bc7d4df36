"""Python values to literals and back, by interface type (protobuf-free)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import logging
from typing import Any

import pytest

from flytekit_core.idl import json_format
from flytekit_core.idl.errors import DecodeError
from flytekit_core.idl.flyteidl.core import literals_pb2, types_pb2
from flytekit_core.idl.google.protobuf import struct_pb2
from flytekit_core.remote_common.literals import (
    BlobRef,
    DatasetRef,
    PickledValue,
    from_literal,
    from_literal_map,
    literal_map,
    to_literal,
)

T = types_pb2.LiteralType
UTC = dt.timezone.utc
INT, FLOAT, STR, BOOL, NONE = T(simple=1), T(simple=2), T(simple=3), T(simple=4), T(simple=0)
OPTIONAL_INT = T(union_type={"variants": [INT, NONE]})


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


@dataclasses.dataclass
class Point:
    x: float
    label: str


@pytest.mark.parametrize(
    ("value", "literal_type", "back"),
    [
        (7, INT, 7),
        (-(2**63), INT, -(2**63)),
        (2, FLOAT, 2.0),
        ("ünïcode ✓", STR, "ünïcode ✓"),
        (False, BOOL, False),
        (
            dt.datetime(2024, 2, 29, 12, 30, 1, 5),
            T(simple=5),
            dt.datetime(2024, 2, 29, 12, 30, 1, 5, tzinfo=dt.timezone.utc),
        ),
        (dt.timedelta(days=1, microseconds=3), T(simple=6), dt.timedelta(days=1, microseconds=3)),
        (None, OPTIONAL_INT, None),
        (4, OPTIONAL_INT, 4),
        ([[1], [2, 3]], T(collection_type={"collection_type": INT}), [[1], [2, 3]]),
        ({"a": {"b": True}}, T(map_value_type={"map_value_type": BOOL}), {"a": {"b": True}}),
        (Color.BLUE, T(enum_type={"values": ["red", "blue"]}), "blue"),
        ("red", T(enum_type={"values": ["red", "blue"]}), "red"),
        ({"k": [1, "x"]}, T(simple=9), {"k": [1.0, "x"]}),
        (Point(1.5, "p"), T(simple=9), {"x": 1.5, "label": "p"}),
        ("s3://bucket/file.csv", T(blob={"dimensionality": 0}), "s3://bucket/file.csv"),
        ("s3://bucket/table", T(structured_dataset_type={"format": "parquet"}), "s3://bucket/table"),
    ],
)
def test_round_trips(value: Any, literal_type: Any, back: Any) -> None:
    assert from_literal(to_literal(value, literal_type, "x")) == back


@pytest.mark.parametrize(
    ("value", "literal_type", "message"),
    [
        (True, INT, "expected int, got bool"),
        ("1", INT, "expected int, got str"),
        (1.5, INT, "expected int"),
        (None, INT, "expected int, got NoneType"),
        ([1, "a"], T(collection_type=INT), r"x\[1\]: expected int"),
        ({1: 2}, T(map_value_type=INT), r"expected dict\[str, int\]"),
        ("green", T(enum_type={"values": ["red"]}), r"one of \['red'\]"),
        ("x", OPTIONAL_INT, "expected int | None"),
        (dt.date(2024, 1, 1), T(simple=5), "expected datetime"),
    ],
)
def test_wrong_values_name_the_input(value: Any, literal_type: Any, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        to_literal(value, literal_type, "x")


def test_literals_pass_through_and_maps_check_names() -> None:
    literal = literals_pb2.Literal(scalar={"primitive": {"integer": 3}})
    assert to_literal(literal, STR, "x") is literal
    with pytest.raises(ValueError, match="no input named 'b'"):
        literal_map({"b": 1}, {"a": INT}, "task t")
    assert from_literal(literal_map({"a": 1}, {"a": INT}, "t").literals["a"]) == 1


STRUCT = T(simple=9)


def test_dicts_and_dataclasses_are_messagepack_as_flytekit_writes_them() -> None:
    literal = to_literal({"k": [1, 2], "z": {"a": 1.5}}, STRUCT, "x")
    # The bytes flytekit 1.16.31 writes for the same dict (msgpack-python's packb).
    assert literal.scalar.binary.tag == "msgpack"
    assert literal.scalar.binary.value.hex() == "82a16b920102a17a81a161cb3ff8000000000000"
    nested = to_literal(Point(2.0, "p"), STRUCT, "x")
    assert nested.scalar.binary.value == bytes.fromhex("82a178cb4000000000000000a56c6162656ca170")
    assert from_literal(nested) == {"x": 2.0, "label": "p"}
    with pytest.raises(TypeError, match="x: cannot encode a object as MessagePack"):
        to_literal({"k": object()}, STRUCT, "x")


def test_json_structs_of_older_flytekit_still_read() -> None:
    generic = literals_pb2.Literal(scalar={"generic": json_format.ParseDict({"b": 1, "a": "s"}, struct_pb2.Struct())})
    assert list(from_literal(generic).items()) == [("a", "s"), ("b", 1.0)]


def test_union_variant_chosen_as_flytekit_chooses() -> None:
    tagged = lambda t, tag: T(**t, structure={"tag": tag})  # noqa: E731
    int_or_float = T(union_type={"variants": [tagged({"simple": 1}, "int"), tagged({"simple": 2}, "float")]})
    chosen = to_literal(1, int_or_float, "x").scalar.union
    assert (chosen.type.structure.tag, chosen.value.scalar.primitive.integer) == ("int", 1)
    str_or_enum = T(
        union_type={"variants": [tagged({"enum_type": {"values": ["a"]}}, "E"), tagged({"simple": 3}, "str")]}
    )
    assert to_literal("a", str_or_enum, "x").scalar.union.type.structure.tag == "str"
    # In a union a float takes no int (flytekit's float refuses it there), so [1] is a list[int].
    lists = T(union_type={"variants": [T(collection_type=FLOAT), T(collection_type=INT)]})
    assert to_literal([1], lists, "x").scalar.union.type.collection_type.simple == INT.simple
    twins = T(union_type={"variants": [tagged({"collection_type": INT}, "a"), tagged({"collection_type": INT}, "b")]})
    with pytest.raises(TypeError, match="fits more than one of"):
        to_literal([1], twins, "x")


def test_times_convert_exactly_as_protobuf_normalizes_them() -> None:
    duration = to_literal(dt.timedelta(seconds=-1.5), T(simple=6), "x").scalar.primitive.duration
    assert (duration.seconds, duration.nanos) == (-1, -500_000_000)
    assert from_literal(to_literal(dt.timedelta(seconds=-1.5), T(simple=6), "x")) == dt.timedelta(seconds=-1.5)
    before = dt.datetime(1900, 1, 1, 0, 0, 0, 1, tzinfo=UTC)
    stamp = to_literal(before, T(simple=5), "x").scalar.primitive.datetime
    assert (stamp.seconds, stamp.nanos) == (-2208988800, 1000)
    assert from_literal(to_literal(before, T(simple=5), "x")) == before


def test_files_directories_datasets_and_pickles_keep_what_they_are() -> None:
    directory = to_literal("s3://b/dir", T(blob={"format": "csv", "dimensionality": 1}), "x")
    ref = from_literal(directory)
    assert isinstance(ref, BlobRef) and (ref, ref.format, ref.multipart) == ("s3://b/dir", "csv", True)
    dataset = to_literal(DatasetRef("s3://b/t", "parquet"), T(structured_dataset_type={}), "x")
    read = from_literal(dataset)
    assert isinstance(read, DatasetRef) and (read.uri, read.format) == ("s3://b/t", "parquet")
    pickled_blob = literals_pb2.Literal(
        scalar={"blob": {"uri": "s3://b/p", "metadata": {"type": {"format": "PythonPickle"}}}}
    )
    pickled = from_literal(pickled_blob)
    assert isinstance(pickled, PickledValue) and pickled.uri == "s3://b/p"
    assert to_literal(pickled, T(blob={"format": "PythonPickle"}), "x") is pickled_blob
    pickle_file = json_format.ParseDict({"pickle_file": "s3://b/q"}, struct_pb2.Struct())
    generic = literals_pb2.Literal(scalar={"generic": pickle_file}, metadata={"format": "pickle"})
    assert from_literal(generic) == PickledValue(generic) and from_literal(generic).uri == "s3://b/q"
    with pytest.raises(TypeError, match="expected a pickled value"):
        to_literal("s3://b/p", T(blob={"format": "PythonPickle"}), "x")


def test_error_literals_read_as_their_error() -> None:
    literal = literals_pb2.Literal(scalar={"error": {"failed_node_id": "n1", "message": "boom"}})
    error = from_literal(literal)
    assert (error.failed_node_id, error.message) == ("n1", "boom")


@pytest.mark.parametrize(
    "literal",
    [
        literals_pb2.Literal(scalar={"binary": {"value": b"\x01", "tag": "protobuf"}}),
        literals_pb2.Literal(scalar={"schema": {"uri": "s3://b/s"}}),
        literals_pb2.Literal(offloaded_metadata={"uri": "s3://b/o"}),
        literals_pb2.Literal(),
    ],
)
def test_unknown_literals_stay_literals_with_one_warning(literal: Any, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="flytekit_core.remote_common.literals"):
        assert from_literal(literals_pb2.Literal(collection={"literals": [literal]})) == [literal]
    assert len(caplog.records) == 1 and "x[0]" not in caplog.text and "literal[0]" in caplog.text


def test_corrupted_messagepack_is_a_clear_error_naming_the_input() -> None:
    corrupt = literals_pb2.Literal(scalar={"binary": {"value": b"\x92\x01", "tag": "msgpack"}})
    with pytest.raises(DecodeError, match=r"shape: corrupted MessagePack: .*truncated.*at byte 2"):
        from_literal_map(literals_pb2.LiteralMap(literals={"shape": corrupt}))


def test_the_native_messagepack_codec_refuses_what_it_cannot_carry() -> None:
    from flytekit_core import _flyrs
    from flytekit_core.idl.errors import EncodeError

    assert _flyrs.msgpack_loads(_flyrs.msgpack_dumps([None, True, -1, 2**64 - 1, 0.5, "é", b"\x00", (1,), {}])) == [
        None, True, -1, 2**64 - 1, 0.5, "é", b"\x00", [1], {}
    ]  # fmt: skip
    with pytest.raises(EncodeError, match="64 bits"):
        _flyrs.msgpack_dumps(2**64)
    with pytest.raises(EncodeError, match="cannot encode a set"):
        _flyrs.msgpack_dumps({1, 2})
    deep: list[Any] = []
    for _ in range(200):
        deep = [deep]
    with pytest.raises(EncodeError, match="deeper than 100"):
        _flyrs.msgpack_dumps(deep)
    with pytest.raises(TypeError):
        _flyrs.msgpack_loads("not bytes")  # type: ignore[arg-type]
    with pytest.raises(DecodeError, match="a map key is a list or a map"):
        _flyrs.msgpack_loads(bytes.fromhex("81910100"))
    with pytest.raises(DecodeError, match="not valid UTF-8"):
        _flyrs.msgpack_loads(bytes.fromhex("a1ff"))
