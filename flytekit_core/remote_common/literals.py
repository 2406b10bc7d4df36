"""Python values to Flyte literals and back, directed by the entity's interface types, on
:mod:`flytekit_core.idl` objects (so both backends share it and neither needs protobuf).

Writing produces the literal flytekit 1.16's ``FlyteRemote.execute`` writes for the same
value and interface type:

- ``int``, ``float``, ``str``, ``bool``, ``datetime`` (stored in UTC; a naive one is taken
  as UTC), ``timedelta``, ``None``; lists and dicts with ``str`` keys;
- ``Optional``/``Union``: the one variant that takes the value, stored with the variant's
  type and tag (a value more than one variant takes is refused as ambiguous, except a
  ``str`` where one variant is ``str``, as flytekit decides);
- enums: an ``enum.Enum`` member or its value;
- dataclasses and dicts where the interface says ``STRUCT``: a MessagePack ``Binary``
  scalar (tag ``msgpack``), nested dataclasses, enums and datetimes in them as flytekit's
  encoder writes them;
- ``FlyteFile``/``FlyteDirectory``: a URI (``str``, :class:`BlobRef`), with the
  interface's format and dimensionality; ``StructuredDataset``: a URI or a
  :class:`DatasetRef` (whose format fills in an interface without one);
- a ``Literal`` (or a :class:`PickledValue`) passes through unchanged.

Reading gives primitives, ``None``, lists, dicts (keys sorted), a union's value, dicts for
MessagePack and JSON (``generic``, older flytekit) structs, :class:`BlobRef` and
:class:`DatasetRef` for blobs and datasets, :class:`PickledValue` for pickles and the
``Error`` message for error literals. A literal it does not know comes back unchanged,
with one warning.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import logging
from typing import Any

from flytekit_core import _flyrs
from flytekit_core.idl import json_format
from flytekit_core.idl.errors import DecodeError
from flytekit_core.idl.flyteidl.core import literals_pb2, types_pb2

Literal = literals_pb2.Literal
LiteralType = types_pb2.LiteralType
S = types_pb2.SimpleType
MULTIPART = types_pb2.BlobType.BlobDimensionality.MULTIPART
MSGPACK = "msgpack"
# The blob format of flytekit's FlytePickle (a pickled generic says so in its metadata).
PICKLE_FORMAT = "PythonPickle"

logger = logging.getLogger(__name__)

_SIMPLE_NAMES = {S.NONE: "None", S.INTEGER: "int", S.FLOAT: "float", S.STRING: "str", S.BOOLEAN: "bool",
                 S.DATETIME: "datetime", S.DURATION: "timedelta", S.STRUCT: "a dict or dataclass"}  # fmt: skip


class _UriRef(str):
    """A URI, as a ``str``, with the format of what it names."""

    format: str

    def __new__(cls, uri: str, format: str = "") -> _UriRef:
        ref = super().__new__(cls, uri)
        ref.format = format
        return ref

    @property
    def uri(self) -> str:
        return str(self)


class BlobRef(_UriRef):
    """A ``FlyteFile`` (``multipart`` false) or ``FlyteDirectory`` (true): its URI, as a
    ``str``, with the blob's ``format``."""

    multipart: bool

    def __new__(cls, uri: str, format: str = "", multipart: bool = False) -> BlobRef:
        ref = super().__new__(cls, uri, format)
        ref.multipart = multipart
        return ref

    def __repr__(self) -> str:
        return f"BlobRef({str(self)!r}, format={self.format!r}, multipart={self.multipart})"


class DatasetRef(_UriRef):
    """A ``StructuredDataset``: its URI, as a ``str``, with its ``format`` (``parquet``)."""

    def __repr__(self) -> str:
        return f"DatasetRef({str(self)!r}, format={self.format!r})"


