"""The progress display of ``wait``: the status line itself, and ``wait`` on both backends
against the local admin, on a (fake) terminal, on a plain stream, and switched off."""

from __future__ import annotations

import io
import os
import re
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core import exceptions
from flytekit_core.idl.flyteidl.admin import event_pb2
from flytekit_core.idl.flyteidl.core import execution_pb2 as core_execution_pb2
from flytekit_core.remote_common.progress import ERASE_LINE, ProgressLine, status_line
from flytekit_core.testing import fixture_workflow
from flytekit_core.testing.propeller import Propeller

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures/flyte-package.tgz"
Phase = core_execution_pb2.WorkflowExecution.Phase
NodePhase = core_execution_pb2.NodeExecution.Phase


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class SizedTerminal(Terminal):
    def fileno(self) -> int:
        return 1  # only handed to the patched os.get_terminal_size


@pytest.fixture
def remote(backend: str) -> Any:
    with FlyteRemote.local(backend=backend) as remote:
        remote.register_package(FIXTURE, version="v1")
        yield remote


def launch(remote: Any, name: str) -> Any:
    return remote.execute(remote.fetch_launch_plan(name="pipeline_nightly"), {}, execution_name=name)


def start_running(remote: Any, execution: Any) -> None:
    """The workflow and its first node running, as the propeller would report them."""
    remote.client.create_workflow_event(
        event_pb2.WorkflowExecutionEventRequest(event={"execution_id": execution.id, "phase": Phase.RUNNING})
    )
    node = {"node_id": "n0", "execution_id": execution.id}
    for phase in (NodePhase.QUEUED, NodePhase.RUNNING):
        remote.client.create_node_event(event_pb2.NodeExecutionEventRequest(event={"id": node, "phase": phase}))


def test_the_status_line() -> None:
    assert status_line("x", Phase.QUEUED, 0.04) == "x: QUEUED  0.0s"
    nodes = [NodePhase.RUNNING, NodePhase.SUCCEEDED, NodePhase.DYNAMIC_RUNNING, NodePhase.SUCCEEDED]
    expected = "x: RUNNING  12.3s  nodes: 1 running, 2 succeeded, 1 dynamic running"
    assert status_line("x", Phase.RUNNING, 12.34, nodes) == expected
    assert status_line("x", Phase.RUNNING, 12.34, nodes, width=12) == "x: RUNNING  "


@pytest.mark.parametrize(("columns", "drawn"), [(12, "x: RUNNING "), (0, "x: RUNNING  1.0s")])
def test_the_live_line_fits_the_terminal(monkeypatch: pytest.MonkeyPatch, columns: int, drawn: str) -> None:
    monkeypatch.setattr(os, "get_terminal_size", lambda fd: os.terminal_size((columns, 24)))
    out = SizedTerminal()
    with ProgressLine(out, "x") as line:
        line.update(Phase.RUNNING, 1.0)
    # One column to spare, so the cursor never wraps; 0 columns (size unknown) cuts nothing.
    assert out.getvalue() == f"\r{drawn}{ERASE_LINE}\n"


def test_a_progress_line_off_a_terminal_or_disabled() -> None:
    plain, off = io.StringIO(), Terminal()
    with ProgressLine(plain, "x") as line, ProgressLine(off, "x", enabled=False) as silent:
        assert not line.live and not silent.live
        for phase in (Phase.QUEUED, Phase.QUEUED, Phase.RUNNING, Phase.RUNNING, Phase.SUCCEEDED):
            line.update(phase, 1.0, [NodePhase.RUNNING])
            silent.update(phase, 1.0, [NodePhase.RUNNING])
    assert plain.getvalue() == "x: QUEUED\nx: RUNNING\nx: SUCCEEDED\n"
    assert off.getvalue() == ""


def test_a_live_line_on_a_terminal(remote: Any) -> None:
    execution = launch(remote, "live-1")
    failures: list[BaseException] = []

    def propeller() -> None:
        time.sleep(0.05)  # let wait draw the line a few times first (nothing depends on it)
        try:
            Propeller(remote, fixture_workflow.implementations(FIXTURE)).run(execution)
        except BaseException as error:
            failures.append(error)

    thread = threading.Thread(target=propeller)
    thread.start()
    out = Terminal()
    try:
        done = remote.wait(execution, timeout=10, poll_interval=0.01, stream=out)
    finally:
        thread.join()
    assert not failures and done.closure.phase == Phase.SUCCEEDED
    text = out.getvalue()
    assert text.startswith("\r") and text.endswith(f"{ERASE_LINE}\n") and text.count("\n") == 1
    nodes = len(remote.node_executions(done))
    last = text.split("\r")[-1]
    assert re.fullmatch(rf"live-1: SUCCEEDED  \d+\.\ds  nodes: {nodes} succeeded{re.escape(ERASE_LINE)}\n", last)


def test_a_timeout_ends_the_live_line(remote: Any) -> None:
    execution = launch(remote, "slow-1")
    start_running(remote, execution)
    out = Terminal()
    with pytest.raises(exceptions.FlyteTimeout, match="still RUNNING"):
        remote.wait(execution, timeout=0.05, poll_interval=0.01, stream=out)
    text = out.getvalue()
    assert "\r" in text and ERASE_LINE in text and text.endswith("\n") and text.count("\n") == 1
    assert text.split("\r")[-1].endswith(f"nodes: 1 running{ERASE_LINE}\n")


def test_plain_lines_off_a_terminal(remote: Any) -> None:
    execution = launch(remote, "plain-1")
    start_running(remote, execution)
    out = io.StringIO()
    with pytest.raises(exceptions.FlyteTimeout):
        remote.wait(execution, timeout=0.05, poll_interval=0.01, progress=True, stream=out)
    remote.client.create_workflow_event(
        event_pb2.WorkflowExecutionEventRequest(event={"execution_id": execution.id, "phase": Phase.SUCCEEDED})
    )
    remote.wait(execution, poll_interval=0.01, progress=True, stream=out)
    assert out.getvalue() == "plain-1: RUNNING\nplain-1: SUCCEEDED\n"  # once per change, however many polls


def test_no_progress_unless_asked_or_on_a_terminal(remote: Any) -> None:
    execution = launch(remote, "quiet-1")
    Propeller(remote, fixture_workflow.implementations(FIXTURE)).run(execution)
    terminal, plain = Terminal(), io.StringIO()
    remote.wait(execution, progress=False, stream=terminal)
    remote.wait(execution, stream=plain)  # progress=None: only on a terminal
    assert terminal.getvalue() == plain.getvalue() == ""
