"""Workflows written with real flytekit, for the one-environment checks (``check.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from flytekit import task, workflow


@dataclass
class Report:
    name: str
    total: int
    ratios: list[float]


@task
def measure(names: list[str], scale: int) -> list[int]:
    return [len(n) * scale for n in names]


@task
def report(names: list[str], sizes: list[int]) -> Report:
    total = sum(sizes)
    return Report(name=",".join(names), total=total, ratios=[s / total for s in sizes])


@task
def by_name(names: list[str], sizes: list[int]) -> dict[str, float]:
    return {n: float(s) for n, s in zip(names, sizes, strict=True)}


@workflow
def summary(names: list[str] = ["ab", "cde"], scale: int = 2) -> tuple[Report, dict[str, float], list[int]]:
    sizes = measure(names=names, scale=scale)
    return report(names=names, sizes=sizes), by_name(names=names, sizes=sizes), sizes
