"""Base class of every generated IDL message, and the registry of generated classes.

A message is a class with ``__slots__`` named after its fields, so reads are plain
attribute reads. Slot states (the native codec relies on them):

- scalar without presence: holds its value (the default until set);
- scalar with presence (oneof member, ``optional``, proto2), message: empty when unset;
- repeated, map: empty, or a container from :mod:`flytekit_core.idl.containers`;
- ``_unknown``: unknown fields as wire bytes, kept through decode and encode;
- ``_parent``: for a default sub-message read through an unset field, ``(parent, field name)``
  until its first change makes it part of the parent (see ``_mark_present``). A parent does
  not keep its default sub-messages, so no reference cycle is created by reading.

Field metadata comes from the native module, which parsed the same descriptors the
classes were generated from.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from flytekit_core import _flyrs
from flytekit_core.idl import containers, values
from flytekit_core.idl.enum import Enum

M = TypeVar("M", bound="Message")

_CLASSES: dict[str, type] = {}
"""Generated classes by full protobuf name (messages and enums)."""

_set_slot = object.__setattr__
_has_field = _flyrs.has_field
_which_oneof = _flyrs.which_oneof
_unset_attr = _flyrs.unset_attr
_is_set = _flyrs.is_set
_del_slot = object.__delattr__
_init_message = _flyrs.init_message

SINGULAR, REPEATED, MAP = 0, 1, 2


def class_for(full_name: str) -> type:
    """The generated class of a message or enum, by full protobuf name."""
    try:
        return _CLASSES[full_name]
    except KeyError:
        raise LookupError(f"no generated class for {full_name!r}; import the module that defines it") from None


class FieldInfo:
    """What the runtime knows of one field (the protobuf ``FieldDescriptor``'s useful part)."""

    __slots__ = (
        "_check",
        "_container",
        "_owner_name",
        "cardinality",
        "closed",
        "default",
        "json_name",
        "key_kind",
        "kind",
        "name",
        "number",
        "oneof",
        "presence",
        "type_name",
    )  # fmt: skip

    def __init__(self, owner: str, row: tuple[Any, ...]) -> None:
        (self.name, self.number, self.kind, self.type_name, self.cardinality, self.key_kind,
         self.presence, self.oneof, self.json_name, self.default, self.closed) = row  # fmt: skip
        self._owner_name = owner
        self._check: Any = None
        self._container: Any = None

    @property
    def full_name(self) -> str:
        return f"{self._owner_name}.{self.name}"

    @property
    def camelcase_name(self) -> str:
        return self.json_name

    @property
    def message_class(self) -> type[Message]:
        return class_for(self.type_name)  # type: ignore[return-value]

    @property
    def enum_class(self) -> type[Enum]:
        return class_for(self.type_name)  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"<field {self.full_name} = {self.number}>"

    def check(self, value: Any) -> Any:
        """A single (element) value of this field, checked and converted."""
        check = self._check
        if check is None:
            check = self._check = self._make_check()
        return check(value)

    def _make_check(self) -> values.Check:
        where = self.full_name
        if self.kind == "enum":
            return values.enum_check(self.enum_class, self.closed, where)
        if self.kind == "message":
            return lambda value: _message_value(self.message_class, value, where)
        return values.scalar_check(self.kind, where)

    def default_value(self) -> Any:
        if self.kind != "enum":
            return values.parse_default(self.kind, self.default)
        if self.default is None and self.closed:
            return next(iter(self.enum_class._by_number), 0)  # proto2: the first value
        return values.parse_default(self.kind, self.default, self.enum_class)

    def new_container(self, owner: Message | None) -> Any:
        container_class = self._container
        if container_class is None:
            container_class = self._container = _make_container_class(self)
        container = container_class()
        if owner is not None:
            container._owner = owner
        return container


def _message_value(cls: type[M], value: Any, where: str) -> M:
    """A copy of a message value, one built from a dict of its fields, or, for the
    well-known types, one built from the Python value they stand for (a ``datetime`` for
    a Timestamp, a ``dict`` for a Struct, ...), as ``_pb2`` accepts."""
    if isinstance(value, cls):
        return value._copy()
    if hasattr(cls, "_internal_assign"):
        # As upb: the Python value first; a dict that is not one is the message's fields.
        message = cls()
        try:
            message._internal_assign(value)  # type: ignore[attr-defined]
            return message
        except (TypeError, ValueError, AttributeError) as error:
            if not isinstance(value, Mapping):
                raise TypeError(f"{where}: cannot make a {cls.__qualname__} of {value!r:.80}: {error}") from None
    if isinstance(value, Mapping):
        return cls(**value)
    raise TypeError(f"{where}: expected {cls.__qualname__}, got {type(value).__name__} {value!r:.80}")


def _make_container_class(field: FieldInfo) -> type:
    where = field.full_name
    if field.cardinality == MAP:
        key_check = values.scalar_check(field.key_kind, f"{where} (key)")
        if field.kind == "message":
            attrs: dict[str, Any] = {"_value_class": field.message_class}
            base: type = containers.MessageMap
        else:
            attrs = {"_check_value": staticmethod(field.check), "_default": field.default_value()}
            base = containers.ScalarMap
        attrs["_check_key"] = staticmethod(key_check)
    elif field.kind == "message":
        attrs = {"_element_class": field.message_class}
        base = containers.RepeatedCompositeFieldContainer
    else:
        attrs = {"_check": staticmethod(field.check)}
        base = containers.RepeatedScalarFieldContainer
    attrs["__slots__"] = ()
    attrs["_where"] = where
    return type(f"{base.__name__}[{where}]", (base,), attrs)


def container_class(cls: type[Message], field_name: str) -> type:
    """The container type of a repeated or map field (the native decoder asks for it)."""
    field = cls._fields_by_name()[field_name]
    if field._container is None:
        field._container = _make_container_class(field)
    return field._container


class MessageSchema:
    """A message type's fields and oneofs (the protobuf ``Descriptor``'s useful part)."""

    __slots__ = (
        "_scalar_defaults",
        "fields",
        "fields_by_name",
        "fields_by_number",
        "full_name",
        "name",
        "oneofs",
        "proto3",
    )  # fmt: skip

    def __init__(self, full_name: str) -> None:
        proto3, rows, oneof_names = _flyrs.message_schema(full_name)
        self.full_name = full_name
        self.name = full_name.rsplit(".", 1)[-1]
        self.proto3 = proto3
        self.fields: tuple[FieldInfo, ...] = tuple(FieldInfo(full_name, row) for row in rows)
        self.fields_by_name = {f.name: f for f in self.fields}
        self.fields_by_number = {f.number: f for f in self.fields}
        self.oneofs: dict[str, tuple[FieldInfo, ...]] = {
            name: tuple(f for f in self.fields if f.oneof == name) for name in oneof_names
        }
        self._scalar_defaults = tuple(
            (f.name, f.default_value())
            for f in self.fields
            if f.cardinality == SINGULAR and not f.presence and f.kind != "message"
        )

    def __repr__(self) -> str:
        return f"<message schema {self.full_name}>"


class _SchemaAccessor:
    """``Cls.DESCRIPTOR``: the class's schema, built on first use and cached on the class."""

    def __get__(self, obj: object, cls: type[Message]) -> MessageSchema:
        schema = MessageSchema(cls._full_name)
        cls.DESCRIPTOR = schema  # later lookups find the plain class attribute
        return schema


class Message:
    """Base of all generated messages; offers the ``_pb2`` message API."""

    __slots__ = ("_parent", "_unknown")
    _full_name: ClassVar[str] = ""
    DESCRIPTOR: ClassVar[MessageSchema] = _SchemaAccessor()  # type: ignore[assignment]

    def __init__(self, **fields: Any) -> None:
        # Native: values a type test settles are stored there, the others come back to
        # _assign_named in argument order.
        _init_message(self, fields, _assign_named)

    # -- field access -------------------------------------------------------------------

    @classmethod
    def _fields_by_name(cls) -> dict[str, FieldInfo]:
        return cls.DESCRIPTOR.fields_by_name

    def __getattr__(self, name: str) -> Any:
        # Only called when the slot is empty: the field is unset (see _flyrs.unset_attr).
        return _unset_attr(self, name)

    def __setattr__(self, name: str, value: Any) -> None:
        field = self.DESCRIPTOR.fields_by_name.get(name)
        if field is None:
            raise AttributeError(f"{type(self).__name__!r} message has no field {name!r}")
        if value is None and field.presence:
            self.ClearField(name)
            return
        self._assign(field, value)
        if self._parent is not None:
            self._mark_present()

    def __delattr__(self, name: str) -> None:
        self.ClearField(name)

    def _assign(self, field: FieldInfo, value: Any) -> None:
        if field.cardinality == SINGULAR:
            value = field.check(value)
            if field.oneof is not None:
                self._clear_oneof(field.oneof)
        elif field.cardinality == REPEATED:
            container = field.new_container(self)
            container.extend(value)
            value = container
        else:
            if not isinstance(value, Mapping):
                raise TypeError(f"{field.full_name}: expected a mapping, got {type(value).__name__}")
            container = field.new_container(self)
            container.update(value)
            value = container
        _set_slot(self, field.name, value)

    def _assign_named(self, name: str, value: Any) -> None:
        self._assign(self.DESCRIPTOR.fields_by_name[name], value)

    def _mark_present(self) -> None:
        """Make a default sub-message (read through an unset field) part of its parent."""
        parent = self._parent
        if parent is None:
            return
        owner, name = parent
        _set_slot(self, "_parent", None)
        field = owner.DESCRIPTOR.fields_by_name[name]
        if field.oneof is not None:
            owner._clear_oneof(field.oneof)
        _set_slot(owner, name, self)
        owner._mark_present()

    def _clear_oneof(self, oneof: str) -> None:
        for member in self.DESCRIPTOR.oneofs[oneof]:
            try:
                _del_slot(self, member.name)
            except AttributeError:
                pass

    # -- the protobuf message API -------------------------------------------------------

    def HasField(self, field_name: str) -> bool:
        return _has_field(self, field_name)

    def WhichOneof(self, oneof_group: str) -> str | None:
        return _which_oneof(self, oneof_group)

    def ClearField(self, field_name: str) -> None:
        schema = self.DESCRIPTOR
        field = schema.fields_by_name.get(field_name)
        if field_name in schema.oneofs:
            self._clear_oneof(field_name)
        elif field is None:
            raise ValueError(f'Protocol message {schema.name} has no "{field_name}" field.')
        elif field.cardinality == SINGULAR and not field.presence:
            _set_slot(self, field_name, field.default_value())
        else:
            try:
                _del_slot(self, field_name)
            except AttributeError:
                pass
        self._mark_present()

    def ListFields(self) -> list[tuple[FieldInfo, Any]]:
        """The set fields with their values, in field-number order."""
        listed = []
        for field in self.DESCRIPTOR.fields:
            if not _is_set(self, field.name):
                continue
            value = getattr(self, field.name)
            if field.cardinality != SINGULAR or not field.presence:
                if not value and (field.cardinality != SINGULAR or _is_zero(value)):
                    continue
            listed.append((field, value))
        return listed

    def Clear(self) -> None:
        for field in self.DESCRIPTOR.fields:
            try:
                _del_slot(self, field.name)
            except AttributeError:
                pass
        for name, default in self.DESCRIPTOR._scalar_defaults:
            _set_slot(self, name, default)
        _set_slot(self, "_unknown", None)
        self._mark_present()

    def SetInParent(self) -> None:
        self._mark_present()

    def IsInitialized(self) -> bool:
        return True  # required fields (only in descriptor.proto, UninterpretedOption.NamePart) are not checked

    def FindInitializationErrors(self) -> list[str]:
        return []

    def DiscardUnknownFields(self) -> None:
        _set_slot(self, "_unknown", None)
        for field, value in self.ListFields():
            if field.kind != "message":
                continue
            if field.cardinality == SINGULAR:
                value.DiscardUnknownFields()
            else:
                for element in value.values() if field.cardinality == MAP else value:
                    element.DiscardUnknownFields()

    def SerializeToString(self, *, deterministic: bool = False) -> bytes:
        return _flyrs.encode(self, deterministic)

    SerializePartialToString = SerializeToString

    def ByteSize(self) -> int:
        return len(_flyrs.encode(self, False))

    @classmethod
    def FromString(cls: type[M], data: bytes) -> M:
        return _flyrs.decode(cls, _as_bytes(data))

    def MergeFromString(self, data: bytes) -> int:
        data = _as_bytes(data)
        _flyrs.merge(self, data)
        self._mark_present()
        return len(data)

    def ParseFromString(self, data: bytes) -> int:
        data = _as_bytes(data)
        self.Clear()
        _flyrs.merge(self, data)
        return len(data)

    def MergeFrom(self, other: Message) -> None:
        if type(other) is not type(self):
            raise TypeError(f"MergeFrom expects {type(self).__qualname__}, got {type(other).__name__}")
        self.MergeFromString(_flyrs.encode(other, False))

    def CopyFrom(self, other: Message) -> None:
        if type(other) is not type(self):
            raise TypeError(f"CopyFrom expects {type(self).__qualname__}, got {type(other).__name__}")
        if other is self:
            return
        data = _flyrs.encode(other, False)
        self.Clear()
        _flyrs.merge(self, data)

    def _copy(self: M) -> M:
        return _flyrs.decode(type(self), _flyrs.encode(self, False))

    __copy__ = _copy

    def __deepcopy__(self: M, memo: Any = None) -> M:
        return self._copy()

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self).FromString, (_flyrs.encode(self, True),))

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return _flyrs.encode(self, True) == _flyrs.encode(other, True)  # type: ignore[arg-type]

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        parts = [f"{f.name}={v!r}" for f, v in self.ListFields()]
        return f"{type(self).__qualname__}({', '.join(parts)})"


