"""Gate nodes: an approval, a typed input and a sleep."""

from datetime import timedelta

from flytekit import approve, sleep, task, wait_for_input, workflow


@task
def greet(name: str) -> str:
    return f"hello {name}"


@workflow
def gated(name: str) -> str:
    greeting = greet(name=name)
    approved = approve(greeting, "review", timeout=timedelta(hours=1))
    title = wait_for_input("title", timeout=timedelta(hours=1), expected_type=str)
    pause = sleep(timedelta(seconds=1))
    final = greet(name=title)
    approved >> pause
    pause >> final
    return final
