"""Our literal conversion against real flytekit 1.16.31's TypeEngine, on generated types
and values: what we write for a value is byte for byte what it writes, it reads what we
write as the same value, and we read what it writes as the same value."""

from __future__ import annotations

import base64
import datetime as dt
import keyword
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flytekit_core.idl import json_format
from flytekit_core.idl.flyteidl.core import literals_pb2, types_pb2
from flytekit_core.remote_common.literals import DatasetRef, from_literal, to_literal
from tests.interop import typespec
from tests.interop.conftest import RealFlytekit

HELPERS = str(Path(typespec.__file__))

# Real flytekit: the literal type and literal of each case's value, and (given ours) the
# value it reads from our literal.
REAL = """
exec(open(args["helpers"]).read(), globals())
from flyteidl.core import literals_pb2
from flytekit.core.type_engine import TypeEngine
from flytekit.models.literals import Literal
from flytekit.types.directory import FlyteDirectory
from flytekit.types.file import FlyteFile
from flytekit.types.structured import StructuredDataset
flyte = {"file": FlyteFile, "dir": FlyteDirectory, "dataset": StructuredDataset}
spec = args["spec"]
py = python_type(spec, flyte)
literal_type = TypeEngine.to_literal_type(py)
value = real_value(spec, decode(args["value"]), py, flyte)
try:
    literal = TypeEngine.to_literal(ctx, value, py, literal_type)
except TypeError as refused:  # an ambiguous union, say
    literal = None
result = {"type": pb(literal_type), "literal": literal and pb(literal), "read": None}
if args.get("ours"):
    ours = Literal.from_flyte_idl(literals_pb2.Literal.FromString(b64decode(args["ours"])))
    result["read"] = encode(plain(TypeEngine.to_python_value(ctx, ours, py)))
"""

UTC = dt.timezone.utc
LEAVES = [{"t": "int"}, {"t": "float"}, {"t": "str"}, {"t": "bool"}, {"t": "datetime"}, {"t": "timedelta"}]
names = st.from_regex(r"[a-z][a-z0-9_]{0,5}", fullmatch=True).filter(lambda n: not keyword.iskeyword(n))
enums = st.lists(names, min_size=1, max_size=3, unique=True).map(lambda v: {"t": "enum", "values": v})


def dataclasses_of(fields: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    return st.lists(st.tuples(names, fields), min_size=1, max_size=4, unique_by=lambda f: f[0]).map(
        lambda f: {"t": "dataclass", "name": "Generated", "fields": [list(x) for x in f]}
    )


def collections(inner: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    return st.one_of(
        inner.map(lambda s: {"t": "list", "of": s}),
        inner.map(lambda s: {"t": "dict", "of": s}),
        # (Optional[Optional[T]] is Optional[T] in Python: not a type of its own)
        inner.filter(lambda s: s["t"] != "optional").map(lambda s: {"t": "optional", "of": s}),
    )


def containers(inner: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    return collections(inner) | dataclasses_of(inner)


# What a dataclass may hold (flytekit's files inside dataclasses are a format of their own).
in_dataclasses = st.recursive(st.sampled_from(LEAVES) | enums, containers, max_leaves=4)
specs = st.recursive(
    st.sampled_from(
        [
            *LEAVES,
            {"t": "none"},
            {"t": "anydict"},
            {"t": "file"},
            {"t": "dir"},
            {"t": "dataset"},
            {"t": "union", "of": [{"t": "int"}, {"t": "str"}]},
            {"t": "union", "of": [{"t": "float"}, {"t": "int"}]},
            {"t": "union", "of": [{"t": "bool"}, {"t": "int"}]},
            {"t": "union", "of": [{"t": "list", "of": {"t": "float"}}, {"t": "list", "of": {"t": "int"}}]},
        ]
    )
    | enums
    | dataclasses_of(in_dataclasses),
    collections,
    max_leaves=5,
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6,
)
offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))


def values(spec: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values of ``spec`` as typespec's JSON."""
    kind = spec["t"]
    leaf = {
        "int": st.integers(-(2**63), 2**63 - 1),
        "float": st.floats(allow_nan=False),
        "str": st.text(max_size=12),
        "bool": st.booleans(),
        "none": st.none(),
        "datetime": st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2200, 1, 1), timezones=offsets),
        "timedelta": st.timedeltas(dt.timedelta(days=-9999), dt.timedelta(days=9999)),
        "anydict": st.dictionaries(st.text(max_size=4), json_values, max_size=4),
        "file": names.map(lambda n: f"s3://bucket/{n}.csv"),
        "dir": names.map(lambda n: f"s3://bucket/{n}"),
        "dataset": names.map(lambda n: f"s3://bucket/{n}.parquet"),
    }
    if kind in leaf:
        return leaf[kind].map(typespec.encode)
    if kind == "enum":
        return st.sampled_from(spec["values"])
    if kind == "union":
        return st.one_of([values(variant) for variant in spec["of"]])
    if kind == "list":
        return st.lists(values(spec["of"]), max_size=3)
    if kind == "dict":
        return st.dictionaries(st.text(max_size=4), values(spec["of"]), max_size=3)
    if kind == "optional":
        return st.none() | values(spec["of"])
    return st.fixed_dictionaries({name: values(s) for name, s in spec["fields"]})


