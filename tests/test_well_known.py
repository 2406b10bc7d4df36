"""The well-known type helpers of ``flytekit.idl`` (``Any``, ``Timestamp``, ``Duration``,
``Struct``, ``ListValue``) against those of protobuf's ``_pb2`` classes.

Each check runs the same operation on a ``flytekit.idl`` object and on its ``_pb2`` twin
(made from the same wire bytes), and compares what both return (or the type of what both
raise) and the deterministic wire bytes both are left with.
"""

from __future__ import annotations

import collections.abc
import datetime
import math
import time
from collections.abc import Callable
from typing import Any

import pytest

pytest.importorskip("google.protobuf")
pytest.importorskip("flyteidl")

from flyteidl.core import literals_pb2 as pb_literals_pb2
from google.protobuf import any_pb2 as pb_any_pb2
from google.protobuf import struct_pb2 as pb_struct_pb2
from google.protobuf import timestamp_pb2 as pb_timestamp_pb2
from google.protobuf.message import Message as PbMessage
from hypothesis import given
from hypothesis import strategies as st

from flytekit_core.idl.flyteidl.core import literals_pb2
from flytekit_core.idl.google.protobuf import any_pb2, duration_pb2, struct_pb2, timestamp_pb2
from flytekit_core.idl.message import Message
from flytekit_core.idl.pb2 import to_pb2

TIMESTAMP_MIN = -62135596800
TIMESTAMP_MAX = 253402300799
DURATION_MAX = 315576000000
NANOS = 1_000_000_000

UTC = datetime.timezone.utc
PLUS_5_30 = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
MINUS_8 = datetime.timezone(datetime.timedelta(hours=-8))
ZONES = [None, UTC, PLUS_5_30, MINUS_8]


# -- comparison helpers ------------------------------------------------------------------


def norm(value: Any) -> Any:
    """A comparable form of a result: messages by type and deterministic bytes, floats by repr."""
    if isinstance(value, (Message, PbMessage)):
        return ("message", value.DESCRIPTOR.full_name, value.SerializeToString(deterministic=True))
    if isinstance(value, (bool, int, str, bytes)) or value is None:
        return (type(value).__name__, value)
    if isinstance(value, float):
        return ("float", repr(value))
    if isinstance(value, (datetime.datetime, datetime.timedelta)):
        return (type(value).__name__, repr(value))
    if isinstance(value, collections.abc.KeysView):
        return ("keys", sorted(value))
    if isinstance(value, tuple):
        return ("tuple", [norm(v) for v in value])
    if isinstance(value, list):
        return ("list", [norm(v) for v in value])
    if isinstance(value, collections.abc.Iterator):
        return ("iterator", [norm(v) for v in value])
    raise AssertionError(f"no comparable form for {type(value).__name__} {value!r}")


def outcome(operation: Callable[[Any], Any], target: Any) -> tuple[str, Any]:
    try:
        return ("returned", norm(operation(target)))
    except Exception as e:
        return ("raised", type(e))


def state(message: Any) -> bytes:
    return message.SerializeToString(deterministic=True)


def same(operation: Callable[[Any], Any], ours: Any, theirs: Any) -> tuple[str, Any]:
    """Run ``operation`` on both; both must return the same (or raise the same type) and end equal."""
    assert isinstance(ours, Message)
    assert isinstance(theirs, PbMessage)
    result = outcome(operation, ours)
    assert result == outcome(operation, theirs)
    assert state(ours) == state(theirs)
    return result


