"""Conversion between ``flytekit_core.idl`` messages and ``protobuf`` ``_pb2`` messages, by bytes.

Needs ``protobuf`` and ``flyteidl==1.16.8`` (which flytekit-remote's ``grpc`` extra, or
real flytekit, brings). Both models share the wire format, so a conversion is one encode
and one decode and loses nothing, unknown fields included.
"""

from __future__ import annotations

import importlib
from typing import Any

from flytekit_core.idl.message import Message, class_for

PREFIX = "flytekit_core.idl."


def _pb2_class(cls: type[Message]) -> Any:
    module = importlib.import_module(cls.__module__.removeprefix(PREFIX))
    target: Any = module
    for part in cls.__qualname__.split("."):
        target = getattr(target, part)
    return target


def to_pb2(message: Message) -> Any:
    """The ``_pb2`` message equal to ``message``."""
    if not isinstance(message, Message):
        raise TypeError(f"to_pb2 expects a flytekit_core.idl message, got {type(message).__name__}")
    return _pb2_class(type(message)).FromString(message.SerializeToString())


def from_pb2(message: Any) -> Message:
    """The ``flytekit_core.idl`` message equal to the ``_pb2`` message ``message``."""
    descriptor = getattr(message, "DESCRIPTOR", None)
    full_name = getattr(descriptor, "full_name", None)
    if not isinstance(full_name, str) or not hasattr(message, "SerializeToString"):
        raise TypeError(f"from_pb2 expects a protobuf message, got {type(message).__name__}")
    module_name = PREFIX + descriptor.file.name.removesuffix(".proto").replace("-", "_").replace("/", ".") + "_pb2"
    importlib.import_module(module_name)
    return class_for(full_name).FromString(message.SerializeToString())  # type: ignore[attr-defined]