@dataclasses.dataclass(frozen=True)
class PickledValue:
    """A value flytekit pickled (a type it has no literal for): only Python with the same
    classes can load it, so it stays its literal; pass it back as an input unchanged."""

    literal: Any

    @property
    def uri(self) -> str:
        scalar = self.literal.scalar
        if scalar.WhichOneof("value") == "blob":
            return scalar.blob.uri
        return str(json_format.MessageToDict(scalar.generic).get("pickle_file", ""))


def describe(t: LiteralType) -> str:
    """A literal type in Python terms, for error messages."""
    kind = t.WhichOneof("type")
    if kind == "simple":
        return _SIMPLE_NAMES.get(t.simple, S.Name(t.simple))
    if kind == "collection_type":
        return f"list[{describe(t.collection_type)}]"
    if kind == "map_value_type":
        return f"dict[str, {describe(t.map_value_type)}]"
    if kind == "union_type":
        return " | ".join(describe(v) for v in t.union_type.variants)
    if kind == "enum_type":
        return f"one of {list(t.enum_type.values)}"
    if kind == "blob":
        if t.blob.format == PICKLE_FORMAT:
            return "a pickled value"
        return "a directory URI" if t.blob.dimensionality == MULTIPART else "a file URI"
    if kind == "structured_dataset_type":
        return "a structured dataset URI"
    return kind or "unknown"


def _scalar(**fields: Any) -> Literal:
    return Literal(scalar=fields)


def _primitive(**fields: Any) -> Literal:
    return _scalar(primitive=fields)


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def to_literal(value: Any, t: LiteralType, where: str, *, strict: bool = False) -> Literal:
    """``value`` as a literal of type ``t``; TypeError naming ``where`` if it does not fit.
    A ``float`` takes an ``int`` unless ``strict`` (as in a union's variants, where
    flytekit's float refuses it)."""
    if isinstance(value, Literal):
        return value
    if isinstance(value, PickledValue):
        return value.literal
    if type(value).__name__ == "Literal" and hasattr(value, "SerializeToString"):  # a _pb2 Literal
        return Literal.FromString(value.SerializeToString())
    kind = t.WhichOneof("type")
    mismatch = TypeError(f"{where}: expected {describe(t)}, got {type(value).__name__} {value!r:.60}")
    if kind == "union_type":
        return _union(value, t, where, mismatch)
    if value is None:
        if kind == "simple" and t.simple == S.NONE:
            return _scalar(none_type={})
        raise mismatch
    if kind == "simple":
        return _simple(value, t.simple, mismatch, where, strict)
    if kind == "collection_type":
        if not isinstance(value, (list, tuple)):
            raise mismatch
        items = [to_literal(v, t.collection_type, f"{where}[{i}]", strict=strict) for i, v in enumerate(value)]
        return Literal(collection={"literals": items})
    if kind == "map_value_type":
        if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
            raise mismatch
        return Literal(
            map={
                "literals": {
                    k: to_literal(v, t.map_value_type, f"{where}[{k!r}]", strict=strict) for k, v in value.items()
                }
            }
        )
    if kind == "enum_type":
        text = value.value if isinstance(value, enum.Enum) else value
        if not isinstance(text, str) or text not in t.enum_type.values:
            raise mismatch
        return _primitive(string_value=text)
    if kind == "blob":
        if not isinstance(value, str) or t.blob.format == PICKLE_FORMAT:
            raise mismatch
        return _scalar(blob={"uri": str(value), "metadata": {"type": t.blob}})
    if kind == "structured_dataset_type":
        if not isinstance(value, str):
            raise mismatch
        dataset_type = types_pb2.StructuredDatasetType.FromString(t.structured_dataset_type.SerializeToString())
        if not dataset_type.format and isinstance(value, DatasetRef):
            dataset_type.format = value.format
        return _scalar(structured_dataset={"uri": str(value), "metadata": {"structured_dataset_type": dataset_type}})
    raise TypeError(f"{where}: values of type {describe(t)} are not supported")


