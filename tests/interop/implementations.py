"""Python implementations of the tasks in ``flows/``, for the project's propeller: what
the tasks compute, on the values our literal conversion gives (dataclasses as dicts, files
as ``BlobRef``)."""

from __future__ import annotations

from typing import Any

from flytekit_core.testing.propeller import Call

PIPELINE = "flows.pipeline."


def _echo(**inputs: Any) -> tuple[Any, ...]:
    shape = inputs["shape"]
    return inputs["text"], shape, shape["corners"], None


def _fan_out(n: int) -> Call:
    return Call(PIPELINE + "total", {"values": [Call(PIPELINE + "square", {"x": i}) for i in range(n)]})


def _fail(x: int) -> int:
    raise ValueError(f"refusing {x}")


IMPLEMENTATIONS = {
    PIPELINE + "add": lambda a, b: a + b,
    PIPELINE + "square": lambda x: x * x,
    PIPELINE + "total": lambda values: sum(values),
    PIPELINE + "halve": lambda x: x // 2,
    PIPELINE + "fail": _fail,
    PIPELINE + "fan_out": _fan_out,
    "flows.gates.greet": lambda name: f"hello {name}",
    "flows.types_flow.echo": _echo,
}
