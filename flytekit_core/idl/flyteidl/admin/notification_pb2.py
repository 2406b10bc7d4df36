"""Generated from flyteidl/admin/notification.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

from __future__ import annotations

from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import TYPE_CHECKING as _TYPE_CHECKING, Any as _Any

from flytekit_core.idl._descriptor import SHA256 as _SHA256
from flytekit_core.idl.containers import (
    MessageMap as _MessageMap,
    RepeatedCompositeFieldContainer as _RepeatedCompositeFieldContainer,
    RepeatedScalarFieldContainer as _RepeatedScalarFieldContainer,
    ScalarMap as _ScalarMap,
)
from flytekit_core.idl.enum import Enum as _Enum
from flytekit_core.idl.message import Message as _Message, register_file as _register_file


class EmailMessage(_Message):
    __slots__ = ("recipients_email", "sender_email", "subject_line", "body")

    RECIPIENTS_EMAIL_FIELD_NUMBER = 1
    SENDER_EMAIL_FIELD_NUMBER = 2
    SUBJECT_LINE_FIELD_NUMBER = 3
    BODY_FIELD_NUMBER = 4

    recipients_email: _RepeatedScalarFieldContainer[str]
    sender_email: str
    subject_line: str
    body: str

    if _TYPE_CHECKING:
        def __init__(self, *, recipients_email: _Iterable[str] | None = ..., sender_email: str | None = ..., subject_line: str | None = ..., body: str | None = ...) -> None: ...


_register_file(
    "flyteidl/admin/notification.proto",
    _SHA256,
    {
        "flyteidl.admin.EmailMessage": EmailMessage,
    },
)
