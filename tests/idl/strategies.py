"""Hypothesis strategies and helpers shared by the parity tests of ``flytekit.idl`` against ``_pb2``.

Everything is derived from the ``_pb2`` descriptors (``google.protobuf.descriptor``), so it
works for any message type of the IDL:

- :func:`all_message_descriptors`: the 555 message types of flyteidl 1.16.8 and its imports;
- :func:`pb2_messages`: ``_pb2`` instances with random fields set, nesting bounded by ``depth``;
- :func:`unknown_fields`: wire bytes of random fields unknown to a message type;
- :func:`to_new`: the ``flytekit.idl`` object built from a ``_pb2`` one through the public API
  (constructors, attribute sets, ``append``/``extend``/``add``, map item sets), never bytes;
- :func:`assert_same`: every field read of a ``flytekit.idl`` object agrees with a ``_pb2`` one.
"""

from __future__ import annotations

import importlib
import math
import pkgutil
import random
import struct
from functools import cache
from typing import Any

import flyteidl
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from google.protobuf.descriptor import Descriptor, EnumDescriptor, FieldDescriptor
from hypothesis import strategies as st

from flytekit_core.idl import Message, class_for

F = FieldDescriptor

# -- the message types -----------------------------------------------------------------------


@cache
def pb2_modules() -> tuple[str, ...]:
    """All ``flyteidl`` ``_pb2`` modules (imported)."""
    names = sorted(m.name for m in pkgutil.walk_packages(flyteidl.__path__, "flyteidl.") if m.name.endswith("_pb2"))
    for name in names:
        importlib.import_module(name)
    return tuple(names)


@cache
def proto_files() -> tuple[str, ...]:
    """The ``.proto`` files of flyteidl and everything they import, by name."""
    seen: dict[str, None] = {}

    def walk(fd: Any) -> None:
        if fd.name in seen:
            return
        seen[fd.name] = None
        for dep in fd.dependencies:
            walk(dep)

    for name in pb2_modules():
        walk(importlib.import_module(name).DESCRIPTOR)
    return tuple(sorted(seen))


@cache
def all_message_descriptors() -> tuple[Descriptor, ...]:
    """Every message type (nested types and map entries included), sorted by full name."""
    pool = descriptor_pool.Default()
    found: list[Descriptor] = []

    def walk(d: Descriptor) -> None:
        found.append(d)
        for nested in d.nested_types:
            walk(nested)

    for name in proto_files():
        for d in pool.FindFileByName(name).message_types_by_name.values():
            walk(d)
    return tuple(sorted(found, key=lambda d: d.full_name))


@cache
def descriptor_by_name() -> dict[str, Descriptor]:
    return {d.full_name: d for d in all_message_descriptors()}


def new_module_name(proto_file: str) -> str:
    return "flytekit_core.idl." + proto_file.removesuffix(".proto").replace("-", "_").replace("/", ".") + "_pb2"


def pb2_class(descriptor: Descriptor) -> type:
    return message_factory.GetMessageClass(descriptor)


@cache
def _new_class_by_name(full_name: str) -> type[Message]:
    d = descriptor_by_name()[full_name]
    importlib.import_module(new_module_name(d.file.name))
    return class_for(full_name)  # type: ignore[return-value]


def new_class(descriptor: Descriptor) -> type[Message]:
    """The ``flytekit_core.idl`` class of a ``_pb2`` message type."""
    return _new_class_by_name(descriptor.full_name)


def new_enum_class(enum: EnumDescriptor) -> Any:
    importlib.import_module(new_module_name(enum.file.name))
    return class_for(enum.full_name)


def is_map(field: FieldDescriptor) -> bool:
    return field.message_type is not None and field.message_type.GetOptions().map_entry


@cache
def file_proto(file_name: str) -> descriptor_pb2.FileDescriptorProto:
    proto = descriptor_pb2.FileDescriptorProto()
    descriptor_pool.Default().FindFileByName(file_name).CopyToProto(proto)
    return proto


def is_proto3(descriptor: Descriptor) -> bool:
    return file_proto(descriptor.file.name).syntax == "proto3"