def _union(value: Any, t: LiteralType, where: str, mismatch: TypeError) -> Literal:
    """The union literal of the one variant that takes ``value``, as flytekit chooses it."""
    matches = []
    for variant in t.union_type.variants:
        try:
            matches.append((variant, to_literal(value, variant, where, strict=True)))
        except TypeError:
            continue
    if len(matches) > 1 and type(value) is str:
        # A str fits a str variant and an enum's: flytekit picks the str one.
        exact = [m for m in matches if m[0].WhichOneof("type") == "simple" and m[0].simple == S.STRING]
        matches = exact or matches
    if not matches:
        raise mismatch
    if len(matches) > 1:
        raise TypeError(f"{where}: {value!r:.60} fits more than one of {describe(t)}; pass a Literal")
    variant, inner = matches[0]
    return _scalar(union={"value": inner, "type": variant})


def _simple(value: Any, simple: int, mismatch: TypeError, where: str, strict: bool) -> Literal:
    # bool is an int in Python, but not in Flyte.
    if simple == S.INTEGER and isinstance(value, int) and not isinstance(value, bool):
        return _primitive(integer=value)
    if simple == S.FLOAT and isinstance(value, float if strict else (int, float)) and not isinstance(value, bool):
        return _primitive(float_value=float(value))
    if simple == S.STRING and isinstance(value, str):
        return _primitive(string_value=value)
    if simple == S.BOOLEAN and isinstance(value, bool):
        return _primitive(boolean=value)
    if simple == S.DATETIME and isinstance(value, dt.datetime):
        # Exact (no float timestamp): whole seconds since the epoch, rounded down, and nanos.
        since = (value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)) - _EPOCH
        return _primitive(datetime={"seconds": since.days * 86_400 + since.seconds, "nanos": since.microseconds * 1000})
    if simple == S.DURATION and isinstance(value, dt.timedelta):
        # As protobuf normalizes a Duration: seconds and nanos share the sign.
        seconds, nanos = value.days * 86_400 + value.seconds, value.microseconds * 1000
        if seconds < 0 and nanos > 0:
            seconds, nanos = seconds + 1, nanos - 1_000_000_000
        return _primitive(duration={"seconds": seconds, "nanos": nanos})
    if simple == S.STRUCT and (isinstance(value, dict) or _is_dataclass(value)):
        try:
            packed = _flyrs.msgpack_dumps(_plain(value))
        except ValueError as error:
            raise TypeError(f"{where}: {error}") from None
        return _scalar(binary={"value": packed, "tag": MSGPACK})
    raise mismatch


def _is_dataclass(value: Any) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, type)


def _plain(value: Any) -> Any:
    """``value`` in MessagePack's types, as flytekit's (mashumaro's) encoder writes a
    dataclass: fields in order, enums as their values, datetimes in ISO format."""
    if _is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    return value


