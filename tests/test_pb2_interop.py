"""Conversion between flytekit_core.idl messages and protobuf _pb2 messages."""

from __future__ import annotations

import pytest

pytest.importorskip("flyteidl")

from flyteidl.core import literals_pb2 as upb_literals

from flytekit_core.idl.flyteidl.core import literals_pb2
from flytekit_core.idl.pb2 import from_pb2, to_pb2


def sample() -> literals_pb2.Literal:
    literal = literals_pb2.Literal()
    literal.map.literals["x"].scalar.primitive.integer = 7
    literal.map.literals["y"].scalar.primitive.string_value = "héllo"
    literal.MergeFromString(b"\xa0\x1f\x01")  # field 500, varint 1: unknown to both models
    return literal


def test_to_pb2_keeps_everything() -> None:
    ours = sample()
    theirs = to_pb2(ours)
    assert isinstance(theirs, upb_literals.Literal)
    assert theirs.map.literals["y"].scalar.primitive.string_value == "héllo"
    assert theirs.SerializeToString(deterministic=True) == ours.SerializeToString(deterministic=True)


def test_from_pb2_round_trips() -> None:
    theirs = to_pb2(sample())
    back = from_pb2(theirs)
    assert type(back) is literals_pb2.Literal
    assert back == sample()


def test_nested_and_well_known_types_convert() -> None:
    from google.protobuf import timestamp_pb2

    stamp = timestamp_pb2.Timestamp(seconds=5, nanos=6)
    ours = from_pb2(stamp)
    assert type(ours).__module__ == "flytekit_core.idl.google.protobuf.timestamp_pb2"
    assert (ours.seconds, ours.nanos) == (5, 6)


@pytest.mark.parametrize("value", [None, 3, b"\x08\x01", object()])
def test_wrong_types_are_rejected(value: object) -> None:
    with pytest.raises(TypeError):
        to_pb2(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        from_pb2(value)
