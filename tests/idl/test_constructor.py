"""Keyword constructors: the native path (values a type test settles) and the Python path
(everything else) together behave as ``_pb2``'s constructor: arguments are copied in, the
later of two oneof members wins whichever path each takes, and conversions happen."""

from __future__ import annotations

import pytest

from flytekit_core.idl.flyteidl.admin import common_pb2
from flytekit_core.idl.flyteidl.core import identifier_pb2, literals_pb2
from flytekit_core.idl.message import Message

from . import strategies as strat


def _pb2(full_name: str):
    return strat.pb2_class(strat.descriptor_by_name()[full_name])


def _as_pb2(message: Message):
    return _pb2(message.DESCRIPTOR.full_name).FromString(message.SerializeToString())


def test_a_message_argument_is_copied():
    task_id = identifier_pb2.Identifier(resource_type=1, project="p", domain="d", name="n", version="v")
    request = common_pb2.ObjectGetRequest(id=task_id)
    assert request.id is not task_id
    task_id.name = "changed"
    request.id.version = "w"
    assert (request.id.name, task_id.version) == ("n", "v")
    assert (
        request.SerializeToString()
        == _pb2("flyteidl.admin.ObjectGetRequest")(
            id={"resource_type": 1, "project": "p", "domain": "d", "name": "n", "version": "w"}
        ).SerializeToString()
    )


@pytest.mark.parametrize(
    "arguments",
    [
        # a message of the member's class (native), then a dict (Python), and the reverse
        (("scalar", "message"), ("collection", "dict")),
        (("collection", "dict"), ("scalar", "message")),
        (("scalar", "message"), ("map", "message")),
        (("collection", "dict"), ("map", "dict")),
    ],
)
def test_the_later_oneof_member_wins(arguments):
    given = {
        "scalar": {"message": literals_pb2.Scalar(primitive={"integer": 3})},
        "collection": {"dict": {"literals": [{"hash": "h"}]}},
        "map": {"message": literals_pb2.LiteralMap(literals={"k": {"hash": "h"}}), "dict": {"literals": {}}},
    }
    kwargs = {name: given[name][form] for name, form in arguments}
    pb_kwargs = {name: value if isinstance(value, dict) else _as_pb2(value) for name, value in kwargs.items()}
    ours, theirs = literals_pb2.Literal(**kwargs), _pb2("flyteidl.core.Literal")(**pb_kwargs)
    assert ours.WhichOneof("value") == theirs.WhichOneof("value") == arguments[-1][0]
    assert ours.SerializeToString() == theirs.SerializeToString()


def test_values_the_type_test_does_not_settle_are_converted():
    class Name(str):
        pass

    primitive = literals_pb2.Primitive(string_value=Name("x"))
    assert type(primitive.string_value) is str
    assert literals_pb2.Primitive(string_value=b"\xc3\xa9").string_value == "é"
    assert literals_pb2.Primitive(float_value=1).float_value == 1.0
    assert type(literals_pb2.Primitive(float_value=1).float_value) is float
    assert identifier_pb2.Identifier(resource_type="TASK").resource_type == 1
    assert identifier_pb2.Identifier(resource_type=99).resource_type == 99  # an open enum keeps it


def test_none_leaves_a_field_unset_and_a_bad_name_is_refused_before_anything_else():
    literal = literals_pb2.Literal(scalar=None, hash=None)
    assert literal.WhichOneof("value") is None
    assert literal.hash == ""
    with pytest.raises(ValueError, match='no "nope" field'):
        literals_pb2.Literal(hash="h", nope=1)
    with pytest.raises(TypeError, match="generated message"):
        Message.__init__(object())  # type: ignore[arg-type]
