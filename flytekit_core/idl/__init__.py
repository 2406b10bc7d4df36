"""Flyte IDL messages as plain Python classes, without ``protobuf``.

The module tree under ``flytekit_core.idl`` mirrors flyteidl's ``_pb2`` modules, generated
from the descriptors of flyteidl 1.16.8: ``flyteidl.core.literals_pb2`` is
``flytekit_core.idl.flyteidl.core.literals_pb2``, and ``google.protobuf.timestamp_pb2`` is
``flytekit_core.idl.google.protobuf.timestamp_pb2``. The classes offer the ``_pb2`` message
API (constructors, attributes, ``HasField``, ``SerializeToString``, ``FromString``, ...),
and a native codec reads and writes the same wire bytes.

- ``flytekit_core.idl.json_format``: dict/JSON forms equal to protobuf's ``json_format``;
- ``flytekit_core.idl.pb2``: conversion to and from ``_pb2`` objects (needs ``protobuf``).
"""

from flytekit_core.idl.enum import Enum
from flytekit_core.idl.errors import DecodeError, EncodeError
from flytekit_core.idl.message import FieldInfo, Message, MessageSchema, class_for

__all__ = ["DecodeError", "EncodeError", "Enum", "FieldInfo", "Message", "MessageSchema", "class_for"]