@cache
def proto3_optional_fields() -> frozenset[str]:
    """Full names of proto3 ``optional`` fields (members of a synthetic oneof)."""
    found: set[str] = set()

    def walk(prefix: str, message: descriptor_pb2.DescriptorProto) -> None:
        name = f"{prefix}.{message.name}" if prefix else message.name
        found.update(f"{name}.{f.name}" for f in message.field if f.proto3_optional)
        for nested in message.nested_type:
            walk(name, nested)

    for file_name in proto_files():
        proto = file_proto(file_name)
        for message in proto.message_type:
            walk(proto.package, message)
    return frozenset(found)


def real_oneof(field: FieldDescriptor) -> Any:
    """The oneof a field belongs to, unless it is the synthetic oneof of a proto3 ``optional``."""
    oneof = field.containing_oneof
    if oneof is None or field.full_name in proto3_optional_fields():
        return None
    return oneof


# -- scalar values ---------------------------------------------------------------------------

INT_RANGES = {
    F.TYPE_INT32: (-(2**31), 2**31 - 1),
    F.TYPE_SINT32: (-(2**31), 2**31 - 1),
    F.TYPE_SFIXED32: (-(2**31), 2**31 - 1),
    F.TYPE_UINT32: (0, 2**32 - 1),
    F.TYPE_FIXED32: (0, 2**32 - 1),
    F.TYPE_INT64: (-(2**63), 2**63 - 1),
    F.TYPE_SINT64: (-(2**63), 2**63 - 1),
    F.TYPE_SFIXED64: (-(2**63), 2**63 - 1),
    F.TYPE_UINT64: (0, 2**64 - 1),
    F.TYPE_FIXED64: (0, 2**64 - 1),
}

SPECIAL_STRINGS = ("", "\x00", "é", "日本語", "😀", "\U0010ffff", "a\U0001f600b\x7f", "\u2028\ufeff")


def _ints(low: int, high: int) -> st.SearchStrategy[int]:
    extremes = sorted({low, high, 0, 1, low + 1, high - 1, -1 if low < 0 else 2})
    return st.one_of(st.integers(low, high), st.sampled_from(extremes))


@cache
def scalar_values(field_type: int) -> st.SearchStrategy[Any]:
    """Values of a scalar field type, extremes included."""
    if field_type in INT_RANGES:
        return _ints(*INT_RANGES[field_type])
    if field_type == F.TYPE_DOUBLE:
        return st.floats(allow_nan=True, allow_infinity=True, allow_subnormal=True)
    if field_type == F.TYPE_FLOAT:
        return st.one_of(
            st.floats(width=32, allow_nan=True, allow_infinity=True),
            st.sampled_from([3.4028234663852886e38, 1.401298464324817e-45, -0.0, 0.1]),
        )
    if field_type == F.TYPE_BOOL:
        return st.booleans()
    if field_type == F.TYPE_STRING:
        return st.one_of(
            st.text(st.characters(codec="utf-8"), max_size=8),
            st.sampled_from(SPECIAL_STRINGS),
        )
    if field_type == F.TYPE_BYTES:
        return st.binary(max_size=12)
    raise AssertionError(f"not a scalar type: {field_type}")


@cache
def enum_values(enum: EnumDescriptor) -> st.SearchStrategy[int]:
    """Numbers of an enum; open enums also take numbers the enum does not define."""
    known = st.sampled_from(sorted(v.number for v in enum.values))
    if enum.is_closed:
        return known
    return st.one_of(known, known, _ints(-(2**31), 2**31 - 1))


def map_keys(key_type: int) -> st.SearchStrategy[Any]:
    """Map keys: short strings, often the empty one and prefixes of each other."""
    if key_type == F.TYPE_STRING:
        return st.one_of(st.sampled_from(["", "a", "ab", "b"]), scalar_values(key_type))
    return scalar_values(key_type)


def value_strategy(field: FieldDescriptor) -> st.SearchStrategy[Any]:
    if field.type == F.TYPE_ENUM:
        return enum_values(field.enum_type)
    return scalar_values(field.type)


# -- messages --------------------------------------------------------------------------------


class _Budget:
    """How many more fields one drawn message tree may set (keeps examples small)."""

    def __init__(self, fields: int) -> None:
        self.fields = fields


