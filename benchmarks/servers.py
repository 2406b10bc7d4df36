"""Servers the benchmarks run in processes of their own, so the clients measured do not
share CPU time (or a runtime) with them inside one process."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(module: str, *args: str) -> Iterator[str]:
    """``python -m <module> --port <free port> <args>`` until the block ends; yields its
    ``host:port`` once it accepts connections."""
    port = free_port()
    with running([sys.executable, "-m", module, "--port", str(port), *args], port) as _:
        yield f"127.0.0.1:{port}"


@contextmanager
def running(command: Sequence[str], port: int, env: dict[str, str] | None = None) -> Iterator[subprocess.Popen[bytes]]:
    """``command`` (a server listening on ``port``) until the block ends; yields its
    process once the port accepts connections."""
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError(f"{' '.join(command)} did not start") from None
                time.sleep(0.05)
        yield server
    finally:
        server.terminate()
        server.wait(10)
