"""Every message type of ``flytekit.idl`` against its ``_pb2`` twin, on random messages.

For each of the 555 message types, random ``_pb2`` messages (see ``strategies.pb2_messages``):

(a) pb2 bytes -> new object -> bytes parses to an equal pb2 message, byte-identical when
    deterministic (and plain bytes too when no map is involved);
(b) the new object built through the API (``strategies.to_new``) encodes like pb2;
(c) every field read agrees (``strategies.assert_same``), and reading changes nothing;
(d) unknown fields appended to the bytes survive decode and re-encode as in pb2;
(e) pickling, ``copy.copy`` and ``copy.deepcopy`` give equal objects;
(f) merging a second message (``MergeFromString``/``MergeFrom``) agrees with pb2's merge.
"""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest
from google.protobuf import descriptor_pb2
from hypothesis import given, settings
from hypothesis import strategies as st

from . import strategies as strat

DESCRIPTOR_SET = Path(__file__).resolve().parents[2] / "rust" / "flyrs" / "core" / "idl" / "flyteidl.binpb"
DESCRIPTORS = strat.all_message_descriptors()
ALL_NAMES = [d.full_name for d in DESCRIPTORS]

# more examples (and bigger trees) for the types flytekit lives on
IMPORTANT = [
    "flyteidl.core.Literal",
    "flyteidl.core.LiteralType",
    "flyteidl.core.TaskTemplate",
    "flyteidl.core.WorkflowClosure",
    "flyteidl.admin.Task",
    "flyteidl.admin.Execution",
    "flyteidl.admin.TaskList",
]


def test_all_message_types_collected():
    assert len(ALL_NAMES) == 555
    assert len(set(ALL_NAMES)) == 555
    assert len(strat.proto_files()) == 73
    assert set(IMPORTANT) <= set(ALL_NAMES)
    for d in DESCRIPTORS:
        cls = strat.new_class(d)
        assert cls.__qualname__ == strat.pb2_class(d).__qualname__
        assert cls.__module__ == strat.new_module_name(d.file.name)


def test_same_types_as_the_descriptor_set():
    """The pb2 modules describe the same files and message types as the descriptor set the
    IDL classes and the native codec were built from."""
    fds = descriptor_pb2.FileDescriptorSet.FromString(DESCRIPTOR_SET.read_bytes())
    assert sorted(f.name for f in fds.file) == sorted(strat.proto_files())
    names = []

    def walk(prefix, message):
        name = f"{prefix}.{message.name}"
        names.append(name)
        for nested in message.nested_type:
            walk(name, nested)

    for f in fds.file:
        for message in f.message_type:
            walk(f.package, message)
    assert sorted(names) == ALL_NAMES


@pytest.mark.parametrize("full_name", ALL_NAMES)
def test_schema_agrees(full_name):
    d = strat.descriptor_by_name()[full_name]
    schema = strat.new_class(d).DESCRIPTOR
    assert schema.full_name == full_name
    assert [f.name for f in d.oneofs] == list(schema.oneofs)
    assert {f.name: f.number for f in d.fields} == {f.name: f.number for f in schema.fields}
    for f in d.fields:
        g = schema.fields_by_name[f.name]
        assert g.presence == f.has_presence, f.full_name
        assert g.json_name == f.json_name, f.full_name
        assert g.oneof == (f.containing_oneof.name if f.containing_oneof else None), f.full_name