def _fill(draw: Any, msg: Any, descriptor: Descriptor, depth: int, budget: _Budget) -> None:
    """Set random fields of the ``_pb2`` message ``msg`` (draws through ``draw``)."""
    chosen: dict[str, Any] = {}
    for oneof in descriptor.oneofs:
        members = [f for f in oneof.fields if real_oneof(f) is oneof]
        if members:
            pick = draw(st.sampled_from([None, *members])) if budget.fields > 0 else None
            chosen[oneof.full_name] = pick
    # deeper levels set fewer fields
    coin = st.sampled_from((False, True) if depth >= 2 else (False, False, True))
    for field in descriptor.fields:
        oneof = real_oneof(field)
        if oneof is not None:
            if chosen.get(oneof.full_name) is not field:
                continue
        elif not field.is_required:
            if budget.fields <= 0 or not draw(coin):
                continue
        budget.fields -= 1
        _set_field(draw, msg, field, depth, budget)


def _draw_message(draw: Any, descriptor: Descriptor, depth: int, budget: _Budget) -> Any:
    msg = pb2_class(descriptor)()
    if depth > 0:
        _fill(draw, msg, descriptor, depth, budget)
    else:
        # only what must be there: required fields of proto2 messages
        for field in descriptor.fields:
            if field.is_required:
                _set_field(draw, msg, field, 0, budget)
    return msg


def _set_field(draw: Any, msg: Any, field: FieldDescriptor, depth: int, budget: _Budget) -> None:
    name = field.name
    if is_map(field):
        entry = field.message_type
        key_field, value_field = entry.fields_by_name["key"], entry.fields_by_name["value"]
        keys = draw(st.lists(map_keys(key_field.type), max_size=3 if depth > 1 else 2, unique=True))
        container = getattr(msg, name)
        for key in keys:
            if value_field.type == F.TYPE_MESSAGE:
                container[key].CopyFrom(_draw_message(draw, value_field.message_type, depth - 1, budget))
            else:
                container[key] = draw(value_strategy(value_field))
        return
    if field.is_repeated:
        count = draw(st.integers(0, 3 if depth > 1 else 2))
        container = getattr(msg, name)
        if field.type == F.TYPE_MESSAGE:
            for _ in range(count):
                container.add().CopyFrom(_draw_message(draw, field.message_type, depth - 1, budget))
        else:
            container.extend(draw(st.lists(value_strategy(field), min_size=count, max_size=count)))
        return
    if field.type == F.TYPE_MESSAGE:
        sub = getattr(msg, name)
        sub.SetInParent()
        sub.CopyFrom(_draw_message(draw, field.message_type, depth - 1, budget))
        return
    setattr(msg, name, draw(value_strategy(field)))


def pb2_messages(descriptor: Descriptor, depth: int = 3, max_fields: int = 30) -> st.SearchStrategy[Any]:
    """``_pb2`` instances of ``descriptor``'s type with random fields set.

    Sub-messages nest at most ``depth`` levels (below that they are empty), so recursive
    types such as ``Literal`` terminate; ``max_fields`` bounds the fields set in one tree.
    """

    @st.composite
    def build(draw: Any) -> Any:
        return _draw_message(draw, descriptor, depth, _Budget(max_fields))

    return build()


# -- unknown fields --------------------------------------------------------------------------


def varint(value: int) -> bytes:
    value &= (1 << 64) - 1
    out = bytearray()
    while True:
        low = value & 0x7F
        value >>= 7
        if value:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def tag(number: int, wire_type: int) -> bytes:
    return varint(number << 3 | wire_type)


def len_delimited(number: int, payload: bytes) -> bytes:
    return tag(number, 2) + varint(len(payload)) + payload


@cache
def unknown_numbers(descriptor: Descriptor) -> tuple[int, ...]:
    """Field numbers 1000-5000 that ``descriptor`` neither defines nor reserves for extensions."""

    def free(n: int) -> bool:
        return n not in descriptor.fields_by_number and not any(lo <= n < hi for lo, hi in descriptor.extension_ranges)

    numbers = tuple(n for n in range(1000, 5001) if free(n))
    return numbers or tuple(n for n in range(500, 990) if free(n))


