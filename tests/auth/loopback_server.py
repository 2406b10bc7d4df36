"""What the test servers run as subprocesses on loopback share: started with a port file (the
server binds port 0 and writes the port it got), a bounded wait that shows the server's output
when it fails, a stop that terminates then kills, and a urllib client that never uses a proxy."""

from __future__ import annotations

import base64
import json
import ssl
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

S = TypeVar("S", bound="LoopbackServer")


class LoopbackServer:
    """Subclasses say how to start (``_command``) and how to check it serves (``_check``)."""

    #: Named in errors.
    name = "server"

    def __init__(self, startup_timeout: float = 30.0, trusted_ca: Path | None = None) -> None:
        self._startup_timeout = startup_timeout
        self._proc: subprocess.Popen[bytes] | None = None
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self.port = 0
        handlers: list[urllib.request.BaseHandler] = [urllib.request.ProxyHandler({})]  # loopback only
        if trusted_ca is not None:
            handlers.append(urllib.request.HTTPSHandler(context=ssl.create_default_context(cafile=str(trusted_ca))))
        self._opener = urllib.request.build_opener(*handlers)

    def _command(self, scratch: Path, port_file: Path) -> tuple[list[str], dict[str, str]]:
        """The command and environment that serve, writing the port to ``port_file``."""
        raise NotImplementedError

    def _check(self) -> None:
        """Raises unless the server answers."""
        raise NotImplementedError

    def start(self: S) -> S:
        if self._proc is not None:
            raise RuntimeError("already started")
        self._tmp = tempfile.TemporaryDirectory(prefix=f"{self.name.replace(' ', '-')}-")
        scratch = Path(self._tmp.name)
        port_file = scratch / "port"
        command, env = self._command(scratch, port_file)
        with open(scratch / "server.log", "wb") as log:  # a file, not a pipe: a pipe nobody reads fills and blocks
            self._proc = subprocess.Popen(
                command, cwd=scratch, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
            )
        try:
            deadline = time.monotonic() + self._startup_timeout
            while not port_file.exists():
                if self._proc.poll() is not None:
                    raise RuntimeError(f"exited with {self._proc.returncode}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"not serving after {self._startup_timeout} s")
                time.sleep(0.05)
            self.port = int(port_file.read_text())
            self._check()  # it serves once the port is written: this checks it, or raises
        except Exception as e:
            log_text = self.log()
            self.stop()
            raise RuntimeError(f"the {self.name} did not start ({e}); its output:\n{log_text}") from e
        return self

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self: S) -> S:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def log(self) -> str:
        """The server's stderr and access log so far."""
        path = Path(self._tmp.name) / "server.log" if self._tmp else None
        return path.read_text(errors="replace") if path and path.exists() else ""

    def request(
        self, url: str, form: dict[str, str] | None = None, basic_auth: tuple[str, str] | None = None
    ) -> tuple[int, Any]:
        """GET (or POST ``form``) ``url``; return ``(status, decoded JSON body or text)``, whatever the status."""
        headers = {}
        if basic_auth is not None:
            # RFC 6749 §2.3.1: form-encode id and secret before joining them
            user, secret = (urllib.parse.quote(s, safe="") for s in basic_auth)
            headers["Authorization"] = "Basic " + base64.b64encode(f"{user}:{secret}".encode()).decode()
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        try:
            with self._opener.open(urllib.request.Request(url, data=data, headers=headers), timeout=10) as r:
                status, body = r.status, r.read()
        except urllib.error.HTTPError as e:
            with e:
                status, body = e.code, e.read()
        try:
            return status, json.loads(body)
        except ValueError:
            return status, body.decode(errors="replace")

    @staticmethod
    def _json(response: tuple[int, Any]) -> Any:
        status, body = response
        if status != 200:
            raise RuntimeError(f"HTTP {status}: {body}")
        return body