def _key_order(value: Any) -> Any:
    """``value`` with its dicts' keys in sorted order, recursively."""
    if isinstance(value, dict):
        return {key: _key_order(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [_key_order(item) for item in value]
    return value


def _micros(nanos: int) -> int:
    """Nanoseconds as whole microseconds, rounded toward zero as protobuf rounds them."""
    return -(-nanos // 1000) if nanos < 0 else nanos // 1000


def from_literal_map(literals: literals_pb2.LiteralMap) -> dict[str, Any]:
    """A literal map as a dict of Python values, keys sorted."""
    return {key: from_literal(literals.literals[key], key) for key in sorted(literals.literals)}


def _unknown(literal: Literal, what: str, where: str) -> Literal:
    logger.warning("%s: %s cannot be converted to a Python value; it stays a Literal", where, what)
    return literal


def from_literal(literal: Literal, where: str = "literal") -> Any:
    """A literal as a Python value (see the module's summary). Dict keys come sorted, so a
    value is the same, order included, whichever object model read it. Corrupted
    MessagePack raises DecodeError naming ``where``."""
    kind = literal.WhichOneof("value")
    if kind == "collection":
        return [from_literal(item, f"{where}[{i}]") for i, item in enumerate(literal.collection.literals)]
    if kind == "map":
        items = literal.map.literals
        return {key: from_literal(items[key], f"{where}[{key!r}]") for key in sorted(items)}
    if kind != "scalar":
        return _unknown(literal, f"a literal of kind {kind or 'unset'!r}", where)
    scalar = literal.scalar
    which = scalar.WhichOneof("value")
    if which == "primitive":
        primitive = scalar.primitive
        value_kind = primitive.WhichOneof("value")
        if value_kind == "datetime":
            stamp = primitive.datetime
            return dt.datetime.fromtimestamp(stamp.seconds, dt.timezone.utc) + dt.timedelta(
                microseconds=_micros(stamp.nanos)
            )
        if value_kind == "duration":
            d = primitive.duration
            return dt.timedelta(seconds=d.seconds, microseconds=_micros(d.nanos))
        return getattr(primitive, value_kind) if value_kind else None
    if which == "union":
        return from_literal(scalar.union.value, where)
    if which == "none_type":
        return None
    if which == "blob":
        blob_type = scalar.blob.metadata.type
        if blob_type.format == PICKLE_FORMAT:
            return PickledValue(literal)
        return BlobRef(scalar.blob.uri, blob_type.format, blob_type.dimensionality == MULTIPART)
    if which == "structured_dataset":
        dataset = scalar.structured_dataset
        return DatasetRef(dataset.uri, dataset.metadata.structured_dataset_type.format)
    if which == "generic":
        if literal.metadata.get("format") == "pickle":
            return PickledValue(literal)
        return _key_order(json_format.MessageToDict(scalar.generic))
    if which == "binary":
        if scalar.binary.tag != MSGPACK:
            return _unknown(literal, f"a binary scalar tagged {scalar.binary.tag!r}", where)
        try:
            return _flyrs.msgpack_loads(scalar.binary.value)
        except DecodeError as error:
            raise DecodeError(f"{where}: corrupted MessagePack: {error}") from None
    if which == "error":
        return scalar.error
    return _unknown(literal, f"a scalar of kind {which or 'unset'!r}", where)


def literal_map(values: dict[str, Any], types: dict[str, LiteralType], what: str) -> literals_pb2.LiteralMap:
    """``values`` converted by ``types`` (an interface's variables), each error naming the
    input; unknown names are refused."""
    literals = {}
    for name, value in values.items():
        if name not in types:
            raise ValueError(f"{what} has no input named {name!r}; its inputs are {sorted(types)}")
        literals[name] = to_literal(value, types[name], f"input {name!r}")
    return literals_pb2.LiteralMap(literals=literals)


def type_of(value: Any, where: str = "value") -> LiteralType:
    """The literal type of a Python value whose interface is not known (an agent's
    outputs, as flytekit infers them): a primitive's, a list's (of its first item's type),
    a ``dict`` with ``str`` keys or a dataclass as ``STRUCT``. TypeError for anything else,
    naming ``where``."""
    simple = {bool: S.BOOLEAN, int: S.INTEGER, float: S.FLOAT, str: S.STRING, dt.datetime: S.DATETIME,
              dt.timedelta: S.DURATION, type(None): S.NONE}  # fmt: skip
    for python_type, simple_type in simple.items():
        if type(value) is python_type:
            return LiteralType(simple=simple_type)
    if isinstance(value, (list, tuple)):
        item = type_of(value[0], f"{where}[0]") if value else LiteralType(simple=S.NONE)
        return LiteralType(collection_type=item)
    if _is_dataclass(value) or (isinstance(value, dict) and all(isinstance(k, str) for k in value)):
        return LiteralType(simple=S.STRUCT)
    raise TypeError(f"{where}: cannot tell the Flyte type of {type(value).__name__} {value!r:.60}")