def _check_message(pb, rnd, extra, other, nested):
    d = pb.DESCRIPTOR
    pb_cls = strat.pb2_class(d)
    cls = strat.new_class(d)
    det = strat.pb2_bytes(pb)
    plain = strat.pb2_bytes(pb, deterministic=False)
    maps = strat.has_map_entries(pb)

    # (a) pb2 bytes -> new -> bytes
    new = cls.FromString(plain)
    assert strat.pb2_bytes(pb_cls.FromString(new.SerializeToString())) == det
    assert new.SerializeToString(deterministic=True) == det
    if not maps:
        assert new.SerializeToString() == plain
    assert new.ByteSize() == pb.ByteSize()
    assert cls.FromString(det) == new

    # (c) field reads, and reading them changes nothing
    strat.assert_same(pb, new)
    assert new.SerializeToString(deterministic=True) == det

    # (b) built through the API
    built = strat.to_new(pb, rnd)
    assert built.SerializeToString(deterministic=True) == det
    if not maps:
        assert built.SerializeToString() == plain
    assert built == new
    strat.assert_same(pb, built)

    # (d) unknown fields
    data = plain + extra
    pb_u = pb_cls.FromString(data)
    new_u = cls.FromString(data)
    again = new_u.SerializeToString()
    assert strat.pb2_bytes(pb_cls.FromString(again)) == strat.pb2_bytes(pb_u)
    assert new_u.SerializeToString(deterministic=True) == strat.pb2_bytes(pb_u)
    assert new_u != new
    strat.assert_same(pb_u, new_u)
    # ... and inside sub-messages, map values and repeated elements
    pb_n = pb_cls.FromString(data)
    if nested(pb_n):
        data_n = strat.pb2_bytes(pb_n, deterministic=False)
        new_n = cls.FromString(data_n)
        assert new_n.SerializeToString(deterministic=True) == strat.pb2_bytes(pb_n)
        assert strat.pb2_bytes(pb_cls.FromString(new_n.SerializeToString())) == strat.pb2_bytes(pb_n)
        strat.assert_same(pb_n, new_n)
        new_u = new_n
        pb_u = pb_n
    # DiscardUnknownFields drops them all, at every level
    pb_u.DiscardUnknownFields()
    new_u.DiscardUnknownFields()
    assert new_u.SerializeToString(deterministic=True) == strat.pb2_bytes(pb_u) == det

    # (e) pickle and copies (unknown fields included)
    for obj in (new, built, new_u):
        for clone in (pickle.loads(pickle.dumps(obj)), copy.deepcopy(obj), copy.copy(obj)):
            assert type(clone) is cls
            assert clone == obj
            assert clone is not obj
            assert clone.SerializeToString(deterministic=True) == obj.SerializeToString(deterministic=True)

    # (f) merging another message
    merged_pb = pb_cls()
    merged_pb.MergeFrom(pb)
    merged_pb.MergeFrom(other)
    merged = cls.FromString(plain)
    merged.MergeFromString(strat.pb2_bytes(other, deterministic=False))
    assert merged.SerializeToString(deterministic=True) == strat.pb2_bytes(merged_pb)
    strat.assert_same(merged_pb, merged)
    merged2 = strat.to_new(pb, rnd)
    merged2.MergeFrom(strat.to_new(other, rnd))
    assert merged2 == merged
    copied = cls.FromString(strat.pb2_bytes(other))
    copied.CopyFrom(new)
    assert copied == new
    parsed = cls.FromString(strat.pb2_bytes(other))
    assert parsed.ParseFromString(det) == len(det)
    assert parsed == new


