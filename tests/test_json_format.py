"""``flytekit.idl.json_format`` against protobuf's ``google.protobuf.json_format``.

Every comparison converts the ``flytekit.idl`` object to its ``_pb2`` twin through the
wire bytes, and checks that both libraries give the same dict, the same JSON text, and
parse the same JSON to the same message.
"""

from __future__ import annotations

import copy
import importlib
import json
import pkgutil
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("google.protobuf")
pytest.importorskip("flyteidl")

from google.protobuf import json_format as pb_json_format

import flytekit_core.idl as idl
from flytekit_core.idl import json_format
from flytekit_core.idl.enum import Enum
from flytekit_core.idl.flyteidl.admin import launch_plan_pb2, task_pb2, workflow_pb2
from flytekit_core.idl.flyteidl.core import (
    identifier_pb2,
    literals_pb2,
    tasks_pb2,
    types_pb2,
)
from flytekit_core.idl.flyteidl.core import (
    workflow_pb2 as core_workflow_pb2,
)
from flytekit_core.idl.flyteidl.event import event_pb2
from flytekit_core.idl.google.protobuf import (
    any_pb2,
    duration_pb2,
    struct_pb2,
    timestamp_pb2,
    wrappers_pb2,
)
from flytekit_core.idl.message import MAP, REPEATED, FieldInfo, Message, class_for
from flytekit_core.idl.pb2 import _pb2_class, to_pb2

FLOAT32_MAX = 3.4028234663852886e38
FIXTURE = Path(__file__).parent / "fixtures" / "flyte-package.tgz"
SPEC_KINDS = {
    1: task_pb2.TaskSpec,
    2: workflow_pb2.WorkflowSpec,
    3: launch_plan_pb2.LaunchPlan,
}

OPTIONS: list[dict[str, bool]] = [
    {},
    {"always_print_fields_with_no_presence": True},
    {"preserving_proto_field_name": True},
    {"use_integers_for_enums": True},
    {
        "always_print_fields_with_no_presence": True,
        "preserving_proto_field_name": True,
        "use_integers_for_enums": True,
    },
]


def _import_everything() -> list[type[Message]]:
    """Every generated message class (nested ones included), with its ``_pb2`` twin importable."""
    classes: list[type[Message]] = []

    def collect(owner: Any) -> None:
        for value in vars(owner).values():
            if isinstance(value, type) and issubclass(value, Message) and value.__module__ == module.__name__:
                if value not in classes:
                    classes.append(value)
                    collect(value)

    for info in pkgutil.walk_packages(idl.__path__, "flytekit_core.idl."):
        if not info.name.endswith("_pb2"):
            continue
        module = importlib.import_module(info.name)
        importlib.import_module(info.name.removeprefix("flytekit_core.idl."))
        collect(module)
    return classes


ALL_CLASSES = _import_everything()


def _pb_class(cls: type[Message]) -> Any:
    return _pb2_class(cls)


def _has_unordered_map(message: Message) -> bool:
    """Whether a map with several entries is in ``message``: protobuf writes maps in hash order."""
    for field, value in message.ListFields():
        if field.cardinality == MAP:
            if len(value) > 1:
                return True
            values = list(value.values()) if field.kind == "message" else []
        elif field.kind == "message":
            values = list(value) if field.cardinality == REPEATED else [value]
        else:
            values = []
        if any(_has_unordered_map(v) for v in values):
            return True
    if isinstance(message, any_pb2.Any) and message.type_url:
        inner = class_for(message.type_url.split("/")[-1]).FromString(message.value)
        return _has_unordered_map(inner)
    return False


def assert_same_json(obj: Message, options: list[dict[str, bool]] | None = None) -> None:
    """Same dict and same JSON text as protobuf, under every option set.

    The texts are compared with sorted keys, and also as written when no map in the
    message has several entries (their order is a detail of each implementation).
    """
    pb = to_pb2(obj)
    ordered = not _has_unordered_map(obj)
    for opts in OPTIONS if options is None else options:
        ours = json_format.MessageToDict(obj, **opts)
        theirs = pb_json_format.MessageToDict(pb, **opts)
        assert ours == theirs, opts
        assert json_format.MessageToJson(obj, sort_keys=True, **opts) == (
            pb_json_format.MessageToJson(pb, sort_keys=True, **opts)
        ), opts
        if ordered:
            assert json_format.MessageToJson(obj, **opts) == pb_json_format.MessageToJson(pb, **opts), opts
    assert json_format.MessageToJson(obj, indent=None, sort_keys=True, ensure_ascii=False) == (
        pb_json_format.MessageToJson(pb, indent=None, sort_keys=True, ensure_ascii=False)
    )


def assert_pb_equal(ours: Any, theirs: Any) -> None:
    """Equal ``_pb2`` messages; an ``Any`` payload may hold its maps in another order, so those compare as JSON."""
    if ours != theirs:
        assert pb_json_format.MessageToDict(ours) == pb_json_format.MessageToDict(theirs)


def assert_round_trip(obj: Message) -> None:
    """``Parse(MessageToJson(x)) == x``, and protobuf parses the text to the same message."""
    for opts in ({}, {"preserving_proto_field_name": True, "use_integers_for_enums": True}):
        text = json_format.MessageToJson(obj, **opts)
        parsed = json_format.Parse(text, type(obj)())
        assert parsed == obj, (opts, text)
        pb = pb_json_format.Parse(text, _pb_class(type(obj))())
        assert_pb_equal(to_pb2(parsed), pb)
        assert json_format.ParseDict(json_format.MessageToDict(obj, **opts), type(obj)()) == obj