def ours(spec: dict[str, Any], value: Any) -> Any:
    """A decoded value as our conversion takes it: a dataclass as an instance of one (its
    fields in their order, as flytekit writes it), a dataset with its format."""
    if spec["t"] == "dataclass" and value is not None:
        cls = typespec.python_type(spec, {})
        return typespec.real_value(spec, value, cls, {})
    if spec["t"] == "dataset":
        return DatasetRef(value, "parquet")
    if value is None:
        return None
    if spec["t"] in ("list", "optional"):
        inner = spec["of"]
        return [ours(inner, v) for v in value] if spec["t"] == "list" else ours(inner, value)
    if spec["t"] == "dict":
        return {k: ours(spec["of"], v) for k, v in value.items()}
    return value


def packed(value: Any) -> Any:
    """A value inside a dataclass as our conversion reads it back: MessagePack's types, so
    datetimes are the ISO text flytekit's encoder wrote, durations their seconds."""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, dict):
        return {k: packed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [packed(v) for v in value]
    return value


def read_back(spec: dict[str, Any], value: Any) -> Any:
    """What our conversion reads for a decoded value of ``spec``."""
    if value is None:
        return None
    if spec["t"] == "dataclass":
        return packed(value)
    if spec["t"] in ("list", "optional"):
        inner = spec["of"]
        return [read_back(inner, v) for v in value] if spec["t"] == "list" else read_back(inner, value)
    if spec["t"] == "dict":
        return {k: read_back(spec["of"], v) for k, v in sorted(value.items())}
    return value


cases = specs.flatmap(lambda spec: st.tuples(st.just(spec), values(spec)))


def b64(message: Any) -> str:
    return base64.b64encode(message.SerializeToString(deterministic=True)).decode()


# 30 times the profile's examples (300 in CI): each costs a round trip to real flytekit only.
@settings(
    max_examples=settings.default.max_examples * 30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(case=cases)
def test_we_write_and_read_what_real_flytekit_does(real: RealFlytekit, case: tuple[dict[str, Any], Any]) -> None:
    spec, value = case
    theirs = real.run(REAL, helpers=HELPERS, spec=spec, value=value)
    literal_type = types_pb2.LiteralType.FromString(base64.b64decode(theirs["type"]))
    decoded = typespec.decode(value)
    if theirs["literal"] is None:  # real flytekit refuses the value: so do we
        with pytest.raises(TypeError):
            to_literal(ours(spec, decoded), literal_type, "value")
        return
    their_literal = literals_pb2.Literal.FromString(base64.b64decode(theirs["literal"]))
    mine = to_literal(ours(spec, decoded), literal_type, "value")
    assert b64(mine) == theirs["literal"], (json_format.MessageToJson(mine), json_format.MessageToJson(their_literal))
    # We read what real flytekit wrote as the value; it reads what we wrote as the value.
    assert typespec.encode(from_literal(their_literal)) == typespec.encode(read_back(spec, decoded))
    read = real.run(REAL, helpers=HELPERS, spec=spec, value=value, ours=b64(mine))["read"]
    assert read == typespec.encode(typespec.plain(decoded))