_assign_named = Message._assign_named


def _is_zero(value: Any) -> bool:
    # A non-presence scalar is unset when it holds its zero value; -0.0 counts as set.
    if type(value) is float:
        return value == 0.0 and str(value)[0] != "-"
    return not value


def _as_bytes(data: Any) -> bytes:
    if type(data) is bytes:
        return data
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"expected bytes, got {type(data).__name__}")


def register_file(proto_file: str, descriptor_sha256: str, classes: Mapping[str, type]) -> None:
    """Called by each generated module: bind its classes to the native codec."""
    if descriptor_sha256 != _flyrs.DESCRIPTOR_SHA256:
        raise ImportError(
            f"{proto_file}: the generated Python classes and the native module were built from "
            f"different IDL descriptors ({descriptor_sha256[:12]} vs {_flyrs.DESCRIPTOR_SHA256[:12]}); "
            "regenerate with `python tools/regen_idl.py` and rebuild the package"
        )
    messages = []
    for full_name, cls in classes.items():
        cls._full_name = full_name  # type: ignore[attr-defined]
        if issubclass(cls, Enum):
            cls.DESCRIPTOR_FULL_NAME = full_name
        else:
            messages.append((cls, full_name))
        _CLASSES[full_name] = cls
    _flyrs.bind_messages(messages)