def assert_same_parse(cls: type[Message], js: Any, **kwargs: Any) -> Message:
    """``ParseDict`` and ``Parse`` agree with protobuf on ``js``."""
    ours = json_format.ParseDict(copy.deepcopy(js), cls(), **kwargs)
    theirs = pb_json_format.ParseDict(copy.deepcopy(js), _pb_class(cls)(), **kwargs)
    assert_pb_equal(to_pb2(ours), theirs)
    text = json.dumps(js)
    assert json_format.Parse(text, cls(), **kwargs) == ours
    return ours


# -- Literal -----------------------------------------------------------------------------


def _primitive_literal(**primitive: Any) -> literals_pb2.Literal:
    return literals_pb2.Literal(scalar=literals_pb2.Scalar(primitive=literals_pb2.Primitive(**primitive)))


def _rich_literal() -> literals_pb2.Literal:
    generic = struct_pb2.Struct()
    generic.fields["name"].string_value = "x"
    generic.fields["n"].number_value = 1.25
    generic.fields["items"].list_value.values.add().null_value = 0
    generic.fields["items"].list_value.values.add().bool_value = True
    generic.fields["nested"].struct_value.fields["deep"].list_value.values.add().string_value = "é"
    collection = literals_pb2.Literal(
        collection=literals_pb2.LiteralCollection(
            literals=[
                _primitive_literal(integer=-(2**63)),
                _primitive_literal(integer=2**63 - 1),
                _primitive_literal(float_value=float("nan")),
                _primitive_literal(float_value=float("inf")),
                _primitive_literal(float_value=float("-inf")),
                _primitive_literal(float_value=-0.0),
                _primitive_literal(float_value=0.1),
                _primitive_literal(string_value='héllo \u2028 ✓ "quoted" \\ </script>'),
                _primitive_literal(boolean=False),
                _primitive_literal(datetime=timestamp_pb2.Timestamp(seconds=1_700_000_000, nanos=123_456_789)),
                _primitive_literal(datetime=timestamp_pb2.Timestamp(seconds=-1, nanos=1000)),
                _primitive_literal(duration=duration_pb2.Duration(seconds=-3, nanos=-500_000_000)),
                _primitive_literal(duration=duration_pb2.Duration(seconds=0)),
            ]
        )
    )
    scalars = literals_pb2.LiteralMap(
        literals={
            "blob": literals_pb2.Literal(
                scalar=literals_pb2.Scalar(
                    blob=literals_pb2.Blob(
                        uri="s3://bucket/key",
                        metadata=literals_pb2.BlobMetadata(
                            type=types_pb2.BlobType(
                                format="csv", dimensionality=types_pb2.BlobType.BlobDimensionality.MULTIPART
                            )
                        ),
                    )
                )
            ),
            "binary": literals_pb2.Literal(
                scalar=literals_pb2.Scalar(binary=literals_pb2.Binary(value=bytes(range(256)), tag="msgpack"))
            ),
            "none": literals_pb2.Literal(scalar=literals_pb2.Scalar(none_type=literals_pb2.Void())),
            "generic": literals_pb2.Literal(scalar=literals_pb2.Scalar(generic=generic)),
            "error": literals_pb2.Literal(
                scalar=literals_pb2.Scalar(error=types_pb2.Error(failed_node_id="n0", message="boom"))
            ),
            "collection": collection,
            "offloaded": literals_pb2.Literal(
                offloaded_metadata=literals_pb2.LiteralOffloadedMetadata(
                    uri="s3://x", size_bytes=2**64 - 1, inferred_type=types_pb2.LiteralType(simple=types_pb2.INTEGER)
                )
            ),
        }
    )
    return literals_pb2.Literal(map=scalars, hash="abc", metadata={"k": "v", "ключ": "значение"})


def test_literal_nested() -> None:
    literal = _rich_literal()
    assert_same_json(literal)
    assert_round_trip(literal)


def test_literal_key_names() -> None:
    literal = _rich_literal()
    js = json_format.MessageToDict(literal)
    assert js["map"]["literals"]["offloaded"]["offloadedMetadata"]["sizeBytes"] == str(2**64 - 1)
    js = json_format.MessageToDict(literal, preserving_proto_field_name=True)
    assert js["map"]["literals"]["offloaded"]["offloaded_metadata"]["size_bytes"] == str(2**64 - 1)
    primitive = js["map"]["literals"]["collection"]["collection"]["literals"]
    assert [p["scalar"]["primitive"].popitem()[1] for p in primitive[:6]] == [
        str(-(2**63)),
        str(2**63 - 1),
        "NaN",
        "Infinity",
        "-Infinity",
        -0.0,
    ]


# -- Struct, Value, ListValue ------------------------------------------------------------


def test_struct_value_list_value() -> None:
    js = {
        "null": None,
        "n": 1.5,
        "i": 3,
        "s": "str",
        "b": False,
        "list": [1, None, [None, [], {}], {"a": [True, "x", {"deep": None}]}],
        "empty": {},
    }
    struct = json_format.ParseDict(js, struct_pb2.Struct())
    assert_same_parse(struct_pb2.Struct, js)
    assert_same_json(struct)
    assert_round_trip(struct)
    assert json_format.MessageToDict(struct) == js

    for value_js in [None, 1.0, "x", True, [], {}, [1, [2, [3]]], {"a": {"b": None}}]:
        value = assert_same_parse(struct_pb2.Value, value_js)
        assert_same_json(value)
        assert_round_trip(value)
    list_value = assert_same_parse(struct_pb2.ListValue, [None, 1.0, ["x"], {}])
    assert_same_json(list_value)
    assert_round_trip(list_value)
    assert_same_json(struct_pb2.ListValue())


