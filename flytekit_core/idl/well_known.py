"""Helper methods of protobuf's well-known types (Any, Timestamp, Duration, Struct, ListValue),
mixed into the generated classes as ``_pb2`` mixes them in.

The methods behave as those of ``google.protobuf.internal.well_known_types`` (the ones
``_pb2`` classes get), with the same results and exception types:

- ``Any``: ``Pack``, ``Unpack``, ``TypeName``, ``Is``;
- ``Timestamp``: RFC 3339 strings, conversions to and from nanoseconds, microseconds,
  milliseconds, seconds since the epoch and ``datetime``, ``GetCurrentTime``, and
  arithmetic with ``Duration``/``timedelta``/``datetime``;
- ``Duration``: the same conversions, to and from ``timedelta``, and arithmetic;
- ``Struct``/``ListValue``: a ``dict``-like and a ``list``-like view of plain Python values
  (``None``, ``float``, ``str``, ``bool``, ``Struct``, ``ListValue``); ``Struct`` is a
  registered ``MutableMapping`` and ``ListValue`` a ``MutableSequence``, as with ``_pb2``.

Changes go through the public field API (attributes and containers), so a default
sub-message read through an unset field joins its parent when changed, as with ``_pb2``:
after ``value.struct_value["a"] = 1``, ``value.WhichOneof("kind") == "struct_value"``.

The Timestamp and Duration string forms are shared with :mod:`flytekit_core.idl.json_format`.

The mixins keep no instance state (``__slots__ = ()``): the generated classes own the slots.
"""

from __future__ import annotations

import calendar
import collections.abc
import datetime
from collections.abc import Iterable, Iterator, KeysView, Mapping
from typing import TYPE_CHECKING, Any

from flytekit_core.idl import values

NANOS_PER_SECOND = 1_000_000_000
_NANOS_PER_MILLISECOND = 1_000_000
_NANOS_PER_MICROSECOND = 1_000
_MICROS_PER_SECOND = 1_000_000
_MILLIS_PER_SECOND = 1_000
SECONDS_PER_DAY = 24 * 3600
DURATION_SECONDS_MAX = 315576000000
TIMESTAMP_SECONDS_MIN = -62135596800
TIMESTAMP_SECONDS_MAX = 253402300799
_TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S"
_EPOCH = datetime.datetime(1970, 1, 1)
_EPOCH_UTC = _EPOCH.replace(tzinfo=datetime.timezone.utc)


# -- Timestamp and Duration strings and ranges (shared with json_format) -----------------


def check_timestamp_valid(seconds: int, nanos: int) -> None:
    """Raise ``ValueError`` unless ``(seconds, nanos)`` is a valid Timestamp (years 1 to 9999)."""
    if seconds < TIMESTAMP_SECONDS_MIN or seconds > TIMESTAMP_SECONDS_MAX:
        raise ValueError(f"Timestamp is not valid: Seconds {seconds} must be in range [-62135596800, 253402300799].")
    if nanos < 0 or nanos >= NANOS_PER_SECOND:
        raise ValueError(f"Timestamp is not valid: Nanos {nanos} must be in a range [0, 999999999].")


def check_duration_valid(seconds: int, nanos: int) -> None:
    """Raise ``ValueError`` unless ``(seconds, nanos)`` is a valid Duration (about ±10000 years)."""
    if seconds < -DURATION_SECONDS_MAX or seconds > DURATION_SECONDS_MAX:
        raise ValueError(f"Duration is not valid: Seconds {seconds} must be in range [-315576000000, 315576000000].")
    if nanos <= -NANOS_PER_SECOND or nanos >= NANOS_PER_SECOND:
        raise ValueError(f"Duration is not valid: Nanos {nanos} must be in range [-999999999, 999999999].")
    if (nanos < 0 and seconds > 0) or (nanos > 0 and seconds < 0):
        raise ValueError("Duration is not valid: Sign mismatch.")


