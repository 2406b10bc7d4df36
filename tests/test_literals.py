"""Python values to literals and back, by interface type (protobuf-free)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from typing import Any

import pytest

from flytekit.idl.flyteidl.core import literals_pb2, types_pb2
from flytekit.remote.literals import from_literal, literal_map, to_literal

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