def unknown_fields(descriptor: Descriptor, max_fields: int = 4) -> st.SearchStrategy[bytes]:
    """Encoded fields that ``descriptor``'s type does not know, with every wire type."""
    number = st.sampled_from(unknown_numbers(descriptor))
    one = st.one_of(
        st.builds(lambda n, v: tag(n, 0) + varint(v), number, st.integers(0, 2**64 - 1)),
        st.builds(lambda n, v: tag(n, 1) + v, number, st.binary(min_size=8, max_size=8)),
        st.builds(lambda n, v: tag(n, 5) + v, number, st.binary(min_size=4, max_size=4)),
        st.builds(len_delimited, number, st.binary(max_size=10)),
        st.builds(
            lambda n, inner, v: tag(n, 3) + tag(inner, 0) + varint(v) + tag(n, 4),
            number,
            st.integers(1, 100),
            st.integers(0, 2**32),
        ),
    )
    return st.lists(one, min_size=1, max_size=max_fields).map(b"".join)


def add_nested_unknown_fields(draw: Any, pb: Any) -> int:
    """Merge random unknown fields into some sub-messages of the ``_pb2`` message ``pb``
    (singular, repeated and map values alike); returns how many got some."""
    count = 0
    for field, value in pb.ListFields():
        if field.type != F.TYPE_MESSAGE:
            continue
        if is_map(field):
            if field.message_type.fields_by_name["value"].type != F.TYPE_MESSAGE:
                continue
            children = [value[k] for k in sorted(value)]
        elif field.is_repeated:
            children = list(value)
        else:
            children = [value]
        for child in children:
            if draw(st.sampled_from((False, True))):
                child.MergeFromString(draw(unknown_fields(child.DESCRIPTOR, max_fields=2)))
                count += 1
            count += add_nested_unknown_fields(draw, child)
    return count


# -- building the new object through its API -------------------------------------------------


def _value_for_api(field: FieldDescriptor, value: Any, rnd: random.Random) -> Any:
    """A scalar or enum value as a caller may pass it: enum numbers sometimes by name."""
    if field.type == F.TYPE_ENUM and rnd.random() < 0.3:
        known = field.enum_type.values_by_number.get(value)
        if known is not None:
            return known.name
    return value


def _message_for_api(pb: Any, rnd: random.Random) -> Any:
    """A message value as a caller may pass it: a new object or a dict of its fields.

    Not a dict for the well-known types: a dict given for a ``Struct`` (or ``Value``,
    ``ListValue``, ...) field is its content, as in ``_pb2``, not its fields.
    """
    if not pb.DESCRIPTOR.full_name.startswith("google.protobuf.") and rnd.random() < 0.25:
        return _as_kwargs(pb, rnd)
    return to_new(pb, rnd)


def _as_kwargs(pb: Any, rnd: random.Random) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    for field, value in pb.ListFields():
        if is_map(field):
            value_field = field.message_type.fields_by_name["value"]
            if value_field.type == F.TYPE_MESSAGE:
                kwargs[field.name] = {k: _message_for_api(v, rnd) for k, v in value.items()}
            else:
                kwargs[field.name] = {k: _value_for_api(value_field, v, rnd) for k, v in value.items()}
        elif field.is_repeated:
            if field.type == F.TYPE_MESSAGE:
                kwargs[field.name] = [_message_for_api(v, rnd) for v in value]
            else:
                items = [_value_for_api(field, v, rnd) for v in value]
                kwargs[field.name] = items if rnd.random() < 0.7 else tuple(items)
        elif field.type == F.TYPE_MESSAGE:
            kwargs[field.name] = _message_for_api(value, rnd)
        else:
            kwargs[field.name] = _value_for_api(field, value, rnd)
    return kwargs