def _fraction(nanos: int) -> str:
    """0, 3, 6 or 9 fractional digits, as few as represent ``nanos`` exactly."""
    if nanos == 0:
        return ""
    if nanos % 1_000_000 == 0:
        return f".{nanos // 1_000_000:03d}"
    if nanos % 1_000 == 0:
        return f".{nanos // 1_000:06d}"
    return f".{nanos:09d}"


def timestamp_to_string(seconds: int, nanos: int) -> str:
    """RFC 3339 in UTC (``Z``), with 0, 3, 6 or 9 fractional digits; ``ValueError`` if invalid."""
    check_timestamp_valid(seconds, nanos)
    second_of_day = seconds % SECONDS_PER_DAY
    days = (seconds - second_of_day) // SECONDS_PER_DAY
    moment = _EPOCH + datetime.timedelta(days, second_of_day)
    return moment.isoformat() + _fraction(nanos) + "Z"


def duration_to_string(seconds: int, nanos: int) -> str:
    """Such as ``"-3.100s"``, with 0, 3, 6 or 9 fractional digits; ``ValueError`` if invalid."""
    check_duration_valid(seconds, nanos)
    sign = ""
    if seconds < 0 or nanos < 0:
        sign, seconds, nanos = "-", -seconds, -nanos
    return f"{sign}{seconds}{_fraction(nanos)}s"


def timestamp_from_string(value: Any) -> tuple[int, int]:
    """``(seconds, nanos)`` of an RFC 3339 string, with any offset and up to 9 fractional digits."""
    if not isinstance(value, str):
        raise ValueError(f"Timestamp JSON value not a string: {value!r}")
    offset = value.find("Z")
    if offset == -1:
        offset = value.find("+")
    if offset == -1:
        offset = value.rfind("-")
    if offset == -1:
        raise ValueError("Failed to parse timestamp: missing valid timezone offset.")
    time_value = value[:offset]
    point = time_value.find(".")
    if point == -1:
        second_value, nano_value = time_value, ""
    else:
        second_value, nano_value = time_value[:point], time_value[point + 1 :]
    if "t" in second_value:
        raise ValueError(
            f"time data '{second_value}' does not match format '%Y-%m-%dT%H:%M:%S', lowercase 't' is not accepted"
        )
    delta = datetime.datetime.strptime(second_value, _TIMESTAMP_FORMAT) - _EPOCH
    seconds = delta.seconds + delta.days * SECONDS_PER_DAY
    if len(nano_value) > 9:
        raise ValueError(f"Failed to parse Timestamp: nanos {nano_value} more than 9 fractional digits.")
    nanos = round(float("0." + nano_value) * 1e9) if nano_value else 0
    if value[offset] == "Z":
        if len(value) != offset + 1:
            raise ValueError(f"Failed to parse timestamp: invalid trailing data {value}.")
    else:
        zone = value[offset:]
        colon = zone.find(":")
        if colon == -1:
            raise ValueError(f"Invalid timezone offset value: {zone}.")
        shift = (int(zone[1:colon]) * 60 + int(zone[colon + 1 :])) * 60
        seconds += -shift if zone[0] == "+" else shift
    check_timestamp_valid(seconds, nanos)
    return int(seconds), int(nanos)


def duration_from_string(value: Any) -> tuple[int, int]:
    """``(seconds, nanos)`` of a duration string such as ``"-3.100s"``."""
    if not isinstance(value, str):
        raise ValueError(f"Duration JSON value not a string: {value!r}")
    if len(value) < 1 or value[-1] != "s":
        raise ValueError(f'Duration must end with letter "s": {value}.')
    try:
        point = value.find(".")
        if point == -1:
            seconds = int(value[:-1])
            nanos = 0
        else:
            seconds = int(value[:point])
            sign = "-" if value[0] == "-" else ""
            nanos = round(float(f"{sign}0{value[point:-1]}") * 1e9)
        check_duration_valid(seconds, nanos)
    except ValueError as e:
        raise ValueError(f"Couldn't parse duration: {value} : {e}.") from None
    return seconds, nanos


