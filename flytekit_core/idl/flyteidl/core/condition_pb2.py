"""Generated from flyteidl/core/condition.proto (flyteidl 1.16.8) by tools/generate_python.py. Do not edit."""

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
from flytekit_core.idl.flyteidl.core import literals_pb2 as _flyteidl_core_literals_pb2  # noqa: F401


class ComparisonExpression(_Message):
    __slots__ = ("operator", "left_value", "right_value")

    class Operator(_Enum):
        EQ = 0
        NEQ = 1
        GT = 2
        GTE = 3
        LT = 4
        LTE = 5

    EQ = Operator.EQ
    NEQ = Operator.NEQ
    GT = Operator.GT
    GTE = Operator.GTE
    LT = Operator.LT
    LTE = Operator.LTE

    OPERATOR_FIELD_NUMBER = 1
    LEFT_VALUE_FIELD_NUMBER = 2
    RIGHT_VALUE_FIELD_NUMBER = 3

    operator: int
    left_value: Operand
    right_value: Operand

    if _TYPE_CHECKING:
        def __init__(self, *, operator: int | str | None = ..., left_value: Operand | _Mapping[str, _Any] | None = ..., right_value: Operand | _Mapping[str, _Any] | None = ...) -> None: ...


class Operand(_Message):
    __slots__ = ("primitive", "var", "scalar")

    PRIMITIVE_FIELD_NUMBER = 1
    VAR_FIELD_NUMBER = 2
    SCALAR_FIELD_NUMBER = 3

    primitive: _flyteidl_core_literals_pb2.Primitive
    var: str
    scalar: _flyteidl_core_literals_pb2.Scalar

    if _TYPE_CHECKING:
        def __init__(self, *, primitive: _flyteidl_core_literals_pb2.Primitive | _Mapping[str, _Any] | None = ..., var: str | None = ..., scalar: _flyteidl_core_literals_pb2.Scalar | _Mapping[str, _Any] | None = ...) -> None: ...


class BooleanExpression(_Message):
    __slots__ = ("conjunction", "comparison")

    CONJUNCTION_FIELD_NUMBER = 1
    COMPARISON_FIELD_NUMBER = 2

    conjunction: ConjunctionExpression
    comparison: ComparisonExpression

    if _TYPE_CHECKING:
        def __init__(self, *, conjunction: ConjunctionExpression | _Mapping[str, _Any] | None = ..., comparison: ComparisonExpression | _Mapping[str, _Any] | None = ...) -> None: ...


class ConjunctionExpression(_Message):
    __slots__ = ("operator", "left_expression", "right_expression")

    class LogicalOperator(_Enum):
        AND = 0
        OR = 1

    AND = LogicalOperator.AND
    OR = LogicalOperator.OR

    OPERATOR_FIELD_NUMBER = 1
    LEFT_EXPRESSION_FIELD_NUMBER = 2
    RIGHT_EXPRESSION_FIELD_NUMBER = 3

    operator: int
    left_expression: BooleanExpression
    right_expression: BooleanExpression

    if _TYPE_CHECKING:
        def __init__(self, *, operator: int | str | None = ..., left_expression: BooleanExpression | _Mapping[str, _Any] | None = ..., right_expression: BooleanExpression | _Mapping[str, _Any] | None = ...) -> None: ...


_register_file(
    "flyteidl/core/condition.proto",
    _SHA256,
    {
        "flyteidl.core.ComparisonExpression.Operator": ComparisonExpression.Operator,
        "flyteidl.core.ComparisonExpression": ComparisonExpression,
        "flyteidl.core.Operand": Operand,
        "flyteidl.core.BooleanExpression": BooleanExpression,
        "flyteidl.core.ConjunctionExpression.LogicalOperator": ConjunctionExpression.LogicalOperator,
        "flyteidl.core.ConjunctionExpression": ConjunctionExpression,
    },
)