def _fill_new(target: Message, pb: Any, rnd: random.Random) -> None:
    """Set the fields of ``pb`` on ``target`` one by one, through attributes and containers."""
    listed = pb.ListFields()
    if not listed:
        target.SetInParent()
        return
    rnd.shuffle(listed)  # the order of sets must not matter
    for field, value in listed:
        name = field.name
        if is_map(field):
            value_field = field.message_type.fields_by_name["value"]
            message_valued = value_field.type == F.TYPE_MESSAGE
            how = rnd.randrange(3)
            if how == 0:  # assign a whole dict
                if message_valued:
                    setattr(target, name, {k: _message_for_api(v, rnd) for k, v in value.items()})
                else:
                    setattr(target, name, {k: _value_for_api(value_field, v, rnd) for k, v in value.items()})
            elif how == 1:  # item by item
                container = getattr(target, name)
                for k, v in value.items():
                    if message_valued:
                        if rnd.random() < 0.5:
                            _fill_new(container[k], v, rnd)  # get-or-create, then set in place
                        else:
                            container[k] = _message_for_api(v, rnd)
                    else:
                        container[k] = _value_for_api(value_field, v, rnd)
            else:  # update()
                container = getattr(target, name)
                if message_valued:
                    container.update({k: _message_for_api(v, rnd) for k, v in value.items()})
                else:
                    container.update({k: _value_for_api(value_field, v, rnd) for k, v in value.items()})
        elif field.is_repeated:
            container = getattr(target, name)
            how = rnd.randrange(4)
            if field.type == F.TYPE_MESSAGE:
                if how == 0:
                    for v in value:
                        container.append(to_new(v, rnd))
                elif how == 1:
                    container.extend([_message_for_api(v, rnd) for v in value])
                elif how == 2:
                    for v in value:
                        _fill_new(container.add(), v, rnd)
                else:
                    setattr(target, name, [_message_for_api(v, rnd) for v in value])
            else:
                items = [_value_for_api(field, v, rnd) for v in value]
                if how == 0:
                    for v in items:
                        container.append(v)
                elif how == 1:
                    container.extend(items)
                elif how == 2:
                    container += items
                else:
                    setattr(target, name, items)
        elif field.type == F.TYPE_MESSAGE:
            how = rnd.randrange(4)
            if how == 0:
                setattr(target, name, _message_for_api(value, rnd))
            elif how == 1:
                getattr(target, name).CopyFrom(to_new(value, rnd))
            elif how == 2:
                getattr(target, name).MergeFrom(to_new(value, rnd))
                getattr(target, name).SetInParent()
            else:
                _fill_new(getattr(target, name), value, rnd)  # `t.id.name = "x"`: presence via the child
        else:
            setattr(target, name, _value_for_api(field, value, rnd))


def to_new(pb: Any, rnd: random.Random) -> Message:
    """The ``flytekit.idl`` object with the same field values as the ``_pb2`` message ``pb``.

    Built only through the public API, choosing among the ways a caller may set each
    field with ``rnd``; unknown fields of ``pb`` are not carried over.
    """
    cls = new_class(pb.DESCRIPTOR)
    if rnd.random() < 0.4:
        return cls(**_as_kwargs(pb, rnd))
    obj = cls()
    _fill_new(obj, pb, rnd)
    return obj


# -- comparing field reads -------------------------------------------------------------------


def _bits(value: float) -> bytes:
    return struct.pack("<d", value)


def _same_scalar(field: FieldDescriptor, pv: Any, nv: Any, path: str) -> None:
    if field.type in (F.TYPE_DOUBLE, F.TYPE_FLOAT):
        assert type(nv) is float, f"{path}: {type(nv).__name__} is not float"
        if math.isnan(pv):
            assert math.isnan(nv), f"{path}: {nv!r} != {pv!r}"
        else:
            assert _bits(nv) == _bits(pv), f"{path}: {nv!r} != {pv!r}"
        return
    assert type(nv) is type(pv), f"{path}: {type(nv).__name__} {nv!r} != {type(pv).__name__} {pv!r}"
    assert nv == pv, f"{path}: {nv!r} != {pv!r}"
    if field.type == F.TYPE_ENUM:
        known = field.enum_type.values_by_number.get(pv)
        enum_class = new_enum_class(field.enum_type)
        try:
            name = enum_class.Name(nv)
        except ValueError:
            name = None
        assert name == (known.name if known else None), f"{path}: enum name {name!r} != {known!r}"
        if known is not None:
            assert enum_class.Value(known.name) == field.enum_type.values_by_name[known.name].number


def _missing_key(key_field: FieldDescriptor, keys: Any) -> Any:
    if key_field.type == F.TYPE_STRING:
        return "\x00 not a key \x00" + "".join(sorted(keys))[:3]
    if key_field.type == F.TYPE_BOOL:
        rest = {True, False} - set(keys)
        return rest.pop() if rest else None
    candidate = 7
    while candidate in keys:
        candidate += 1
    return candidate


def _same_value(field: FieldDescriptor, pv: Any, nv: Any, path: str) -> None:
    if field.type == F.TYPE_MESSAGE:
        assert_same(pv, nv, path)
    else:
        _same_scalar(field, pv, nv, path)


