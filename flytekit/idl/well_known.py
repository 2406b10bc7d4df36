"""Helper methods of protobuf's well-known types (Any, Timestamp, Duration, Struct, ListValue),
mixed into the generated classes as ``_pb2`` mixes them in."""

from __future__ import annotations


class AnyMixin:
    __slots__ = ()


class TimestampMixin:
    __slots__ = ()


class DurationMixin:
    __slots__ = ()


class StructMixin:
    __slots__ = ()


class ListValueMixin:
    __slots__ = ()
