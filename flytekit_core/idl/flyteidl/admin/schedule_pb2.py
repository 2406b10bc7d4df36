"""Generated from flyteidl/admin/schedule.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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


class FixedRateUnit(_Enum):
    MINUTE = 0
    HOUR = 1
    DAY = 2

MINUTE = FixedRateUnit.MINUTE
HOUR = FixedRateUnit.HOUR
DAY = FixedRateUnit.DAY

class FixedRate(_Message):
    __slots__ = ("value", "unit")

    VALUE_FIELD_NUMBER = 1
    UNIT_FIELD_NUMBER = 2

    value: int
    unit: int

    if _TYPE_CHECKING:
        def __init__(self, *, value: int | None = ..., unit: int | str | None = ...) -> None: ...


class CronSchedule(_Message):
    __slots__ = ("schedule", "offset")

    SCHEDULE_FIELD_NUMBER = 1
    OFFSET_FIELD_NUMBER = 2

    schedule: str
    offset: str

    if _TYPE_CHECKING:
        def __init__(self, *, schedule: str | None = ..., offset: str | None = ...) -> None: ...


class Schedule(_Message):
    __slots__ = ("cron_expression", "rate", "cron_schedule", "kickoff_time_input_arg")

    CRON_EXPRESSION_FIELD_NUMBER = 1
    RATE_FIELD_NUMBER = 2
    CRON_SCHEDULE_FIELD_NUMBER = 4
    KICKOFF_TIME_INPUT_ARG_FIELD_NUMBER = 3

    cron_expression: str
    rate: FixedRate
    cron_schedule: CronSchedule
    kickoff_time_input_arg: str

    if _TYPE_CHECKING:
        def __init__(self, *, cron_expression: str | None = ..., rate: FixedRate | _Mapping[str, _Any] | None = ..., cron_schedule: CronSchedule | _Mapping[str, _Any] | None = ..., kickoff_time_input_arg: str | None = ...) -> None: ...


_register_file(
    "flyteidl/admin/schedule.proto",
    _SHA256,
    {
        "flyteidl.admin.FixedRateUnit": FixedRateUnit,
        "flyteidl.admin.FixedRate": FixedRate,
        "flyteidl.admin.CronSchedule": CronSchedule,
        "flyteidl.admin.Schedule": Schedule,
    },
)
