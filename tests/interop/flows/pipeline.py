"""Tasks, a subworkflow, a launch-plan node, a dynamic task, a map task and a condition."""

from flytekit import (
    CronSchedule,
    Email,
    LaunchPlan,
    WorkflowExecutionPhase,
    conditional,
    dynamic,
    map_task,
    task,
    workflow,
)


@task
def add(a: int, b: int) -> int:
    return a + b


@task
def square(x: int) -> int:
    return x * x


@task
def total(values: list[int]) -> int:
    return sum(values)


@task
def halve(x: int) -> int:
    return x // 2


@task
def fail(x: int) -> int:
    if x >= 0:
        raise ValueError(f"refusing {x}")
    return x


@workflow
def inner(a: int, b: int = 10) -> int:
    return square(x=add(a=a, b=b))


inner_lp = LaunchPlan.get_or_create(inner, name="pipeline.inner_lp", fixed_inputs={"b": 1})


@dynamic
def fan_out(n: int) -> int:
    return total(values=[square(x=i) for i in range(n)])


@workflow
def pipeline(a: int, n: int = 3) -> tuple[int, int, int, int]:
    sub = inner(a=a)
    via_lp = inner_lp(a=a)
    dyn = fan_out(n=n)
    mapped = total(values=map_task(square)(x=[a, n, 4]))
    chosen = conditional("big").if_(sub > 100).then(halve(x=sub)).else_().then(add(a=sub, b=1))
    return via_lp, dyn, mapped, chosen


@workflow
def failing(x: int) -> int:
    return fail(x=x)


nightly = LaunchPlan.get_or_create(
    pipeline,
    name="pipeline.nightly",
    default_inputs={"n": 2},
    fixed_inputs={"a": 5},
    schedule=CronSchedule(schedule="0 3 * * *"),
    notifications=[Email(phases=[WorkflowExecutionPhase.FAILED], recipients_email=["team@example.com"])],
)
