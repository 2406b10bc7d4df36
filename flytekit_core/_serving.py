"""Running an in-process server as a command: serve until Ctrl-C or SIGTERM."""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable


def serve_until_stopped(stop: Callable[[], object]) -> None:
    """Blocks until Ctrl-C or SIGTERM, then calls ``stop``."""
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    try:
        while not stopped.wait(0.2):
            pass
    except KeyboardInterrupt:
        pass
    stop()