def test_value_unset_and_nonfinite() -> None:
    assert json_format.MessageToDict(struct_pb2.Value()) is None
    assert_same_json(struct_pb2.Value())
    holder = struct_pb2.Struct()
    holder.fields["unset"].SetInParent()
    assert_same_json(holder)
    for bad in (float("nan"), float("inf")):
        value = struct_pb2.Value(number_value=bad)
        with pytest.raises(ValueError):
            pb_json_format.MessageToDict(to_pb2(value))
        with pytest.raises(ValueError):
            json_format.MessageToDict(value)
        struct = struct_pb2.Struct()
        struct.fields["x"].number_value = bad
        literal = literals_pb2.Literal(scalar=literals_pb2.Scalar(generic=struct))
        with pytest.raises(pb_json_format.SerializeToJsonError):
            pb_json_format.MessageToDict(to_pb2(literal))
        with pytest.raises(json_format.SerializeToJsonError, match="generic"):
            json_format.MessageToDict(literal)


# -- wrappers ----------------------------------------------------------------------------

WRAPPER_SAMPLES: list[tuple[type[Message], list[Any]]] = [
    (wrappers_pb2.DoubleValue, [0.0, -0.0, 1.5, 1e308, float("nan"), float("inf"), float("-inf")]),
    (wrappers_pb2.FloatValue, [0.0, 0.1, 1 / 3, 3.4028234663852886e38, 1.401298464324817e-45, float("-inf")]),
    (wrappers_pb2.Int64Value, [0, -(2**63), 2**63 - 1, 2**53 + 1]),
    (wrappers_pb2.UInt64Value, [0, 2**64 - 1, 2**53]),
    (wrappers_pb2.Int32Value, [0, -(2**31), 2**31 - 1]),
    (wrappers_pb2.UInt32Value, [0, 2**32 - 1]),
    (wrappers_pb2.BoolValue, [False, True]),
    (wrappers_pb2.StringValue, ["", "x", "日本"]),
    (wrappers_pb2.BytesValue, [b"", b"\x00", b"\xfb\xff\xfe", bytes(range(100))]),
]


@pytest.mark.parametrize(("cls", "samples"), WRAPPER_SAMPLES, ids=[c.__name__ for c, _ in WRAPPER_SAMPLES])
def test_wrappers(cls: type[Message], samples: list[Any]) -> None:
    for sample in samples:
        wrapper = cls(value=sample)
        assert_same_json(wrapper)
        for unquote in (False, True):
            assert json_format.MessageToDict(wrapper, unquote_int64_if_possible=unquote) == (
                pb_json_format.MessageToDict(to_pb2(wrapper), unquote_int64_if_possible=unquote)
            )
        any_message = _any(wrapper)
        assert_same_json(any_message)
        assert json_format.MessageToDict(any_message)["value"] == json_format.MessageToDict(wrapper)
        if sample != FLOAT32_MAX:  # see test_float32_max_does_not_read_back
            assert_round_trip(wrapper)
            assert_round_trip(any_message)


def test_wrapper_fields() -> None:
    metadata = tasks_pb2.TaskMetadata(generates_deck=wrappers_pb2.BoolValue(value=False), retries={"retries": 3})
    assert json_format.MessageToDict(metadata)["generatesDeck"] is False
    assert_same_json(metadata)
    assert_round_trip(metadata)
    parsed = assert_same_parse(tasks_pb2.TaskMetadata, {"generatesDeck": True, "discoverable": True})
    assert parsed.generates_deck.value is True
    assert assert_same_parse(tasks_pb2.TaskMetadata, {"generatesDeck": None}).HasField("generates_deck") is False


# -- Timestamp and Duration --------------------------------------------------------------

TIMESTAMPS = [
    (0, 0),
    (1, 1),
    (1, 1_000),
    (1, 1_000_000),
    (1, 10_000_000),
    (1, 999_999_999),
    (-1, 500),
    (-62135596800, 0),
    (253402300799, 999_999_999),
    (951782400, 0),  # 2000-02-29
    (1_700_000_000, 120_000),
]
DURATIONS = [
    (0, 0),
    (1, 0),
    (-1, 0),
    (0, 5),
    (0, -5),
    (1, 500_000_000),
    (-1, -500_000_000),
    (0, -1_000),
    (-3, -100_000_000),
    (315576000000, 999_999_999),
    (-315576000000, -999_999_999),
    (86400 * 365, 10_000),
]


@pytest.mark.parametrize(("seconds", "nanos"), TIMESTAMPS)
def test_timestamp(seconds: int, nanos: int) -> None:
    timestamp = timestamp_pb2.Timestamp(seconds=seconds, nanos=nanos)
    assert_same_json(timestamp)
    assert_round_trip(timestamp)
    assert_same_json(_primitive_literal(datetime=timestamp))
    assert_round_trip(_primitive_literal(datetime=timestamp))


@pytest.mark.parametrize(("seconds", "nanos"), DURATIONS)
def test_duration(seconds: int, nanos: int) -> None:
    duration = duration_pb2.Duration(seconds=seconds, nanos=nanos)
    assert_same_json(duration)
    assert_round_trip(duration)
    assert_same_json(_primitive_literal(duration=duration))
    assert_round_trip(_primitive_literal(duration=duration))


def test_duration_strings() -> None:
    assert json_format.MessageToDict(duration_pb2.Duration(seconds=-1, nanos=-500_000_000)) == "-1.500s"
    assert json_format.MessageToDict(duration_pb2.Duration(nanos=-5)) == "-0.000000005s"
    assert json_format.MessageToDict(duration_pb2.Duration(seconds=1, nanos=10_000)) == "1.000010s"
    assert json_format.MessageToDict(timestamp_pb2.Timestamp(seconds=1, nanos=1_000_000)) == "1970-01-01T00:00:01.001Z"