def _parity_strategy(full_name, depth, max_fields):
    d = strat.descriptor_by_name()[full_name]
    return st.tuples(
        strat.pb2_messages(d, depth=depth, max_fields=max_fields),
        st.randoms(use_true_random=False),
        strat.unknown_fields(d),
        strat.pb2_messages(d, depth=2, max_fields=max_fields // 2),
    )


def _nested_unknowns(data):
    return lambda pb: strat.add_nested_unknown_fields(data.draw, pb) > 0


@pytest.mark.parametrize("full_name", ALL_NAMES)
@settings(max_examples=strat.scaled(6))
@given(data=st.data())
def test_parity(full_name, data):
    pb, rnd, extra, other = data.draw(_parity_strategy(full_name, 3, 24), label=full_name)
    _check_message(pb, rnd, extra, other, _nested_unknowns(data))


@pytest.mark.parametrize("full_name", IMPORTANT)
@settings(max_examples=strat.scaled(60))
@given(data=st.data())
def test_parity_important(full_name, data):
    pb, rnd, extra, other = data.draw(_parity_strategy(full_name, 5, 60), label=full_name)
    _check_message(pb, rnd, extra, other, _nested_unknowns(data))


# -- the same operations through both APIs --------------------------------------------------


def _pick_path(draw, d):
    """A path of singular message fields from the root (read lazily in both models)."""
    path = []
    for _ in range(3):
        subs = [f for f in d.fields if f.type == strat.F.TYPE_MESSAGE and not f.is_repeated]
        if not subs or not draw(st.booleans()):
            break
        field = draw(st.sampled_from(subs))
        path.append(field.name)
        d = field.message_type
    return path, d


@st.composite
def operation(draw, root):
    """One operation: ``(path, action, field name, args)``; values are pb2 objects or plain values."""
    path, d = _pick_path(draw, root)
    whole = draw(st.integers(0, 9))
    if whole == 0 or not d.fields:
        return (
            path,
            draw(st.sampled_from(["Clear", "SetInParent", "MergeFrom", "CopyFrom"])),
            None,
            (draw(strat.pb2_messages(d, depth=1, max_fields=4)),),
        )
    if whole == 1 and [o for o in d.oneofs]:
        return path, "ClearField", draw(st.sampled_from([o.name for o in d.oneofs])), ()
    field = draw(st.sampled_from(list(d.fields)))
    if draw(st.integers(0, 5)) == 0:
        return path, "ClearField", field.name, ()
    if strat.is_map(field):
        key_field, value_field = (field.message_type.fields_by_name[n] for n in ("key", "value"))
        key = draw(strat.map_keys(key_field.type))
        action = draw(st.sampled_from(["map_get", "map_del", "map_set", "map_contains"]))
        if value_field.type == strat.F.TYPE_MESSAGE:
            value = draw(strat.pb2_messages(value_field.message_type, depth=1, max_fields=3))
        else:
            value = draw(strat.value_strategy(value_field))
        return path, action, field.name, (key, value)
    if field.is_repeated:
        action = draw(st.sampled_from(["append", "extend", "del_first", "extend_empty"]))
        if field.type == strat.F.TYPE_MESSAGE:
            values = draw(st.lists(strat.pb2_messages(field.message_type, depth=1, max_fields=3), max_size=2))
            if action == "append" and draw(st.booleans()):
                action = "add"
        else:
            values = draw(st.lists(strat.value_strategy(field), min_size=1, max_size=3))
        return path, action, field.name, (values,)
    if field.type == strat.F.TYPE_MESSAGE:
        action = draw(st.sampled_from(["SetInParent", "CopyFrom", "MergeFrom", "read"]))
        return path, action, field.name, (draw(strat.pb2_messages(field.message_type, depth=1, max_fields=3)),)
    return path, "set", field.name, (draw(strat.value_strategy(field)),)


def _to_new_value(value):
    if hasattr(value, "DESCRIPTOR") and hasattr(value, "SerializeToString"):
        return strat.new_class(value.DESCRIPTOR).FromString(strat.pb2_bytes(value))
    return value


def _apply(obj, op, new: bool):
    path, action, name, args = op
    target = obj
    for part in path:
        target = getattr(target, part)
    conv = _to_new_value if new else (lambda v: v)
    if action in ("Clear", "SetInParent"):
        getattr(target, action)()
    elif action in ("MergeFrom", "CopyFrom") and name is None:
        getattr(target, action)(conv(args[0]))
    elif action == "ClearField":
        target.ClearField(name)
    elif action == "set":
        setattr(target, name, args[0])
    elif action in ("SetInParent", "CopyFrom", "MergeFrom", "read"):
        sub = getattr(target, name)
        if action == "SetInParent":
            sub.SetInParent()
        elif action != "read":
            getattr(sub, action)(conv(args[0]))
    elif action in ("append", "add", "extend", "del_first", "extend_empty"):
        container = getattr(target, name)
        values = [conv(v) for v in args[0]]
        if action == "append":
            for v in values:
                container.append(v)
        elif action == "add":
            for v in values:
                container.add().CopyFrom(v)
        elif action == "extend":
            container.extend(values)
        elif action == "extend_empty":
            container.extend([])
        elif len(container):
            del container[0]
    else:
        container = getattr(target, name)
        key, value = args
        if action == "map_get":
            container[key]
        elif action == "map_contains":
            assert (key in container) == (key in dict(container))
        elif action == "map_del":
            if key in container:
                del container[key]
        elif hasattr(value, "DESCRIPTOR"):
            container[key].CopyFrom(conv(value))
        else:
            container[key] = value


def _outcome(fn):
    try:
        fn()
    except Exception as error:  # compared between the models
        return type(error).__name__
    return None


def _run_operations(full_name, data, count):
    d = strat.descriptor_by_name()[full_name]
    start = data.draw(strat.pb2_messages(d, depth=2, max_fields=8), label="start")
    pb = strat.pb2_class(d)()
    pb.CopyFrom(start)
    new = strat.new_class(d).FromString(strat.pb2_bytes(start))
    for i in range(count):
        op = data.draw(operation(d), label=f"op {i}")
        got_pb = _outcome(lambda op=op: _apply(pb, op, new=False))
        got_new = _outcome(lambda op=op: _apply(new, op, new=True))
        assert (got_new is None) == (got_pb is None), (op[:3], got_new, got_pb)
        assert new.SerializeToString(deterministic=True) == strat.pb2_bytes(pb), op[:3]
        strat.assert_same(pb, new)


@pytest.mark.parametrize("full_name", ALL_NAMES)
@settings(max_examples=strat.scaled(3))
@given(data=st.data())
def test_api_operations(full_name, data):
    """Random sequences of sets, clears, appends, map writes, merges and copies (through lazily
    read sub-messages too) leave both models with the same fields."""
    _run_operations(full_name, data, 6)


@pytest.mark.parametrize("full_name", IMPORTANT)
@settings(max_examples=strat.scaled(50))
@given(data=st.data())
def test_api_operations_important(full_name, data):
    _run_operations(full_name, data, 12)


# -- deterministic map order ----------------------------------------------------------------


@pytest.mark.parametrize(
    "keys",
    [["", "a"], ["a", "ab"], ["ab", "a", "b"], ["", "0", "a", "aa", "ab", "abc", "b", "z", "é"], ["x", "y"]],
)
def test_deterministic_map_order(keys):
    """``SerializeToString(deterministic=True)`` writes map entries in upb's order: bytewise, except
    that a key sorts after the longer keys it is a prefix of ("ab" before "a", "a" before "")."""
    d = strat.descriptor_by_name()["flyteidl.core.Literal"]
    pb = strat.pb2_class(d)()
    new = strat.new_class(d)()
    for key in keys:
        pb.metadata[key] = "v"
        new.metadata[key] = "v"
    assert new.SerializeToString(deterministic=True) == strat.pb2_bytes(pb)


@settings(max_examples=strat.scaled(50))
@given(keys=st.lists(st.text("ab\x00é😀", max_size=3), unique=True, max_size=6))
def test_deterministic_map_order_random(keys):
    d = strat.descriptor_by_name()["flyteidl.core.LiteralMap"]
    pb = strat.pb2_class(d)()
    new = strat.new_class(d)()
    for i, key in enumerate(keys):
        pb.literals[key].hash = str(i)
        new.literals[key].hash = str(i)
    assert new.SerializeToString(deterministic=True) == strat.pb2_bytes(pb)