def plain(value: Any) -> Any:
    """A JSON-like value with its tuples as lists (what ``==`` with a Struct or ListValue expects)."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def twins(message: Message) -> tuple[Any, Any]:
    return message, to_pb2(message)


def timestamp(seconds: int = 0, nanos: int = 0) -> tuple[Any, Any]:
    return twins(timestamp_pb2.Timestamp(seconds=seconds, nanos=nanos))


def duration(seconds: int = 0, nanos: int = 0) -> tuple[Any, Any]:
    return twins(duration_pb2.Duration(seconds=seconds, nanos=nanos))


def struct(content: dict[str, Any] | None = None) -> tuple[Any, Any]:
    ours, theirs = struct_pb2.Struct(), pb_struct_pb2.Struct()
    if content:
        ours.update(content)
        theirs.update(content)
    assert state(ours) == state(theirs)
    return ours, theirs


def list_value(content: list[Any] | None = None) -> tuple[Any, Any]:
    ours, theirs = struct_pb2.ListValue(), pb_struct_pb2.ListValue()
    if content:
        ours.extend(content)
        theirs.extend(content)
    assert state(ours) == state(theirs)
    return ours, theirs


def test_norm_tells_apart() -> None:
    assert norm(1) != norm(1.0) != norm(True)
    assert norm(0.0) != norm(-0.0)
    assert norm(datetime.datetime(2020, 1, 1)) != norm(datetime.datetime(2020, 1, 1, tzinfo=UTC))


# -- strategies --------------------------------------------------------------------------

timestamp_seconds = st.one_of(
    st.integers(TIMESTAMP_MIN, TIMESTAMP_MAX),
    st.integers(-(10**6), 10**6),
    st.sampled_from([TIMESTAMP_MIN, TIMESTAMP_MAX, TIMESTAMP_MIN - 1, TIMESTAMP_MAX + 1, 0, -1]),
    st.integers(-(2**63), 2**63 - 1),
)
nanos_values = st.one_of(
    st.integers(0, NANOS - 1),
    st.sampled_from([0, 1, 999, 1000, 999_999, 1_000_000, 500_000_000, NANOS - 1, NANOS, -1, -(NANOS - 1), -NANOS]),
    st.integers(-(2**31), 2**31 - 1),
)
duration_seconds = st.one_of(
    st.integers(-DURATION_MAX, DURATION_MAX),
    st.integers(-(10**4), 10**4),
    st.sampled_from([DURATION_MAX, -DURATION_MAX, DURATION_MAX + 1, -DURATION_MAX - 1, 0, -1, 1]),
    st.integers(-(2**63), 2**63 - 1),
)
big_ints = st.one_of(
    st.integers(-(10**12), 10**12),
    st.integers(-(10**21), 10**21),
    st.integers(-(2**80), 2**80),
    st.sampled_from([0, -1, 1, 999, -999, 1000, -1000, 10**9, -(10**9), 10**9 + 1, -(10**9) - 1]),
)
datetimes = st.datetimes(
    min_value=datetime.datetime(1, 1, 2),
    max_value=datetime.datetime(9999, 12, 30),
    timezones=st.sampled_from(ZONES),
)
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**53), 2**53),
    st.floats(allow_nan=False),
    st.text(max_size=8),
)
json_values = st.recursive(
    json_scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.text(max_size=6), children, max_size=4),
        st.tuples(children, children),
    ),
    max_leaves=12,
)
json_objects = st.dictionaries(st.text(max_size=6), json_values, max_size=5)


# -- Timestamp ---------------------------------------------------------------------------

TIMESTAMP_GETTERS = ["ToJsonString", "ToNanoseconds", "ToMicroseconds", "ToMilliseconds", "ToSeconds"]
TIMESTAMP_SETTERS = ["FromNanoseconds", "FromMicroseconds", "FromMilliseconds", "FromSeconds"]


@given(seconds=timestamp_seconds, nanos=nanos_values)
def test_timestamp_getters(seconds: int, nanos: int) -> None:
    ours, theirs = timestamp(seconds, nanos)
    for name in TIMESTAMP_GETTERS:
        same(lambda m, name=name: getattr(m, name)(), ours, theirs)
    for zone in ZONES:
        same(lambda m, zone=zone: m.ToDatetime(zone), ours, theirs)
    same(lambda m: m.ToDatetime(), ours, theirs)


@pytest.mark.parametrize(
    ("seconds", "nanos"),
    [
        (0, 0),
        (-1, 0),
        (-1, 999_999_999),  # 1969-12-31T23:59:59.999999999Z
        (-86401, 1_000),
        (1, 10_000_000),
        (1, 10_000),
        (1, 10),
        (TIMESTAMP_MIN, 0),
        (TIMESTAMP_MAX, NANOS - 1),
        (TIMESTAMP_MIN - 1, 0),
        (TIMESTAMP_MAX + 1, 0),
        (0, -1),
        (0, NANOS),
        (-62135596800, 1_999),  # nanos truncated to microseconds in ToDatetime
    ],
)
def test_timestamp_getters_edges(seconds: int, nanos: int) -> None:
    ours, theirs = timestamp(seconds, nanos)
    for name in TIMESTAMP_GETTERS:
        same(lambda m, name=name: getattr(m, name)(), ours, theirs)
    for zone in ZONES:
        same(lambda m, zone=zone: m.ToDatetime(zone), ours, theirs)


def test_timestamp_range_errors() -> None:
    for seconds, nanos in [(TIMESTAMP_MAX + 1, 0), (TIMESTAMP_MIN - 1, 0), (0, -1), (0, NANOS)]:
        ours, _ = timestamp(seconds, nanos)
        for name in TIMESTAMP_GETTERS:
            with pytest.raises(ValueError):
                getattr(ours, name)()
        with pytest.raises(ValueError):
            ours.ToDatetime()
    with pytest.raises(OverflowError):  # in range, but not as a datetime in a zone west of UTC
        timestamp(TIMESTAMP_MIN)[0].ToDatetime(MINUS_8)


@given(value=big_ints)
def test_timestamp_setters(value: int) -> None:
    for name in TIMESTAMP_SETTERS:
        ours, theirs = timestamp(7, 7)
        same(lambda m, name=name: getattr(m, name)(value), ours, theirs)


@pytest.mark.parametrize("name", TIMESTAMP_SETTERS)
@pytest.mark.parametrize(
    "value",
    [
        0,
        -1,
        1,
        -(10**9) - 1,
        TIMESTAMP_MIN * NANOS,
        TIMESTAMP_MIN * NANOS - 1,
        (TIMESTAMP_MAX + 1) * NANOS,
        TIMESTAMP_MIN,
        TIMESTAMP_MAX,
        TIMESTAMP_MAX + 1,
        TIMESTAMP_MIN - 1,
        2**70,
        1.5,  # a float: TypeError when assigned
        "1",
        None,
    ],
)
def test_timestamp_setters_edges(name: str, value: Any) -> None:
    ours, theirs = timestamp(7, 7)
    same(lambda m: getattr(m, name)(value), ours, theirs)


@pytest.mark.parametrize("cls", [timestamp_pb2.Timestamp, duration_pb2.Duration])
@pytest.mark.parametrize("name", ["FromNanoseconds", "FromMicroseconds", "FromMilliseconds", "FromSeconds"])
def test_setters_with_a_bool(cls: type[Message], name: str) -> None:
    # FromNanoseconds(True) works (the arithmetic makes an int of it); FromSeconds(True) assigns
    # the bool to an int field: TypeError.
    ours, theirs = twins(cls(seconds=7, nanos=7))
    same(lambda m: getattr(m, name)(True), ours, theirs)


def test_timestamp_before_epoch() -> None:
    ours = timestamp_pb2.Timestamp()
    ours.FromNanoseconds(-1)
    assert (ours.seconds, ours.nanos) == (-1, NANOS - 1)
    assert ours.ToJsonString() == "1969-12-31T23:59:59.999999999Z"
    assert ours.ToMicroseconds() == -1  # floor, as protobuf
    ours.FromMilliseconds(-1500)
    assert (ours.seconds, ours.nanos) == (-2, 500_000_000)
    assert ours.ToDatetime() == datetime.datetime(1969, 12, 31, 23, 59, 58, 500000)


TIMESTAMP_STRINGS = [
    "1970-01-01T00:00:00Z",
    "1970-01-01T00:00:00.1Z",
    "1972-01-01T10:00:20.021Z",
    "1972-01-01T10:00:20.021-05:00",
    "1972-01-01T10:00:20.021+05:30",
    "1969-12-31T23:59:59.999999999Z",
    "1900-02-28T12:00:00.000001Z",
    "0001-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999999999Z",
    "0001-01-01T00:00:00+00:01",  # before year 1: out of range
    "9999-12-31T23:59:59-00:01",  # after year 9999: out of range
    "1970-01-01T00:00:00.1234567891Z",  # 10 digits
    "1970-01-01T00:00:00.123456789Z",
    "1970-01-01T00:00:00.0000000005Z",
    "1970-01-01T00:00:00",
    "1970-01-01t00:00:00Z",
    "1970-01-01T00:00:00Zjunk",
    "1970-01-01T00:00:00+0800",
    "1970-01-01T00:00:00+08:xx",
    "1970-13-01T00:00:00Z",
    "1970-01-01 00:00:00Z",
    "",
    "Z",
    123,
    None,
    b"1970-01-01T00:00:00Z",
]


@pytest.mark.parametrize("value", TIMESTAMP_STRINGS)
def test_timestamp_from_json_string(value: Any) -> None:
    ours, theirs = timestamp(3, 3)
    result = same(lambda m: m.FromJsonString(value), ours, theirs)
    if result[0] == "returned":
        same(lambda m: m.ToJsonString(), ours, theirs)


@given(seconds=st.integers(TIMESTAMP_MIN, TIMESTAMP_MAX), nanos=st.integers(0, NANOS - 1))
def test_timestamp_json_string_round_trip(seconds: int, nanos: int) -> None:
    ours, theirs = timestamp(seconds, nanos)
    text = ours.ToJsonString()
    assert text == theirs.ToJsonString()
    ours, theirs = timestamp()
    same(lambda m: m.FromJsonString(text), ours, theirs)
    assert (ours.seconds, ours.nanos) == (seconds, nanos)


@given(dt=datetimes)
def test_timestamp_from_datetime(dt: datetime.datetime) -> None:
    ours, theirs = timestamp()
    same(lambda m: m.FromDatetime(dt), ours, theirs)
    for zone in ZONES:
        same(lambda m, zone=zone: m.ToDatetime(zone), ours, theirs)


@pytest.mark.parametrize(
    "value",
    [
        datetime.datetime(2020, 5, 17, 12, 30, 45, 123456),
        datetime.datetime(2020, 5, 17, 12, 30, 45, 123456, tzinfo=UTC),
        datetime.datetime(2020, 5, 17, 12, 30, 45, 123456, tzinfo=PLUS_5_30),
        datetime.datetime(2020, 5, 17, 12, 30, 45, 123456, tzinfo=MINUS_8),
        datetime.datetime(1969, 12, 31, 23, 59, 59, 999999),
        datetime.datetime(1, 1, 1),
        datetime.datetime(1, 1, 1, tzinfo=UTC),
        datetime.datetime(1, 1, 1, tzinfo=PLUS_5_30),  # before year 1 in UTC
        datetime.datetime(9999, 12, 31, 23, 59, 59, 999999),
        datetime.datetime(9999, 12, 31, 23, 59, 59, tzinfo=MINUS_8),  # after year 9999 in UTC
        datetime.date(2020, 1, 1),
        "2020-01-01T00:00:00Z",
        1234,
        None,
    ],
)
def test_timestamp_from_datetime_edges(value: Any) -> None:
    ours, theirs = timestamp(5, 5)
    same(lambda m: m.FromDatetime(value), ours, theirs)


def test_timestamp_naive_and_aware_datetimes() -> None:
    ours = timestamp_pb2.Timestamp()
    ours.FromDatetime(datetime.datetime(2020, 1, 1, 12))
    naive = (ours.seconds, ours.nanos)
    ours.FromDatetime(datetime.datetime(2020, 1, 1, 12, tzinfo=UTC))
    assert (ours.seconds, ours.nanos) == naive
    ours.FromDatetime(datetime.datetime(2020, 1, 1, 7, tzinfo=datetime.timezone(datetime.timedelta(hours=-5))))
    assert (ours.seconds, ours.nanos) == naive
    assert ours.ToDatetime() == datetime.datetime(2020, 1, 1, 12)
    assert ours.ToDatetime().tzinfo is None
    aware = ours.ToDatetime(PLUS_5_30)
    assert aware.tzinfo is PLUS_5_30
    assert aware == datetime.datetime(2020, 1, 1, 12, tzinfo=UTC)


def test_timestamp_nanosecond_rounding() -> None:
    ours, theirs = timestamp(0, 1999)  # 1.999 microseconds: truncated
    same(lambda m: m.ToDatetime(), ours, theirs)
    assert ours.ToDatetime().microsecond == 1
    same(lambda m: m.ToMicroseconds(), ours, theirs)
    same(lambda m: m.ToMilliseconds(), ours, theirs)
    ours, theirs = timestamp()
    same(lambda m: m.FromJsonString("1970-01-01T00:00:00.1234567895Z"), ours, theirs)  # 10 digits
    same(lambda m: m.FromJsonString("1970-01-01T00:00:00.000000001Z"), ours, theirs)
    assert ours.nanos == 1


def test_timestamp_get_current_time() -> None:
    ours, theirs = timestamp()
    before = time.time_ns()
    ours.GetCurrentTime()
    theirs.GetCurrentTime()
    after = time.time_ns()
    assert before // 1000 * 1000 <= ours.ToNanoseconds() <= after
    assert abs(ours.ToNanoseconds() - theirs.ToNanoseconds()) < 5 * NANOS
    assert ours.nanos % 1000 == 0  # from a datetime: microseconds


# -- Duration ----------------------------------------------------------------------------

DURATION_GETTERS = ["ToJsonString", "ToNanoseconds", "ToMicroseconds", "ToMilliseconds", "ToSeconds", "ToTimedelta"]
DURATION_SETTERS = ["FromNanoseconds", "FromMicroseconds", "FromMilliseconds", "FromSeconds"]


@given(seconds=duration_seconds, nanos=nanos_values)
def test_duration_getters(seconds: int, nanos: int) -> None:
    ours, theirs = duration(seconds, nanos)
    for name in DURATION_GETTERS:
        same(lambda m, name=name: getattr(m, name)(), ours, theirs)


@pytest.mark.parametrize(
    ("seconds", "nanos"),
    [
        (0, 0),
        (0, -1),
        (0, -999),
        (0, -1000),
        (0, -1001),
        (0, -1_500_000),
        (-1, -500_000_000),
        (1, 500_000_000),
        (-1, 0),
        (DURATION_MAX, NANOS - 1),
        (-DURATION_MAX, -(NANOS - 1)),
        (DURATION_MAX + 1, 0),
        (-DURATION_MAX - 1, 0),
        (1, -1),  # sign mismatch
        (-1, 1),
        (0, NANOS),
        (0, -NANOS),
        (2**62, 0),  # ToTimedelta overflows
    ],
)
def test_duration_getters_edges(seconds: int, nanos: int) -> None:
    ours, theirs = duration(seconds, nanos)
    for name in DURATION_GETTERS:
        same(lambda m, name=name: getattr(m, name)(), ours, theirs)


def test_duration_negative() -> None:
    ours = duration_pb2.Duration()
    ours.FromNanoseconds(-1_500_000_001)
    assert (ours.seconds, ours.nanos) == (-1, -500_000_001)
    assert ours.ToJsonString() == "-1.500000001s"
    assert ours.ToMicroseconds() == -1_500_000  # toward zero
    assert ours.ToMilliseconds() == -1_500
    assert ours.ToTimedelta() == -datetime.timedelta(seconds=1, microseconds=500_000)
    ours.FromTimedelta(datetime.timedelta(microseconds=-1))
    assert (ours.seconds, ours.nanos) == (0, -1000)
    with pytest.raises(ValueError):
        duration(1, -1)[0].ToJsonString()


@given(value=big_ints)
def test_duration_setters(value: int) -> None:
    for name in DURATION_SETTERS:
        ours, theirs = duration(7, 7)
        same(lambda m, name=name: getattr(m, name)(value), ours, theirs)
        same(lambda m: m.ToJsonString(), ours, theirs)


@pytest.mark.parametrize("name", DURATION_SETTERS)
@pytest.mark.parametrize(
    "value", [0, -1, 1, -999, -1000, -1001, -(10**9) - 1, 10**9 + 1, 2**63, -(2**63) * NANOS, 1.5, "1", None]
)
def test_duration_setters_edges(name: str, value: Any) -> None:
    ours, theirs = duration(7, 7)
    same(lambda m: getattr(m, name)(value), ours, theirs)


@given(td=st.timedeltas())
def test_duration_from_timedelta(td: datetime.timedelta) -> None:
    ours, theirs = duration()
    same(lambda m: m.FromTimedelta(td), ours, theirs)  # no range check, as protobuf
    same(lambda m: m.ToTimedelta(), ours, theirs)
    assert ours.ToTimedelta() == td


@pytest.mark.parametrize(
    "value",
    [
        datetime.timedelta(0),
        datetime.timedelta(microseconds=-1),
        datetime.timedelta(days=-1, microseconds=1),
        datetime.timedelta.max,
        datetime.timedelta.min,
        1,
        "1s",
        None,
        datetime.datetime(2020, 1, 1),
    ],
)
def test_duration_from_timedelta_edges(value: Any) -> None:
    ours, theirs = duration(3, 3)
    same(lambda m: m.FromTimedelta(value), ours, theirs)


DURATION_STRINGS = [
    "0s",
    "1s",
    "-1s",
    "1.5s",
    "-1.5s",
    "0.000000001s",
    "-0.000000001s",
    "1.0000000001s",
    "1.0000000005s",
    "-0.5s",
    "315576000000s",
    "315576000001s",
    "-315576000000.999999999s",
    "-315576000001s",
    "1.999999999999s",
    "01s",
    "+1s",
    " 1s",
    "1_0s",
    "1e3s",
    "1",
    "s",
    "",
    ".5s",
    "-.5s",
    "1.s",
    "1.5.5s",
    "abcs",
    "1S",
    1,
    None,
    b"1s",
]


@pytest.mark.parametrize("value", DURATION_STRINGS)
def test_duration_from_json_string(value: Any) -> None:
    ours, theirs = duration(3, 3)
    result = same(lambda m: m.FromJsonString(value), ours, theirs)
    if result[0] == "returned":
        same(lambda m: m.ToJsonString(), ours, theirs)


@given(seconds=st.integers(-DURATION_MAX, DURATION_MAX), nanos=st.integers(0, NANOS - 1))
def test_duration_json_string_round_trip(seconds: int, nanos: int) -> None:
    if seconds < 0:
        nanos = -nanos
    ours, theirs = duration(seconds, nanos)
    text = ours.ToJsonString()
    assert text == theirs.ToJsonString()
    ours, theirs = duration()
    same(lambda m: m.FromJsonString(text), ours, theirs)
    assert (ours.seconds, ours.nanos) == (seconds, nanos)


# -- Timestamp and Duration arithmetic ---------------------------------------------------

ARITHMETIC: list[tuple[str, Callable[[Any, Any], Any]]] = [
    ("t + d", lambda t, d: t + d),
    ("d + t", lambda t, d: d + t),
    ("t - d", lambda t, d: t - d),
    ("t - t", lambda t, d: t - t),
    ("d + d", lambda t, d: d + d),
    ("d - d", lambda t, d: d - d),
    ("t + timedelta", lambda t, d: t + datetime.timedelta(hours=1, microseconds=3)),
    ("timedelta + t", lambda t, d: datetime.timedelta(days=-3) + t),
    ("t - timedelta", lambda t, d: t - datetime.timedelta(seconds=90)),
    ("t - datetime", lambda t, d: t - datetime.datetime(2000, 1, 1)),
    ("datetime - t", lambda t, d: datetime.datetime(2000, 1, 1) - t),
    ("aware datetime - t", lambda t, d: datetime.datetime(2000, 1, 1, tzinfo=UTC) - t),
    ("d + timedelta", lambda t, d: d + datetime.timedelta(seconds=1)),
    ("timedelta + d", lambda t, d: datetime.timedelta(seconds=1) + d),
    ("d - timedelta", lambda t, d: d - datetime.timedelta(seconds=1)),
    ("timedelta - d", lambda t, d: datetime.timedelta(seconds=1) - d),
    ("datetime + d", lambda t, d: datetime.datetime(2000, 1, 1) + d),
    ("d + datetime", lambda t, d: d + datetime.datetime(2000, 1, 1)),
    ("datetime - d", lambda t, d: datetime.datetime(2000, 1, 1) - d),
    ("t + t", lambda t, d: t + t),
    ("d - t", lambda t, d: d - t),
    ("t + 1", lambda t, d: t + 1),
    ("d * 2", lambda t, d: d * 2),
]


@pytest.mark.parametrize(("name", "operation"), ARITHMETIC, ids=[name for name, _ in ARITHMETIC])
@pytest.mark.parametrize(
    ("t_value", "d_value"),
    [((1_000_000_000, 123_456_789), (-90, -500_001)), ((-1, 999_999_999), (3600, 1999)), ((0, 0), (0, -1))],
)
def test_arithmetic(
    name: str, operation: Callable[[Any, Any], Any], t_value: tuple[int, int], d_value: tuple[int, int]
) -> None:
    ours_t, theirs_t = timestamp(*t_value)
    ours_d, theirs_d = duration(*d_value)
    assert outcome(lambda pair: operation(*pair), (ours_t, ours_d)) == outcome(
        lambda pair: operation(*pair), (theirs_t, theirs_d)
    )


def test_arithmetic_values() -> None:
    t = timestamp_pb2.Timestamp(seconds=86400)
    d = duration_pb2.Duration(seconds=-60, nanos=-1500)
    assert t + d == datetime.datetime(1970, 1, 1, 23, 58, 59, 999999)
    assert d + t == t + d
    assert t - t == datetime.timedelta(0)
    assert d - d == datetime.timedelta(0)
    assert t - d == datetime.datetime(1970, 1, 2, 0, 1, 0, 1)
    assert isinstance(t - d, datetime.datetime)


# -- Any ---------------------------------------------------------------------------------


def _literal() -> Any:
    literal = literals_pb2.Literal()
    literal.scalar.primitive.integer = 42
    literal.metadata["b"] = "2"
    literal.metadata["a"] = "1"
    literal.hash = "abc"
    return literal


@pytest.mark.parametrize(
    "prefix", [None, "type.googleapis.com/", "example.com", "example.com/", "", "/", "a/b/", "a//"]
)
@pytest.mark.parametrize("deterministic", [None, False, True])
def test_any_pack(prefix: str | None, deterministic: bool | None) -> None:
    literal = _literal()
    args: dict[str, Any] = {"deterministic": deterministic}
    if prefix is not None:
        args["type_url_prefix"] = prefix
    ours, theirs = twins(any_pb2.Any(type_url="old", value=b"old"))
    ours.Pack(literal, **args)
    theirs.Pack(to_pb2(literal), **args)
    assert ours.type_url == theirs.type_url
    if deterministic:
        assert ours.value == theirs.value
    assert pb_literals_pb2.Literal.FromString(ours.value) == to_pb2(literal)
    assert literals_pb2.Literal.FromString(theirs.value) == literal


def test_any_pack_well_known_and_empty() -> None:
    for inner in [timestamp_pb2.Timestamp(seconds=5), struct_pb2.Struct(), literals_pb2.Literal()]:
        ours, theirs = any_pb2.Any(), pb_any_pb2.Any()
        ours.Pack(inner)
        theirs.Pack(to_pb2(inner))
        assert state(ours) == state(theirs)


def test_any_unpack() -> None:
    literal = _literal()
    ours, theirs = any_pb2.Any(), pb_any_pb2.Any()
    ours.Pack(literal, deterministic=True)
    theirs.Pack(to_pb2(literal), deterministic=True)
    assert state(ours) == state(theirs)

    # Unpack replaces what the target held.
    target = literals_pb2.Literal(hash="other")
    target.collection.literals.add().scalar.primitive.string_value = "x"
    pb_target = to_pb2(target)
    assert ours.Unpack(target) is True
    assert theirs.Unpack(pb_target) is True
    assert target == literal
    assert state(target) == state(pb_target)

    # A message of another type: False, and the target is untouched.
    for ours_target, theirs_target in [
        twins(timestamp_pb2.Timestamp(seconds=9)),
        twins(literals_pb2.LiteralCollection()),
        twins(any_pb2.Any(type_url="x")),
    ]:
        before = state(ours_target)
        assert ours.Unpack(ours_target) is theirs.Unpack(theirs_target) is False
        assert state(ours_target) == state(theirs_target) == before


@pytest.mark.parametrize(
    "type_url",
    [
        "",
        "flyteidl.core.Literal",  # no "/": never a match
        "type.googleapis.com/flyteidl.core.Literal",
        "/flyteidl.core.Literal",
        "a/b/flyteidl.core.Literal",
        "type.googleapis.com/flyteidl.core.Literal/",
        "type.googleapis.com/flyteidl.core.Scalar",
        "type.googleapis.com/google.protobuf.Timestamp",
    ],
)
def test_any_type_name_and_is(type_url: str) -> None:
    ours, theirs = twins(any_pb2.Any(type_url=type_url))
    assert ours.TypeName() == theirs.TypeName()
    for ours_cls, theirs_cls in [
        (literals_pb2.Literal, pb_literals_pb2.Literal),
        (literals_pb2.Scalar, pb_literals_pb2.Scalar),
        (timestamp_pb2.Timestamp, pb_timestamp_pb2.Timestamp),
    ]:
        expected = theirs.Is(theirs_cls.DESCRIPTOR)
        assert ours.Is(ours_cls.DESCRIPTOR) is expected
        assert ours.Is(ours_cls) is expected
        assert ours.Is(theirs_cls.DESCRIPTOR) is expected  # a protobuf Descriptor works too


# -- Struct ------------------------------------------------------------------------------


@given(content=json_objects)
def test_struct_update_and_read(content: dict[str, Any]) -> None:
    ours, theirs = struct()
    same(lambda m: m.update(content), ours, theirs)
    same(len, ours, theirs)
    same(bool, ours, theirs)
    same(lambda m: sorted(m), ours, theirs)
    same(lambda m: m.keys(), ours, theirs)
    same(lambda m: sorted(m.items(), key=lambda item: item[0]), ours, theirs)
    same(lambda m: sorted(zip(m.keys(), m.values(), strict=True), key=lambda item: item[0]), ours, theirs)
    for key in content:
        same(lambda m, key=key: m[key], ours, theirs)
        same(lambda m, key=key: key in m, ours, theirs)
    assert ours == plain(content)
    assert not (ours != plain(content))


@given(content=json_objects, key=st.text(max_size=6), value=json_values)
def test_struct_set_item(content: dict[str, Any], key: str, value: Any) -> None:
    ours, theirs = struct(content)
    same(lambda m: m.__setitem__(key, value), ours, theirs)
    same(lambda m: m[key], ours, theirs)


@pytest.mark.parametrize(
    "value",
    [
        None,
        True,
        False,
        0,
        1,
        -7,
        2**53 + 1,  # not exact as a double
        2**1100,  # too large for a double: OverflowError
        0.0,
        -0.0,
        1.5,
        float("inf"),
        float("-inf"),
        "",
        "text",
        "ünïcode",
        {},
        {"a": {"b": {"c": [1, None, "x"]}}},
        [],
        [[]],
        [1, [2, [3, {"d": False}]]],
        (1, "x"),
        b"bytes",
        object(),
        {1, 2},
        {"a": object()},
        [1, object()],
        datetime.datetime(2020, 1, 1),
    ],
    ids=repr,
)
def test_struct_conversions(value: Any) -> None:
    for existing in [None, 5, "s", {"x": 1}, [1, 2]]:
        ours, theirs = struct({"k": existing, "other": 1})
        same(lambda m: m.__setitem__("k", value), ours, theirs)
        same(lambda m: m["k"], ours, theirs)
        same(lambda m: m.__setitem__("new", value), ours, theirs)
        same(lambda m: sorted(m.items(), key=lambda item: item[0]), ours, theirs)


def test_struct_reads_plain_values() -> None:
    ours = struct_pb2.Struct()
    ours.update({"n": None, "b": True, "i": 3, "f": 2.5, "s": "x", "d": {"a": 1}, "l": [1, "y"]})
    assert ours["n"] is None
    assert ours["b"] is True
    assert ours["i"] == 3.0
    assert type(ours["i"]) is float
    assert ours["f"] == 2.5
    assert ours["s"] == "x"
    assert isinstance(ours["d"], struct_pb2.Struct)
    assert ours["d"]["a"] == 1.0
    assert isinstance(ours["l"], struct_pb2.ListValue)
    assert list(ours["l"]) == [1.0, "y"]


def test_struct_nested_values_are_live() -> None:
    ours, theirs = struct({"d": {"a": 1}, "l": [1]})
    for m in (ours, theirs):
        m["d"]["b"] = [True]
        m["d"]["b"].append(None)
        m["l"].append({"z": "z"})
        m["l"][1]["y"] = 2
    assert state(ours) == state(theirs)
    assert ours == {"d": {"a": 1, "b": [True, None]}, "l": [1, {"z": "z", "y": 2}]}


@pytest.mark.parametrize("key", ["missing", "a", 1, None, b"a", 1.5, ("a",)])
def test_struct_keys(key: Any) -> None:
    for op in [
        lambda m: m[key],
        lambda m: m.__setitem__(key, 1),
        lambda m: m.__delitem__(key),
        lambda m: key in m,
        lambda m: m.get_or_create_list(key),
        lambda m: m.get_or_create_struct(key),
        lambda m: m.update({key: "v"}),
    ]:
        ours, theirs = struct({"a": "x", "b": 2})
        same(op, ours, theirs)


def test_struct_missing_key() -> None:
    """Reading a missing key raises ValueError and leaves the key with an unset value, as protobuf does."""
    ours, theirs = struct({"a": 1})
    assert same(lambda m: m["missing"], ours, theirs) == ("raised", ValueError)
    assert "missing" in ours
    with pytest.raises(ValueError, match="Value not set"):
        ours.items()
    ours, theirs = struct({"a": 1})
    assert same(lambda m: m.__delitem__("missing"), ours, theirs) == ("raised", KeyError)
    with pytest.raises(KeyError):
        del ours["missing"]
    del ours["a"]
    assert len(ours) == 0
    assert not ours


def test_struct_get_or_create() -> None:
    base = {"l": [1, 2], "s": {"x": 1}, "n": 3}
    for key in ["l", "s", "n", "new"]:
        for name in ["get_or_create_list", "get_or_create_struct"]:
            ours, theirs = struct(base)
            same(lambda m, key=key, name=name: getattr(m, name)(key), ours, theirs)
    ours = struct_pb2.Struct()
    ours.update(base)
    ours.get_or_create_list("l").append(3)
    ours.get_or_create_struct("s")["y"] = 2
    ours.get_or_create_list("n").append("now a list")
    ours.get_or_create_struct("new")["z"] = None
    assert ours == {"l": [1, 2, 3], "s": {"x": 1, "y": 2}, "n": ["now a list"], "new": {"z": None}}


def test_struct_from_struct_and_list_value() -> None:
    ours_source, theirs_source = struct({"a": [1, {"b": "c"}], "d": None})
    ours_list, theirs_list = list_value([1, [2], {"e": True}])
    ours, theirs = struct({"x": 1})
    ours["s"] = ours_source
    theirs["s"] = theirs_source
    ours["l"] = ours_list
    theirs["l"] = theirs_list
    ours.update(ours_source)
    theirs.update(theirs_source)
    assert state(ours) == state(theirs)
    ours["s"]["a"] = "changed"  # a copy: the source is unchanged
    assert ours_source["a"] == [1, {"b": "c"}]


def test_struct_equality() -> None:
    ours, theirs = struct({"a": [1, {"b": None}], "c": "x"})
    for other in [
        {"a": [1, {"b": None}], "c": "x"},
        {"a": [1.0, {"b": None}], "c": "x"},
        {"a": [1, {"b": None}]},
        {"a": [1, {"b": 0}], "c": "x"},
        {"a": [1, {"b": None}], "c": "y"},
        {"a": [1, {"b": None}], "z": "x"},
        {"a": [1], "c": "x"},
        {},
        [],
        "x",
        None,
    ]:
        assert (ours == other) is (theirs == other), other
        assert (ours != other) is not (ours == other)
    assert ours == struct_pb2.Struct.FromString(state(ours))
    assert struct_pb2.Struct() == {}
    assert struct_pb2.Struct() != {"a": 1}
    with pytest.raises(TypeError):
        hash(ours)


def test_struct_protocols() -> None:
    ours, theirs = struct({"b": 1, "a": 2})
    assert isinstance(ours, collections.abc.MutableMapping) is isinstance(theirs, collections.abc.MutableMapping)
    assert isinstance(ours, collections.abc.MutableMapping)
    assert sorted(iter(ours)) == sorted(iter(theirs)) == ["a", "b"]
    assert dict(ours) == dict(theirs) == {"a": 2.0, "b": 1.0}
    assert bool(struct_pb2.Struct()) is bool(pb_struct_pb2.Struct()) is False  # empty Struct is falsy, as protobuf
    assert {**ours} == {"a": 2.0, "b": 1.0}


# -- ListValue ---------------------------------------------------------------------------


@given(content=st.lists(json_values, max_size=6), extra=json_values)
def test_list_value(content: list[Any], extra: Any) -> None:
    ours, theirs = list_value()
    same(lambda m: m.extend(content), ours, theirs)
    same(len, ours, theirs)
    same(bool, ours, theirs)
    same(list, ours, theirs)
    same(lambda m: m.items(), ours, theirs)
    same(lambda m: m.append(extra), ours, theirs)
    for index in range(-len(content) - 2, len(content) + 2):
        same(lambda m, index=index: m[index], ours, theirs)
    assert ours == plain([*content, extra])
    # upb's ``in`` can fail (SystemError) when a nested comparison meets a non-list, e.g.
    # ``[None, []] in [[None, None]]``: compare with plain Python lists instead.
    for probe in [extra, *content, None, 1, "x", {}, [], [None]]:
        assert (probe in ours) is (probe in plain([*content, extra]))


@pytest.mark.parametrize(
    "value",
    [None, True, 0, 3, 2**1100, -0.0, float("inf"), "s", {}, {"a": [1]}, [], [1, [2]], (1,), b"b", object(), {1}],
    ids=repr,
)
def test_list_value_conversions(value: Any) -> None:
    for op in [
        lambda m: m.append(value),
        lambda m: m.extend([1, value, 2]),
        lambda m: m.__setitem__(0, value),
        lambda m: m.__setitem__(-1, value),
        lambda m: m.__setitem__(5, value),
        lambda m: value in m,
    ]:
        ours, theirs = list_value([None, "x", {"k": 1}, [1]])
        same(op, ours, theirs)
        same(lambda m: m.items(), ours, theirs)


def test_list_value_indexing() -> None:
    for op in [
        lambda m: m[0],
        lambda m: m[-1],
        lambda m: m[4],
        lambda m: m[-5],
        lambda m: m[0:2],  # protobuf: AttributeError (a list has no WhichOneof)
        lambda m: m["0"],
        lambda m: m.__delitem__(0),
        lambda m: m.__delitem__(-1),
        lambda m: m.__delitem__(9),
        lambda m: m.__delitem__(slice(1, 3)),
        lambda m: m.__setitem__(slice(0, 1), [5]),
        lambda m: m.add_struct(),
        lambda m: m.add_list(),
        lambda m: list(m),
        lambda m: 1 in m,
        lambda m: "x" in m,
        lambda m: None in m,
        lambda m: {"k": 1} in m,
    ]:
        ours, theirs = list_value([1, "x", None, {"k": 1}])
        same(op, ours, theirs)


def test_list_value_add_struct_and_list() -> None:
    ours, theirs = list_value([1])
    for m in (ours, theirs):
        s = m.add_struct()
        s["a"] = 1
        inner = m.add_list()
        inner.append("b")
        inner.add_list()
        m.add_struct()
    assert state(ours) == state(theirs)
    assert ours == [1, {"a": 1}, ["b", []], {}]


def test_list_value_equality_and_protocols() -> None:
    ours, theirs = list_value([1, {"a": [None]}, "x"])
    for other in [[1, {"a": [None]}, "x"], [1, {"a": [None]}], [2, {"a": [None]}, "x"], [1, {"a": []}, "x"], [], ()]:
        assert (ours == other) is (theirs == other), other
        assert (ours != other) is not (ours == other)
    assert isinstance(ours, collections.abc.MutableSequence)
    assert isinstance(theirs, collections.abc.MutableSequence)
    assert norm(list(reversed(ours))) == norm(list(reversed(theirs)))
    assert bool(struct_pb2.ListValue()) is bool(pb_struct_pb2.ListValue()) is False
    with pytest.raises(TypeError):
        hash(ours)


# -- default sub-messages join their parent when changed ----------------------------------

JOIN_OPERATIONS: list[tuple[str, Callable[[Any], Any]]] = [
    ("struct set", lambda v: v.struct_value.__setitem__("a", 1)),
    ("struct update", lambda v: v.struct_value.update({"a": [1]})),
    ("struct update empty", lambda v: v.struct_value.update({})),
    ("struct get_or_create_list", lambda v: v.struct_value.get_or_create_list("l")),
    ("struct get_or_create_struct", lambda v: v.struct_value.get_or_create_struct("s")),
    ("struct missing read", lambda v: v.struct_value["missing"]),
    ("struct keys", lambda v: v.struct_value.keys()),
    ("struct len", lambda v: len(v.struct_value)),
    ("struct contains", lambda v: "a" in v.struct_value),
    ("struct contains non-str", lambda v: 1 in v.struct_value),
    ("struct items", lambda v: v.struct_value.items()),
    ("list append", lambda v: v.list_value.append(None)),
    ("list extend", lambda v: v.list_value.extend([1, "a"])),
    ("list extend empty", lambda v: v.list_value.extend([])),
    ("list add_struct", lambda v: v.list_value.add_struct()),
    ("list add_list", lambda v: v.list_value.add_list()),
    ("list len", lambda v: len(v.list_value)),
    ("list contains", lambda v: 1 in v.list_value),
    ("list read", lambda v: v.list_value[0]),
]


@pytest.mark.parametrize(("name", "operation"), JOIN_OPERATIONS, ids=[name for name, _ in JOIN_OPERATIONS])
def test_default_sub_message_joins_parent(name: str, operation: Callable[[Any], Any]) -> None:
    ours, theirs = twins(struct_pb2.Value(number_value=3))
    same(operation, ours, theirs)
    same(lambda v: v.WhichOneof("kind"), ours, theirs)
    ours, theirs = twins(struct_pb2.Value())
    same(operation, ours, theirs)
    same(lambda v: v.WhichOneof("kind"), ours, theirs)


def test_failed_delete_leaves_default_sub_message_alone() -> None:
    """Differs from upb on purpose: there, ``del`` of a missing key (KeyError) still sets ``struct_value``."""
    value = struct_pb2.Value(number_value=3)
    with pytest.raises(KeyError):
        del value.struct_value["a"]
    assert value.WhichOneof("kind") == "number_value"
    theirs = pb_struct_pb2.Value(number_value=3)
    with pytest.raises(KeyError):
        del theirs.struct_value["a"]
    assert theirs.WhichOneof("kind") == "struct_value"


def test_value_struct_value_set() -> None:
    value = struct_pb2.Value()
    value.struct_value["a"] = 1
    assert value.WhichOneof("kind") == "struct_value"
    assert value.struct_value["a"] == 1.0


def test_literal_generic_joins_parents() -> None:
    ours, theirs = twins(literals_pb2.Literal())
    for literal in (ours, theirs):
        literal.scalar.generic["a"] = {"b": [1, None]}
        literal.scalar.generic.get_or_create_list("c").append("d")
    assert state(ours) == state(theirs)
    assert ours.HasField("scalar")
    assert ours.scalar.WhichOneof("value") == "generic"
    assert ours.scalar.generic == {"a": {"b": [1, None]}, "c": ["d"]}

    ours, theirs = twins(literals_pb2.Literal())
    same(lambda m: len(m.scalar.generic), ours, theirs)
    same(lambda m: "a" in m.scalar.generic, ours, theirs)
    same(lambda m: m.HasField("scalar"), ours, theirs)
    assert not ours.HasField("scalar")


# -- the mixins keep no state --------------------------------------------------------------


def test_mixins_have_no_instance_state() -> None:
    from flytekit_core.idl import well_known

    for mixin in [
        well_known.AnyMixin,
        well_known.TimestampMixin,
        well_known.DurationMixin,
        well_known.StructMixin,
        well_known.ListValueMixin,
    ]:
        assert mixin.__dict__["__slots__"] == ()
    for cls in [any_pb2.Any, timestamp_pb2.Timestamp, duration_pb2.Duration, struct_pb2.Struct, struct_pb2.ListValue]:
        assert not hasattr(cls(), "__dict__")


def test_no_nan_surprises() -> None:
    ours, theirs = list_value([float("nan")])
    assert math.isnan(ours[0])
    assert state(ours) == state(theirs)