@pytest.mark.parametrize(
    "text",
    [
        "1970-01-01T00:00:00Z",
        "1972-01-01T10:00:20.021-05:00",
        "2020-02-29T23:59:59.123456789+14:00",
        "2020-01-01T00:00:00.1Z",
        "2020-01-01T00:00:00.Z",
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999Z",
        "2000-06-15T12:00:00.000001+00:00",
    ],
)
def test_timestamp_parse(text: str) -> None:
    assert_same_parse(literals_pb2.Primitive, {"datetime": text})


@pytest.mark.parametrize("text", ["0s", "1.5s", "-0.5s", "-1.000000001s", "315576000000.999999999s", "3.1s", "7.01s"])
def test_duration_parse(text: str) -> None:
    assert_same_parse(literals_pb2.Primitive, {"duration": text})


@pytest.mark.parametrize(
    "message",
    [
        timestamp_pb2.Timestamp(seconds=253402300800),
        timestamp_pb2.Timestamp(seconds=-62135596801),
        timestamp_pb2.Timestamp(nanos=-1),
        timestamp_pb2.Timestamp(nanos=1_000_000_000),
        duration_pb2.Duration(seconds=315576000001),
        duration_pb2.Duration(seconds=1, nanos=-1),
        duration_pb2.Duration(seconds=-1, nanos=1),
        duration_pb2.Duration(nanos=1_000_000_000),
    ],
    ids=repr,
)
def test_invalid_timestamp_duration(message: Message) -> None:
    with pytest.raises(ValueError):
        pb_json_format.MessageToDict(to_pb2(message))
    with pytest.raises(ValueError):
        json_format.MessageToDict(message)
    field = "datetime" if isinstance(message, timestamp_pb2.Timestamp) else "duration"
    literal = literals_pb2.Primitive(**{field: message})
    with pytest.raises(pb_json_format.SerializeToJsonError):
        pb_json_format.MessageToDict(to_pb2(literal))
    with pytest.raises(json_format.SerializeToJsonError, match=field):
        json_format.MessageToDict(literal)


# -- Any ---------------------------------------------------------------------------------


def _any(message: Message, prefix: str = "type.googleapis.com/") -> any_pb2.Any:
    return any_pb2.Any(type_url=prefix + type(message).DESCRIPTOR.full_name, value=message.SerializeToString())


def test_any() -> None:
    identifier = identifier_pb2.Identifier(
        resource_type=identifier_pb2.ResourceType.TASK, project="p", domain="d", name="n", version="v"
    )
    struct = json_format.ParseDict({"a": [1, None]}, struct_pb2.Struct())
    samples = [
        any_pb2.Any(),
        _any(identifier),
        _any(identifier, prefix="example.com/x/"),
        _any(_rich_literal()),
        _any(literals_pb2.Literal()),
        _any(duration_pb2.Duration(seconds=-1, nanos=-5)),
        _any(timestamp_pb2.Timestamp(seconds=5)),
        _any(struct),
        _any(struct_pb2.Value(string_value="x")),
        _any(struct_pb2.ListValue()),
        _any(wrappers_pb2.Int64Value(value=-(2**63))),
        _any(_any(identifier)),
        _any(any_pb2.Any()),
    ]
    for sample in samples:
        assert_same_json(sample)
        assert_round_trip(sample)
    js = json_format.MessageToDict(samples[1])
    assert next(iter(js)) == "@type"
    assert js == {
        "@type": "type.googleapis.com/flyteidl.core.Identifier",
        "resourceType": "TASK",
        "project": "p",
        "domain": "d",
        "name": "n",
        "version": "v",
    }
    assert json_format.MessageToDict(samples[5]) == {
        "@type": "type.googleapis.com/google.protobuf.Duration",
        "value": "-1.000000005s",
    }
    # As a field of a flyteidl message.
    metadata = launch_plan_pb2.LaunchPlanMetadata(launch_conditions=_any(identifier))
    assert_same_json(metadata)
    assert_round_trip(metadata)


def test_any_unknown_type() -> None:
    message = any_pb2.Any(type_url="type.googleapis.com/no.such.Type", value=b"")
    with pytest.raises(TypeError, match=r"no\.such\.Type"):
        json_format.MessageToDict(message)
    with pytest.raises(json_format.ParseError, match=r"no\.such\.Type"):
        json_format.ParseDict({"@type": "type.googleapis.com/no.such.Type"}, any_pb2.Any())