def assert_same(pb: Any, new: Message, path: str = "") -> None:
    """Every field read of ``new`` agrees with ``pb``'s, recursively over the schema.

    Compares attribute values (types included), ``HasField`` of presence fields,
    ``WhichOneof`` of each oneof, repeated fields' lengths and elements, maps' keys and
    values (and reading a missing key with ``.get``), enum names, and ``ListFields``.
    """
    descriptor = pb.DESCRIPTOR
    path = path or descriptor.full_name
    assert isinstance(new, new_class(descriptor)), f"{path}: {type(new).__qualname__}"
    for field in descriptor.fields:
        where = f"{path}.{field.name}"
        pv = getattr(pb, field.name)
        nv = getattr(new, field.name)
        if is_map(field):
            key_field, value_field = (
                field.message_type.fields_by_name["key"],
                field.message_type.fields_by_name["value"],
            )
            assert isinstance(nv, dict), f"{where}: {type(nv).__name__}"
            assert len(nv) == len(pv), f"{where}: {len(nv)} entries != {len(pv)}"
            assert set(nv) == set(pv), f"{where}: keys {sorted(nv, key=repr)} != {sorted(pv, key=repr)}"
            for key in pv:
                _same_scalar(key_field, key, next(k for k in nv if k == key), f"{where}[{key!r}] (key)")
                _same_value(value_field, pv[key], nv[key], f"{where}[{key!r}]")
            missing = _missing_key(key_field, list(pv))
            if missing is not None:
                assert pv.get(missing) is None
                assert nv.get(missing) is None, f"{where}.get(missing key) is {nv.get(missing)!r}"
                assert missing not in nv, f"{where}: .get inserted a key"
        elif field.is_repeated:
            assert isinstance(nv, list), f"{where}: {type(nv).__name__}"
            assert len(nv) == len(pv), f"{where}: {len(nv)} elements != {len(pv)}"
            for i, (p, n) in enumerate(zip(pv, nv, strict=True)):
                _same_value(field, p, n, f"{where}[{i}]")
        else:
            if field.has_presence:
                has = pb.HasField(field.name)
                assert new.HasField(field.name) == has, f"{where}: HasField {new.HasField(field.name)} != {has}"
            if field.type == F.TYPE_MESSAGE:
                if pb.HasField(field.name):
                    assert_same(pv, nv, where)
                else:
                    # an unset sub-message reads as a default instance (and stays unset)
                    assert isinstance(nv, new_class(field.message_type)), f"{where}: {type(nv).__qualname__}"
                    assert nv.ListFields() == [], f"{where}: unset sub-message lists {nv.ListFields()}"
                    assert nv.SerializeToString() == b""
                    assert not new.HasField(field.name), f"{where}: reading set the field"
            else:
                _same_scalar(field, pv, nv, where)
    for oneof in descriptor.oneofs:
        which = pb.WhichOneof(oneof.name)
        assert new.WhichOneof(oneof.name) == which, (
            f"{path}: WhichOneof({oneof.name!r}) {new.WhichOneof(oneof.name)!r} != {which!r}"
        )
        assert new.HasField(oneof.name) == (which is not None), f"{path}: HasField({oneof.name!r})"
    listed_new = [f.name for f, _ in new.ListFields()]
    listed_pb = [f.name for f, _ in pb.ListFields()]
    assert listed_new == listed_pb, f"{path}: ListFields {listed_new} != {listed_pb}"


def has_map_entries(pb: Any) -> bool:
    """Whether any map field in the tree holds an entry (upb's plain encoding orders them by hash)."""
    for field, value in pb.ListFields():
        if is_map(field):
            return True
        if field.type == F.TYPE_MESSAGE:
            if field.is_repeated:
                if any(has_map_entries(v) for v in value):
                    return True
            elif has_map_entries(value):
                return True
    return False


def pb2_bytes(pb: Any, deterministic: bool = True) -> bytes:
    """``_pb2``'s encoding, without its check of proto2 required fields."""
    return pb.SerializePartialToString(deterministic=deterministic)


def scaled(n: int) -> int:
    """``n`` examples under the ``ci`` profile (10 examples a test), proportionally more under bigger ones."""
    from hypothesis import settings

    return max(1, n * settings.default.max_examples // 10)