def _toward_zero(value: int, divider: int) -> int:
    """``value / divider`` with the fraction dropped (``-5 // 2`` would give ``-3``; this gives ``-2``)."""
    quotient, remainder = divmod(value, divider)
    return quotient + 1 if quotient < 0 and remainder > 0 else quotient


# -- Any ---------------------------------------------------------------------------------


class AnyMixin:
    """``google.protobuf.Any``: a message of any type, as its type URL and its bytes."""

    __slots__ = ()

    if TYPE_CHECKING:
        type_url: str
        value: bytes

    def Pack(self, msg: Any, type_url_prefix: str = "type.googleapis.com/", deterministic: bool | None = None) -> None:
        """Store ``msg``: its type URL (``type_url_prefix`` and its full name) and its bytes."""
        separator = "" if type_url_prefix.endswith("/") else "/"
        self.type_url = f"{type_url_prefix}{separator}{msg.DESCRIPTOR.full_name}"
        self.value = msg.SerializeToString(deterministic=bool(deterministic))

    def Unpack(self, msg: Any) -> bool:
        """Parse the packed message into ``msg`` if it is of ``msg``'s type; ``False`` if not."""
        if not self.Is(msg.DESCRIPTOR):
            return False
        msg.ParseFromString(self.value)
        return True

    def TypeName(self) -> str:
        """The full name of the packed message's type (the type URL's last part)."""
        return self.type_url.rpartition("/")[2]

    def Is(self, descriptor: Any) -> bool:
        """Whether the packed message is of the type ``descriptor`` describes.

        ``descriptor`` is a message class's ``DESCRIPTOR`` (anything with a ``full_name``,
        a protobuf ``Descriptor`` included) or a message class.
        """
        if "/" not in self.type_url:
            return False
        if isinstance(descriptor, type):
            descriptor = descriptor.DESCRIPTOR
        return self.TypeName() == descriptor.full_name


# -- Timestamp ---------------------------------------------------------------------------