def test_any_imports_modules_lazily_and_needs_no_protobuf() -> None:
    code = """
import sys
sys.modules["google"] = None  # protobuf must not be imported
from flytekit.idl import json_format
from flytekit.idl.google.protobuf import any_pb2
assert "flytekit.idl.flyteidl.core.identifier_pb2" not in sys.modules
message = any_pb2.Any(type_url="type.googleapis.com/flyteidl.core.Identifier", value=b"\\x12\\x01p")
print(json_format.MessageToJson(message, indent=None))
parsed = json_format.Parse('{"@type": "x/flyteidl.core.Identifier", "name": "n"}', any_pb2.Any())
print(parsed.value.hex())
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    lines = result.stdout.splitlines()
    assert json.loads(lines[0]) == {"@type": "type.googleapis.com/flyteidl.core.Identifier", "project": "p"}
    assert lines[1] == "22016e"


# -- numbers, bytes, enums ---------------------------------------------------------------


def test_int64_extremes_and_unquote() -> None:
    for value in (-(2**63), 2**63 - 1, 2**53, 2**53 + 1, 0, -1):
        literal = _primitive_literal(integer=value)
        assert_same_json(literal)
        assert_round_trip(literal)
        pb = to_pb2(literal)
        assert json_format.MessageToDict(literal, unquote_int64_if_possible=True) == pb_json_format.MessageToDict(
            pb, unquote_int64_if_possible=True
        )
    for value in (0, 1, 2**64 - 1):
        offloaded = literals_pb2.LiteralOffloadedMetadata(size_bytes=value)
        assert_same_json(offloaded)
        assert_round_trip(offloaded)


@pytest.mark.parametrize(
    "value",
    [
        *(0.1, 1 / 3, 0.5, 1.0, 16777217.0, 3.4028234663852886e38, 1.401298464324817e-45, -2.5e-38, -0.0),
        *(float("nan"), float("inf"), float("-inf"), 123456.789, 1e10),
    ],
)
def test_float32(value: float) -> None:
    node = core_workflow_pb2.ArrayNode(min_success_ratio=value)
    assert_same_json(node)
    if value != FLOAT32_MAX:
        assert_round_trip(node)


def test_float32_max_does_not_read_back() -> None:
    # The largest float32 prints as 3.4028235e38, which is above it as a double: protobuf then
    # refuses to read its own output back, and so does json_format.
    for cls in (core_workflow_pb2.ArrayNode, wrappers_pb2.FloatValue):
        field = "minSuccessRatio" if cls is core_workflow_pb2.ArrayNode else "value"
        message = cls(**{"min_success_ratio" if field != "value" else "value": FLOAT32_MAX})
        text = json_format.MessageToJson(message)
        assert text == pb_json_format.MessageToJson(to_pb2(message))
        assert "3.4028235e+38" in text
        with pytest.raises(pb_json_format.ParseError, match="Float value too large"):
            pb_json_format.Parse(text, _pb_class(cls)())
        with pytest.raises(json_format.ParseError, match=f"Float value too large.*{field}"):
            json_format.Parse(text, cls())


def test_bytes() -> None:
    for data in (b"", b"\x00", b"\xff\xfe", b"ab", b"abc", b"\xfb\xef\xbe", bytes(range(256))):
        binary = literals_pb2.Binary(value=data, tag="t")
        assert_same_json(binary)
        assert_round_trip(binary)
    # Standard and URL-safe alphabets, with and without padding.
    for text in ("+/+/", "-_-_", "YWI", "YWI=", "YWJj", ""):
        assert_same_parse(literals_pb2.Binary, {"value": text})


def test_enums() -> None:
    literal_type = types_pb2.LiteralType(simple=types_pb2.SimpleType.STRUCT)
    assert json_format.MessageToDict(literal_type) == {"simple": "STRUCT"}
    assert json_format.MessageToDict(literal_type, use_integers_for_enums=True) == {"simple": 9}
    unknown = types_pb2.LiteralType(simple=99)
    assert json_format.MessageToDict(unknown) == {"simple": 99}
    node = literals_pb2.Literal(
        offloaded_metadata=literals_pb2.LiteralOffloadedMetadata(inferred_type=types_pb2.LiteralType(simple=-7))
    )
    blob = types_pb2.BlobType(dimensionality=1234)
    for message in (literal_type, unknown, node, blob, types_pb2.LiteralType(simple=0)):
        assert_same_json(message)
        assert_round_trip(message)
    for js in ({"simple": "INTEGER"}, {"simple": 1}, {"simple": "1"}, {"simple": 99}, {"simple": "99"}):
        assert_same_parse(types_pb2.LiteralType, js)
    # Unknown names: an error, or skipped with ignore_unknown_fields.
    with pytest.raises(json_format.ParseError, match="simple"):
        json_format.ParseDict({"simple": "NOPE"}, types_pb2.LiteralType())
    with pytest.raises(pb_json_format.ParseError):
        pb_json_format.ParseDict({"simple": "NOPE"}, _pb_class(types_pb2.LiteralType)())
    with pytest.raises(json_format.ParseError, match=r"NOPE.*Notification\.phases\[1\]"):
        json_format.ParseDict({"phases": [1, "NOPE"]}, _notification_class()())
    parsed = assert_same_parse(types_pb2.LiteralType, {"simple": "NOPE"}, ignore_unknown_fields=True)
    assert not parsed.HasField("simple")


def _notification_class() -> type[Message]:
    from flytekit_core.idl.flyteidl.admin.common_pb2 import Notification

    return Notification


def test_repeated_enum() -> None:
    Notification = _notification_class()  # noqa: N806
    notification = Notification(phases=[1, 4, 77])
    assert_same_json(notification)
    assert_round_trip(notification)
    assert_same_parse(Notification, {"phases": ["SUCCEEDED", 5, "NOPE"]}, ignore_unknown_fields=True)


def _maps_with_non_string_keys() -> list[FieldInfo]:
    return [
        field
        for cls in ALL_CLASSES
        for field in cls.DESCRIPTOR.fields
        if field.cardinality == MAP and field.key_kind != "string"
    ]


def test_maps_with_int_and_bool_keys() -> None:
    fields = _maps_with_non_string_keys()
    if not fields:
        pytest.skip("the flyteidl 1.16.8 IDL has no map with integer or bool keys")
    for field in fields:  # pragma: no cover - no such map in this IDL
        owner = next(cls for cls in ALL_CLASSES if field in cls.DESCRIPTOR.fields)
        message = owner()
        key = True if field.key_kind == "bool" else -5
        getattr(message, field.name)[key] = _sample_value(field, 1)
        assert_same_json(message)
        assert_round_trip(message)


def test_maps() -> None:
    literal_map = literals_pb2.LiteralMap(
        literals={"": literals_pb2.Literal(), "a": _primitive_literal(integer=1), "ü": _primitive_literal(boolean=True)}
    )
    assert_same_json(literal_map)
    assert_round_trip(literal_map)
    template = tasks_pb2.TaskTemplate(config={"a": "1", "b": ""})
    assert_same_json(template)
    assert_round_trip(template)


# -- options -----------------------------------------------------------------------------


def test_always_print_fields_with_no_presence() -> None:
    template = tasks_pb2.TaskTemplate(type="python-task")
    js = json_format.MessageToDict(template, always_print_fields_with_no_presence=True)
    assert js == {"type": "python-task", "taskTypeVersion": 0, "config": {}}
    # Defaults are added in .proto declaration order, not field-number order.
    for message in (
        template,
        tasks_pb2.TaskTemplate(),
        literals_pb2.Literal(),
        literals_pb2.Literal(hash="x"),
        types_pb2.LiteralType(),
        core_workflow_pb2.ArrayNode(),
        task_pb2.TaskSpec(),
        event_pb2.TaskExecutionEvent(),  # "reasons" (21) is declared before "task_type" (14)
        event_pb2.TaskExecutionEvent(phase=3, reason="r"),
    ):
        assert_same_json(message)


def test_preserving_proto_field_name() -> None:
    template = tasks_pb2.TaskTemplate(
        type="t", task_type_version=3, security_context={"run_as": {"k8s_service_account": "sa"}}
    )
    assert json_format.MessageToDict(template, preserving_proto_field_name=True) == {
        "type": "t",
        "task_type_version": 3,
        "security_context": {"run_as": {"k8s_service_account": "sa"}},
    }
    assert json_format.MessageToDict(template) == {
        "type": "t",
        "taskTypeVersion": 3,
        "securityContext": {"runAs": {"k8sServiceAccount": "sa"}},
    }
    assert_same_json(template)
    # Both spellings parse, and may be mixed.
    assert_same_parse(tasks_pb2.TaskTemplate, {"task_type_version": 3, "securityContext": {"run_as": {}}})


def test_message_to_json_defaults() -> None:
    literal = _primitive_literal(string_value="ü")
    text = json_format.MessageToJson(literal)
    assert text == pb_json_format.MessageToJson(to_pb2(literal))
    assert "\\u00fc" in text and '\n  "scalar"' in text
    assert "ü" in json_format.MessageToJson(literal, ensure_ascii=False)
    assert "\n" not in json_format.MessageToJson(literal, indent=None)
    with pytest.raises(TypeError):
        json_format.MessageToDict({"not": "a message"})  # type: ignore[arg-type]


# -- every message type ------------------------------------------------------------------

_SCALAR_SAMPLES: dict[str, list[Any]] = {
    "int32": [-123456, 2**31 - 1],
    "sint32": [-5, 7],
    "sfixed32": [-7, 2**31 - 1],
    "uint32": [4_000_000_000, 1],
    "fixed32": [7, 2**32 - 1],
    "int64": [-(2**63), 2**53 + 1],
    "sint64": [2**63 - 1, -1],
    "sfixed64": [-1, 2**62],
    "uint64": [2**64 - 1, 3],
    "fixed64": [2**64 - 1, 9],
    "double": [2.5, 1e300],
    "float": [0.1, -1.5e-20],
    "bool": [True, False],
    "string": ["héllo ✓", "x"],
    "bytes": [b"\x00\xfb\xff", b"x"],
}


def _sample_value(field: FieldInfo, depth: int) -> Any:
    if field.kind == "message":
        if depth >= 3:
            return None
        return _sample_message(field.message_class, depth + 1)
    if field.kind == "enum":
        enum_class: type[Enum] = field.enum_class
        numbers = sorted(enum_class._by_number)
        if not field.closed and depth % 2:
            return 77
        return numbers[-1] if depth % 2 == 0 else numbers[len(numbers) // 2]
    return _SCALAR_SAMPLES[field.kind][depth % 2]


def _sample_message(cls: type[Message], depth: int = 0) -> Message:
    """A message with every field set (one member per oneof), nested a few levels deep."""
    full_name = cls.DESCRIPTOR.full_name
    if full_name == "google.protobuf.Timestamp":
        return timestamp_pb2.Timestamp(seconds=1_600_000_000 - depth, nanos=depth * 1000)
    if full_name == "google.protobuf.Duration":
        return duration_pb2.Duration(seconds=-depth, nanos=-depth * 1_000_000)
    if full_name in ("google.protobuf.Struct", "google.protobuf.Value", "google.protobuf.ListValue"):
        js: Any = {"a": [1.5, None, "s", True, {"b": []}, {}]}
        if full_name == "google.protobuf.ListValue":
            js = js["a"]
        return json_format.ParseDict(js, cls())
    if full_name == "google.protobuf.Any":
        return _any(identifier_pb2.Identifier(name="n", version=str(depth)))
    message = cls()
    schema = cls.DESCRIPTOR
    oneofs_done: set[str] = set()
    for field in schema.fields:
        if field.oneof is not None:
            if field.oneof in oneofs_done:
                continue
            oneofs_done.add(field.oneof)
            members = schema.oneofs[field.oneof]
            start = depth % len(members)
            for member in members[start:] + members[:start]:  # the first that can be set at this depth
                value = _sample_value(member, depth)
                if value is not None:
                    setattr(message, member.name, value)
                    break
            continue
        value = _sample_value(field, depth)
        if value is None:
            continue
        if field.cardinality == MAP:
            key = {"bool": True, "string": "key"}.get(field.key_kind, 3)
            setattr(message, field.name, {key: value})
        elif field.cardinality == REPEATED:
            setattr(message, field.name, [value, value])
        else:
            setattr(message, field.name, value)
    return message


@pytest.mark.parametrize("cls", ALL_CLASSES, ids=lambda cls: cls.DESCRIPTOR.full_name)
def test_every_message_type(cls: type[Message]) -> None:
    assert_same_json(cls())
    if cls.DESCRIPTOR.full_name != "google.protobuf.Value":  # an unset Value writes as null, which reads back set
        assert_round_trip(cls())
    sample = _sample_message(cls)
    assert_same_json(sample)
    if cls.DESCRIPTOR.full_name != "google.protobuf.Value":
        assert_round_trip(sample)


# -- packaged specs ----------------------------------------------------------------------


def _fixture_specs() -> list[tuple[str, type[Message], bytes]]:
    specs = []
    with tarfile.open(FIXTURE) as tar:
        for member in tar.getmembers():
            name = Path(member.name).name
            if not member.isfile() or not name.endswith(".pb"):
                continue
            kind = int(name.removesuffix(".pb").rsplit("_", 1)[1])
            data = tar.extractfile(member).read()  # type: ignore[union-attr]
            specs.append((name, SPEC_KINDS[kind], data))
    return specs


def test_fixture_specs() -> None:
    specs = _fixture_specs()
    assert len(specs) >= 3
    assert {cls for _, cls, _ in specs} == set(SPEC_KINDS.values())
    for name, cls, data in specs:
        spec = cls.FromString(data)
        pb = _pb_class(cls).FromString(data)
        for opts in OPTIONS:
            assert json_format.MessageToDict(spec, **opts) == pb_json_format.MessageToDict(pb, **opts), (name, opts)
        assert json.loads(json_format.MessageToJson(spec)) == json.loads(pb_json_format.MessageToJson(pb)), name
        assert_round_trip(spec)


# -- parsing -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "js"),
    [
        (literals_pb2.Primitive, {"integer": "12"}),
        (literals_pb2.Primitive, {"integer": 12.0}),
        (literals_pb2.Primitive, {"integer": "1e3"}),
        (literals_pb2.Primitive, {"integer": "-9223372036854775808"}),
        (literals_pb2.Primitive, {"floatValue": "Infinity"}),
        (literals_pb2.Primitive, {"floatValue": "-Infinity"}),
        (literals_pb2.Primitive, {"float_value": "1.5"}),
        (literals_pb2.Primitive, {"floatValue": 3}),
        (literals_pb2.Primitive, {"stringValue": ""}),
        (literals_pb2.Primitive, {"boolean": False}),
        (literals_pb2.Primitive, {"integer": None}),
        (literals_pb2.Literal, {"hash": None, "metadata": None, "scalar": None}),
        (literals_pb2.Literal, {"metadata": {"a": "b"}, "hash": "h", "scalar": {"noneType": {}}}),
        (literals_pb2.LiteralCollection, {"literals": [{}, {"scalar": {}}]}),
        (literals_pb2.Scalar, {"generic": {"a": None, "b": [None]}}),
        (literals_pb2.Scalar, {"generic": {}}),
        (core_workflow_pb2.ArrayNode, {"minSuccessRatio": 0.1}),
        (core_workflow_pb2.ArrayNode, {"minSuccessRatio": "NaN"}),
        (core_workflow_pb2.ArrayNode, {"minSuccessRatio": 3.4028234663852886e38}),
        (literals_pb2.RetryStrategy, {"retries": 4294967295}),
        (launch_plan_pb2.LaunchPlanMetadata, {"launchConditions": {}}),
        (
            launch_plan_pb2.LaunchPlanMetadata,
            {"launchConditions": {"@type": "type.googleapis.com/google.protobuf.Duration", "value": "1.5s"}},
        ),
        (
            launch_plan_pb2.LaunchPlanMetadata,
            {"launchConditions": {"value": {"fields": {}}, "@type": "x/google.protobuf.Struct"}},
        ),
        (
            launch_plan_pb2.LaunchPlanMetadata,
            {"launchConditions": {"@type": "x/flyteidl.core.Identifier", "resource_type": "WORKFLOW", "name": "n"}},
        ),
        (
            launch_plan_pb2.LaunchPlanMetadata,
            {"launchConditions": {"@type": "x/google.protobuf.BoolValue", "value": True}},
        ),
    ],
)
def test_parse_matches_protobuf(cls: type[Message], js: Any) -> None:
    assert_same_parse(cls, js)


def test_parse_merges_into_message() -> None:
    literal = literals_pb2.Literal(hash="h", metadata={"a": "1"})
    json_format.Parse('{"metadata": {"b": "2"}}', literal)
    pb = to_pb2(literals_pb2.Literal(hash="h", metadata={"a": "1"}))
    pb_json_format.Parse('{"metadata": {"b": "2"}}', pb)
    assert to_pb2(literal) == pb
    assert literal.hash == "h" and dict(literal.metadata) == {"b": "2"}
    assert json_format.Parse(b'{"hash": "x"}', literals_pb2.Literal()).hash == "x"


def test_ignore_unknown_fields() -> None:
    js = {"hash": "h", "bogus": 1, "scalar": {"primitive": {"integer": "1", "extra": [1]}}}
    with pytest.raises(json_format.ParseError, match="bogus"):
        json_format.ParseDict(js, literals_pb2.Literal())
    assert_same_parse(literals_pb2.Literal, js, ignore_unknown_fields=True)


BAD_INPUTS: list[tuple[type[Message], str, str]] = [
    (literals_pb2.Literal, '{"hash": ', "Failed to load JSON"),
    (literals_pb2.Literal, '{"hash": "a", "hash": "b"}', "duplicate key hash"),
    (literals_pb2.Literal, "[1, 2]", "Literal"),
    (literals_pb2.Literal, '{"hash": 1}', "hash"),
    (literals_pb2.Literal, '{"bogus": 1}', "bogus"),
    (literals_pb2.Literal, '{"hash": "a", "hash_": "b", "nope": 2}', "hash_"),
    (literals_pb2.Literal, '{"metadata": []}', "metadata"),
    (literals_pb2.Literal, '{"metadata": {"a": 1}}', "metadata"),
    (literals_pb2.Literal, '{"scalar": {"primitive": {"integer": "abc"}}}', "integer"),
    (literals_pb2.Literal, '{"scalar": {"primitive": {"integer": 1.5}}}', "integer"),
    (literals_pb2.Literal, '{"scalar": {"primitive": {"integer": true}}}', "integer"),
    (literals_pb2.Literal, '{"scalar": {"primitive": {"integer": "1 "}}}', "integer"),
    (literals_pb2.Literal, '{"scalar": {"primitive": {"integer": "9223372036854775808"}}}', "integer"),
    (literals_pb2.Literal, '{"scalar": {"primitive": {"boolean": "true"}}}', "boolean"),
    (literals_pb2.Literal, '{"scalar": {"primitive": {"floatValue": "x"}}}', "floatValue"),
    (literals_pb2.Literal, '{"scalar": {"primitive": {"floatValue": NaN}}}', "floatValue"),
    (literals_pb2.Literal, '{"scalar": {"primitive": {"floatValue": "nan"}}}', "floatValue"),
    (literals_pb2.Literal, '{"scalar": {"primitive": {"stringValue": 5}}}', "stringValue"),
    (literals_pb2.Literal, '{"scalar": {"primitive": {"stringValue": "a", "integer": "1"}}}', "value"),
    (literals_pb2.Literal, '{"scalar": {"primitive": {"datetime": "2020-13-01T00:00:00Z"}}}', "datetime"),
    (literals_pb2.Literal, '{"scalar": {"primitive": {"datetime": "2020-01-01T00:00:00"}}}', "datetime"),
    (literals_pb2.Literal, '{"scalar": {"primitive": {"datetime": 5}}}', "datetime"),
    (literals_pb2.Literal, '{"scalar": {"primitive": {"datetime": "2020-01-01t00:00:00Z"}}}', "datetime"),
    (literals_pb2.Literal, '{"scalar": {"primitive": {"duration": "5"}}}', "duration"),
    (literals_pb2.Literal, '{"scalar": {"primitive": {"duration": "1.5ms"}}}', "duration"),
    (literals_pb2.Literal, '{"scalar": {"primitive": {"duration": "315576000001s"}}}', "duration"),
    (literals_pb2.Literal, '{"scalar": {"generic": [1]}}', "generic"),
    (literals_pb2.Literal, '{"collection": {"literals": {}}}', "literals"),
    (literals_pb2.Literal, '{"collection": {"literals": [null]}}', "literals"),
    (literals_pb2.Literal, '{"map": {"literals": []}}', "literals"),
    (literals_pb2.Literal, '{"scalar": {"binary": {"value": 5}}}', "value"),
    (types_pb2.LiteralType, '{"simple": "NOPE"}', "simple"),
    (types_pb2.LiteralType, '{"simple": 2147483648}', "simple"),
    (core_workflow_pb2.ArrayNode, '{"minSuccessRatio": 1e39}', "minSuccessRatio"),
    (core_workflow_pb2.ArrayNode, '{"minSuccessRatio": true, "parallelism": -1}', "parallelism"),
    (literals_pb2.RetryStrategy, '{"retries": -1}', "retries"),
    (tasks_pb2.TaskMetadata, '{"generatesDeck": "yes"}', "generatesDeck"),
    (launch_plan_pb2.LaunchPlanMetadata, '{"launchConditions": {"a": 1}}', "launchConditions"),
    (launch_plan_pb2.LaunchPlanMetadata, '{"launchConditions": {"@type": "x/no.Such"}}', "launchConditions"),
    (
        launch_plan_pb2.LaunchPlanMetadata,
        '{"launchConditions": {"@type": "x/flyteidl.core.Identifier", "bogusField": 1}}',
        "bogusField",
    ),
    (
        launch_plan_pb2.LaunchPlanMetadata,
        '{"launchConditions": {"@type": "x/google.protobuf.Duration", "value": "1"}}',
        "launchConditions",
    ),
    (struct_pb2.Struct, "[]", "Struct"),
    (struct_pb2.ListValue, '{"a": 1}', "ListValue"),
]


@pytest.mark.parametrize(("cls", "text", "names"), BAD_INPUTS, ids=[text for _, text, _ in BAD_INPUTS])
def test_bad_input(cls: type[Message], text: str, names: str) -> None:
    with pytest.raises(pb_json_format.ParseError):
        pb_json_format.Parse(text, _pb_class(cls)())
    with pytest.raises(json_format.ParseError) as error:
        json_format.Parse(text, cls())
    assert names in str(error.value)
    assert isinstance(error.value, ValueError)


def test_bad_dict_input() -> None:
    with pytest.raises(json_format.ParseError, match="scalar"):
        json_format.ParseDict({"scalar": "abc"}, literals_pb2.Literal())
    with pytest.raises(json_format.ParseError, match="scalar"):
        json_format.ParseDict({"scalar": "abc"}, literals_pb2.Literal(), ignore_unknown_fields=True)
    with pytest.raises(json_format.ParseError, match=r"Struct\.a"):
        json_format.ParseDict({"a": 10**400}, struct_pb2.Struct())
    with pytest.raises(json_format.ParseError, match="too deep"):
        json_format.ParseDict(json.loads("[" * 150 + "]" * 150), struct_pb2.ListValue())
