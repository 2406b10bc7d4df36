"""Repeated and map field containers: ``list`` and ``dict`` subclasses that check values.

Reads are plain ``list``/``dict`` reads. Writes check each value and, when the container
belongs to a default sub-message that is not yet part of its parent, make it part of it
(``msg.sub.items.append(x)`` sets ``msg.HasField("sub")``, as with ``_pb2``).
The native codec fills containers directly and skips the checks: it decodes only valid values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

if TYPE_CHECKING:
    from flytekit_core.idl.message import Message
    from flytekit_core.idl.values import Check

T = TypeVar("T")
M = TypeVar("M", bound="Message")


def _touch(container: Any) -> None:
    try:
        owner = container._owner
    except AttributeError:  # made by the decoder: its owner is already present
        return
    if owner is not None:
        owner._mark_present()


def _iterable(values: Any, where: str) -> Iterable[Any]:
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Iterable):
        raise TypeError(f"{where}: expected an iterable of values, got {type(values).__name__}")
    return values


class RepeatedScalarFieldContainer(list[T]):
    """A repeated field of scalars or enums."""

    __slots__ = ("_owner",)
    _check: ClassVar[Check]
    _where: ClassVar[str]

    def append(self, value: T) -> None:
        list.append(self, type(self)._check(value))
        _touch(self)

    def extend(self, values: Iterable[T]) -> None:
        check = type(self)._check
        list.extend(self, [check(v) for v in _iterable(values, self._where)])
        _touch(self)

    def insert(self, index: Any, value: T) -> None:
        list.insert(self, index, type(self)._check(value))
        _touch(self)

    def __setitem__(self, index: Any, value: Any) -> None:
        check = type(self)._check
        if isinstance(index, slice):
            list.__setitem__(self, index, [check(v) for v in _iterable(value, self._where)])
        else:
            list.__setitem__(self, index, check(value))
        _touch(self)

    def __iadd__(self, values: Iterable[T]) -> RepeatedScalarFieldContainer[T]:  # type: ignore[override]
        self.extend(values)
        return self

    def MergeFrom(self, other: Iterable[T]) -> None:
        self.extend(other)

    def __reduce__(self) -> Any:
        return (list, (list(self),))


class RepeatedCompositeFieldContainer(list[M]):
    """A repeated field of messages. Added messages are copies, as with ``_pb2``."""

    __slots__ = ("_owner",)
    _element_class: ClassVar[type[Message]]
    _where: ClassVar[str]

    def _element(self, value: Any) -> M:
        cls = type(self)._element_class
        if isinstance(value, cls):
            return value._copy()  # type: ignore[return-value]
        if isinstance(value, Mapping):
            return cls(**value)  # type: ignore[return-value]
        raise TypeError(f"{self._where}: expected {cls.__qualname__}, got {type(value).__name__}")

    def add(self, **kwargs: Any) -> M:
        element = type(self)._element_class(**kwargs)
        list.append(self, element)
        _touch(self)
        return element  # type: ignore[return-value]

    def append(self, value: M) -> None:
        list.append(self, self._element(value))
        _touch(self)

    def extend(self, values: Iterable[M]) -> None:
        list.extend(self, [self._element(v) for v in _iterable(values, self._where)])
        _touch(self)

    def insert(self, index: Any, value: M) -> None:
        list.insert(self, index, self._element(value))
        _touch(self)

    def __setitem__(self, index: Any, value: Any) -> None:
        if isinstance(index, slice):
            list.__setitem__(self, index, [self._element(v) for v in _iterable(value, self._where)])
        else:
            list.__setitem__(self, index, self._element(value))
        _touch(self)

    def __iadd__(self, values: Iterable[M]) -> RepeatedCompositeFieldContainer[M]:  # type: ignore[override]
        self.extend(values)
        return self

    def MergeFrom(self, other: Iterable[M]) -> None:
        self.extend(other)

    def __reduce__(self) -> Any:
        return (list, (list(self),))


class _MapBase(dict):  # type: ignore[type-arg]
    __slots__ = ("_owner",)
    _check_key: ClassVar[Check]
    _where: ClassVar[str]

    def _value(self, value: Any) -> Any:
        raise NotImplementedError

    def __setitem__(self, key: Any, value: Any) -> None:
        dict.__setitem__(self, type(self)._check_key(key), self._value(value))
        _touch(self)

    def update(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def setdefault(self, key: Any, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return self[key]

    def MergeFrom(self, other: Mapping[Any, Any]) -> None:
        self.update(other)

    def __reduce__(self) -> Any:
        return (dict, (dict(self),))


class ScalarMap(_MapBase):
    """A map field with scalar or enum values. A missing key reads as (and inserts) the default."""

    __slots__ = ()
    _check_value: ClassVar[Check]
    _default: ClassVar[Any]

    def _value(self, value: Any) -> Any:
        return type(self)._check_value(value)

    def __missing__(self, key: Any) -> Any:
        key = type(self)._check_key(key)  # b"k" finds "k", as with _pb2
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        self[key] = type(self)._default
        return type(self)._default


class MessageMap(_MapBase):
    """A map field with message values. A missing key reads as (and inserts) a new message."""

    __slots__ = ()
    _value_class: ClassVar[type[Message]]

    def _value(self, value: Any) -> Any:
        cls = type(self)._value_class
        if isinstance(value, cls):
            return value._copy()
        if isinstance(value, Mapping):
            return cls(**value)
        raise TypeError(f"{self._where}: expected {cls.__qualname__} values, got {type(value).__name__}")

    def __missing__(self, key: Any) -> Any:
        key = type(self)._check_key(key)  # b"k" finds "k", as with _pb2
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        value = type(self)._value_class()
        dict.__setitem__(self, key, value)
        _touch(self)
        return value

    def get_or_create(self, key: Any) -> Any:
        return self[key]