class TimestampMixin:
    """``google.protobuf.Timestamp``: a point in time, as seconds and nanoseconds since the epoch (UTC)."""

    __slots__ = ()

    def _internal_assign(self, value: datetime.datetime) -> None:
        """A ``datetime`` given where a Timestamp is expected (field, constructor, append)."""
        self.FromDatetime(value)

    if TYPE_CHECKING:
        seconds: int
        nanos: int

    def _set(self, seconds: int, nanos: int) -> None:
        check_timestamp_valid(seconds, nanos)
        self.seconds = seconds
        self.nanos = nanos

    def ToJsonString(self) -> str:
        """RFC 3339 in UTC, with 0, 3, 6 or 9 fractional digits: ``'1972-01-01T10:00:20.021Z'``."""
        return timestamp_to_string(self.seconds, self.nanos)

    def FromJsonString(self, value: str) -> None:
        """Set from an RFC 3339 string with any UTC offset and up to 9 fractional digits.

        Raises:
            ValueError: ``value`` is not such a string, or out of the Timestamp range.
        """
        self.seconds, self.nanos = timestamp_from_string(value)

    def GetCurrentTime(self) -> None:
        """Set to the current time."""
        self.FromDatetime(datetime.datetime.now(tz=datetime.timezone.utc))

    def ToNanoseconds(self) -> int:
        check_timestamp_valid(self.seconds, self.nanos)
        return self.seconds * NANOS_PER_SECOND + self.nanos

    def ToMicroseconds(self) -> int:
        check_timestamp_valid(self.seconds, self.nanos)
        return self.seconds * _MICROS_PER_SECOND + self.nanos // _NANOS_PER_MICROSECOND

    def ToMilliseconds(self) -> int:
        check_timestamp_valid(self.seconds, self.nanos)
        return self.seconds * _MILLIS_PER_SECOND + self.nanos // _NANOS_PER_MILLISECOND

    def ToSeconds(self) -> int:
        check_timestamp_valid(self.seconds, self.nanos)
        return self.seconds

    def FromNanoseconds(self, nanos: int) -> None:
        self._set(*divmod(nanos, NANOS_PER_SECOND))

    def FromMicroseconds(self, micros: int) -> None:
        seconds, micros = divmod(micros, _MICROS_PER_SECOND)
        self._set(seconds, micros * _NANOS_PER_MICROSECOND)

    def FromMilliseconds(self, millis: int) -> None:
        seconds, millis = divmod(millis, _MILLIS_PER_SECOND)
        self._set(seconds, millis * _NANOS_PER_MILLISECOND)

    def FromSeconds(self, seconds: int) -> None:
        self._set(seconds, 0)

    def ToDatetime(self, tzinfo: datetime.tzinfo | None = None) -> datetime.datetime:
        """A naive ``datetime`` in UTC, or an aware one in ``tzinfo``; nanoseconds are truncated to microseconds."""
        check_timestamp_valid(self.seconds, self.nanos)
        delta = datetime.timedelta(seconds=self.seconds, microseconds=self.nanos // _NANOS_PER_MICROSECOND)
        if tzinfo is None:
            return _EPOCH + delta
        return (_EPOCH_UTC + delta).astimezone(tzinfo)

    def FromDatetime(self, dt: datetime.datetime) -> None:
        """Set from a ``datetime``: an aware one at its UTC time, a naive one taken as UTC."""
        if type(dt).__name__ != "datetime" and not isinstance(dt, datetime.datetime):
            raise TypeError(f"Fail to convert to Timestamp. Expected a datetime object got {type(dt).__name__}")
        try:
            seconds = calendar.timegm(dt.utctimetuple())
            nanos = dt.microsecond * _NANOS_PER_MICROSECOND
        except AttributeError as e:
            raise AttributeError(
                f"Fail to convert to Timestamp. Expected a datetime like object got {type(dt).__name__} : {e}"
            ) from e
        self._set(seconds, nanos)

    def __add__(self, value: Any) -> datetime.datetime:
        if isinstance(value, DurationMixin):
            return self.ToDatetime() + value.ToTimedelta()
        return self.ToDatetime() + value

    __radd__ = __add__

    def __sub__(self, value: Any) -> Any:
        if isinstance(value, TimestampMixin):
            return self.ToDatetime() - value.ToDatetime()
        if isinstance(value, DurationMixin):
            return self.ToDatetime() - value.ToTimedelta()
        return self.ToDatetime() - value

    def __rsub__(self, value: Any) -> Any:
        return value - self.ToDatetime()


# -- Duration ----------------------------------------------------------------------------


class DurationMixin:
    """``google.protobuf.Duration``: a signed span of time, as seconds and nanoseconds of the same sign."""

    __slots__ = ()

    def _internal_assign(self, value: datetime.timedelta) -> None:
        """A ``timedelta`` given where a Duration is expected."""
        self.FromTimedelta(value)

    if TYPE_CHECKING:
        seconds: int
        nanos: int

    def _set(self, seconds: int, nanos: int) -> None:
        # From a floor division: nanos in [0, 1e9); give them the sign of the seconds.
        if seconds < 0 and nanos > 0:
            seconds += 1
            nanos -= NANOS_PER_SECOND
        self.seconds = seconds
        self.nanos = nanos

    def ToJsonString(self) -> str:
        """Seconds with 0, 3, 6 or 9 fractional digits and ``s``: ``"1s"``, ``"1.010s"``, ``"-3.100s"``."""
        return duration_to_string(self.seconds, self.nanos)

    def FromJsonString(self, value: str) -> None:
        """Set from a string such as ``"1.5s"`` or ``"-0.000000001s"``.

        Raises:
            ValueError: ``value`` is not such a string, or out of the Duration range.
        """
        self.seconds, self.nanos = duration_from_string(value)

    def ToNanoseconds(self) -> int:
        return self.seconds * NANOS_PER_SECOND + self.nanos

    def ToMicroseconds(self) -> int:
        return self.seconds * _MICROS_PER_SECOND + _toward_zero(self.nanos, _NANOS_PER_MICROSECOND)

    def ToMilliseconds(self) -> int:
        return self.seconds * _MILLIS_PER_SECOND + _toward_zero(self.nanos, _NANOS_PER_MILLISECOND)

    def ToSeconds(self) -> int:
        return self.seconds

    def FromNanoseconds(self, nanos: int) -> None:
        self._set(*divmod(nanos, NANOS_PER_SECOND))

    def FromMicroseconds(self, micros: int) -> None:
        seconds, micros = divmod(micros, _MICROS_PER_SECOND)
        self._set(seconds, micros * _NANOS_PER_MICROSECOND)

    def FromMilliseconds(self, millis: int) -> None:
        seconds, millis = divmod(millis, _MILLIS_PER_SECOND)
        self._set(seconds, millis * _NANOS_PER_MILLISECOND)

    def FromSeconds(self, seconds: int) -> None:
        self.seconds = seconds
        self.nanos = 0

    def ToTimedelta(self) -> datetime.timedelta:
        """A ``timedelta``; nanoseconds are truncated toward zero to microseconds."""
        return datetime.timedelta(seconds=self.seconds, microseconds=_toward_zero(self.nanos, _NANOS_PER_MICROSECOND))

    def FromTimedelta(self, td: datetime.timedelta) -> None:
        if type(td).__name__ != "timedelta" and not isinstance(td, datetime.timedelta):
            raise TypeError(f"Fail to convert to Duration. Expected a timedelta object got {type(td).__name__}")
        try:
            seconds = td.seconds + td.days * SECONDS_PER_DAY
            nanos = td.microseconds * _NANOS_PER_MICROSECOND
        except AttributeError as e:
            raise AttributeError(
                f"Fail to convert to Duration. Expected a timedelta like object got {type(td).__name__}: {e}"
            ) from e
        self._set(seconds, nanos)

    def __add__(self, value: Any) -> Any:
        if isinstance(value, TimestampMixin):
            return self.ToTimedelta() + value.ToDatetime()
        return self.ToTimedelta() + value

    __radd__ = __add__

    def __sub__(self, value: Any) -> datetime.timedelta:
        return self.ToTimedelta() - value

    def __rsub__(self, value: Any) -> Any:
        return value - self.ToTimedelta()


# -- Struct and ListValue ----------------------------------------------------------------

_struct_key = values.string_check("google.protobuf.Struct.fields (key)")


def _get_value(value: Any) -> Any:
    """A ``google.protobuf.Value`` as a Python value (a ``Struct`` or ``ListValue`` as is)."""
    kind = value.WhichOneof("kind")
    if kind is None:
        raise ValueError("Value not set")
    if kind == "null_value":
        return None
    return getattr(value, kind)


def _set_value(value: Any, python_value: Any) -> None:
    """Make the ``google.protobuf.Value`` ``value`` hold ``python_value``."""
    if python_value is None:
        value.null_value = 0
    elif isinstance(python_value, bool):  # before numbers: a bool is an int
        value.bool_value = python_value
    elif isinstance(python_value, str):
        value.string_value = python_value
    elif isinstance(python_value, (int, float)):
        value.number_value = python_value
    elif isinstance(python_value, (dict, StructMixin)):
        struct = value.struct_value
        struct.Clear()  # sets struct_value, even to an empty Struct
        struct.update(python_value)
    elif isinstance(python_value, (list, tuple, ListValueMixin)):
        list_value = value.list_value
        list_value.Clear()
        list_value.extend(python_value)
    else:
        raise ValueError("Unexpected type")


def _value_equals(ours: Any, python_value: Any) -> bool:
    """Whether a value read from a Struct or ListValue equals a Python value (dicts and lists deeply)."""
    if isinstance(python_value, dict):
        return isinstance(ours, StructMixin) and ours._equals_python(python_value)
    if isinstance(python_value, list):
        return isinstance(ours, ListValueMixin) and ours._equals_python(python_value)
    return bool(ours == python_value)


class StructMixin:
    """``google.protobuf.Struct``: a JSON object, read and written as a ``dict`` of Python values.

    Reading a missing key raises ``ValueError("Value not set")`` and leaves the key
    with an unset value, as with ``_pb2`` (the ``fields`` map inserts missing keys).
    """

    __slots__ = ()

    def _internal_assign(self, value: Mapping[str, Any]) -> None:
        """A ``dict`` of Python values given where a Struct is expected."""
        self.Clear()
        self.update(value)

    if TYPE_CHECKING:
        fields: Any  # MessageMap[str, Value]
        _parent: Any

        def Clear(self) -> None: ...

    def __getitem__(self, key: str) -> Any:
        return _get_value(self.fields[_struct_key(key)])

    def __setitem__(self, key: str, value: Any) -> None:
        _set_value(self.fields[_struct_key(key)], value)

    def __delitem__(self, key: str) -> None:
        del self.fields[_struct_key(key)]

    def __contains__(self, key: object) -> bool:
        if self._parent is not None:  # a default sub-message: empty
            return False
        return _struct_key(key) in self.fields

    def __iter__(self) -> Iterator[str]:
        return iter(self.fields)

    def __len__(self) -> int:
        return len(self.fields)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, dict):
            return self._equals_python(other)
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]

    def _equals_python(self, other: dict[Any, Any]) -> bool:
        if len(self) != len(other):
            return False
        return all(key in other and _value_equals(value, other[key]) for key, value in self.items())

    def keys(self) -> KeysView[str]:
        return self.fields.keys()

    def values(self) -> list[Any]:
        return [self[key] for key in self]

    def items(self) -> list[tuple[str, Any]]:
        return [(key, self[key]) for key in self]

    def update(self, dictionary: Mapping[str, Any]) -> None:
        """Set the keys of ``dictionary`` (a ``dict`` or a ``Struct``) to its values."""
        for key, value in dictionary.items():
            _set_value(self.fields[_struct_key(key)], value)

    def get_or_create_list(self, key: str) -> Any:
        """The ``ListValue`` at ``key``, a new empty one if ``key`` holds no list."""
        value = self.fields[_struct_key(key)]
        if not value.HasField("list_value"):
            value.list_value.Clear()
        return value.list_value

    def get_or_create_struct(self, key: str) -> Any:
        """The ``Struct`` at ``key``, a new empty one if ``key`` holds no struct."""
        value = self.fields[_struct_key(key)]
        if not value.HasField("struct_value"):
            value.struct_value.Clear()
        return value.struct_value


