"""The progress display of ``FlyteRemote.wait``: on a terminal, one status line redrawn in
place on each poll (execution, phase, time waited, node counts by phase); elsewhere, a
plain line per phase change."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from types import TracebackType
from typing import TextIO

from flytekit_core.idl.flyteidl.core import execution_pb2

WorkflowPhase = execution_pb2.WorkflowExecution.Phase
NodePhase = execution_pb2.NodeExecution.Phase

#: Erases from the cursor to the end of the line, so a shorter redraw leaves no tail.
ERASE_LINE = "\x1b[K"


def status_line(
    name: str, phase: int, elapsed: float, node_phases: Iterable[int] = (), width: int | None = None
) -> str:
    """``"<name>: <PHASE>  <elapsed>s  nodes: 3 succeeded, 1 running"``, cut to ``width``."""
    text = f"{name}: {WorkflowPhase.Name(phase)}  {elapsed:.1f}s"
    counts = Counter(node_phases)
    if counts:
        # In the phases' own order, so the parts do not swap places between redraws.
        parts = [f"{n} {NodePhase.Name(p).lower().replace('_', ' ')}" for p, n in sorted(counts.items())]
        text += "  nodes: " + ", ".join(parts)
    return text if width is None else text[:width]


def _columns(stream: TextIO) -> int | None:
    try:
        columns = os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):  # not a real terminal (io.UnsupportedOperation is both)
        return None
    return columns or None  # a pseudo-terminal that never set its size reports 0


class ProgressLine:
    """Shows an execution's progress on ``stream`` (a context manager: leaving it ends the
    live line with a newline, so what follows, like the shell prompt, starts on its own)."""

    def __init__(self, stream: TextIO, name: str, *, enabled: bool = True) -> None:
        self.stream = stream
        self.name = name
        self.enabled = enabled
        #: Redrawing in place; only then are node counts shown (callers fetch them only then).
        self.live = enabled and stream.isatty()
        self._last: int | None = None
        self._open = False

    def update(self, phase: int, elapsed: float, node_phases: Iterable[int] = ()) -> None:
        if not self.enabled:
            return
        if self.live:
            columns = _columns(self.stream)
            # One column short: writing the last one wraps on some terminals, and \r then misses.
            text = status_line(self.name, phase, elapsed, node_phases, None if columns is None else columns - 1)
            self.stream.write(f"\r{text}{ERASE_LINE}")
            self._open = True
        elif phase != self._last:
            self.stream.write(f"{self.name}: {WorkflowPhase.Name(phase)}\n")
        self._last = phase
        self.stream.flush()

    def close(self) -> None:
        if self._open:
            self.stream.write("\n")
            self.stream.flush()
            self._open = False

    def __enter__(self) -> ProgressLine:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()