class ListValueMixin:
    """``google.protobuf.ListValue``: a JSON array, read and written as a ``list`` of Python values."""

    __slots__ = ()

    def _internal_assign(self, value: Iterable[Any]) -> None:
        """A ``list`` of Python values given where a ListValue is expected."""
        self.Clear()
        self.extend(value)

    if TYPE_CHECKING:
        values: Any  # RepeatedCompositeFieldContainer[Value]

        def Clear(self) -> None: ...

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, index: int) -> Any:
        return _get_value(self.values[index])

    def __setitem__(self, index: int, value: Any) -> None:
        _set_value(self.values[index], value)

    def __delitem__(self, index: int | slice) -> None:
        del self.values[index]

    def __contains__(self, value: object) -> bool:
        return value in self.items()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, list):
            return self._equals_python(other)
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]

    def _equals_python(self, other: list[Any]) -> bool:
        if len(self) != len(other):
            return False
        return all(_value_equals(self[i], item) for i, item in enumerate(other))

    def append(self, value: Any) -> None:
        _set_value(self.values.add(), value)

    def extend(self, elem_seq: Iterable[Any]) -> None:
        for value in elem_seq:
            self.append(value)

    def items(self) -> Iterator[Any]:
        """The values, as Python values."""
        for i in range(len(self)):
            yield self[i]

    def add_struct(self) -> Any:
        """Append an empty ``Struct`` and return it."""
        struct = self.values.add().struct_value
        struct.Clear()  # sets struct_value
        return struct

    def add_list(self) -> Any:
        """Append an empty ``ListValue`` and return it."""
        list_value = self.values.add().list_value
        list_value.Clear()
        return list_value


collections.abc.MutableMapping.register(StructMixin)
collections.abc.MutableSequence.register(ListValueMixin)
