"""Real flytekit 1.16.31 against the local admin: its environment (made once, cached), a
local admin with a data proxy, the suite's workflows registered by real ``pyflyte``, a
worker process running real-flytekit snippets, and our remote on each backend."""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from flytekit.remote import FlyteRemote
from flytekit_core.configuration import Config
from flytekit_core.local_admin import LocalAdmin
from flytekit_core.remote_common import backends
from flytekit_core.testing.propeller import Propeller
from tests import real_flytekit
from tests.interop.implementations import IMPLEMENTATIONS

HERE = Path(__file__).parent
INSTALLED = [b for b in backends.BACKENDS if backends.is_available(b)]
VERSION = "v1"
PYFLYTE = "import sys; from flytekit.clis.sdk_in_container.pyflyte import main; sys.argv[0] = 'pyflyte'; main()"


class RealFlytekit:
    """Real flytekit, driven as separate processes: its CLI (:meth:`pyflyte`) and a worker
    running snippets (:meth:`run`), both on the local admin through ``config``."""

    def __init__(self, root: Path, config: Path) -> None:
        self.root = root  # holds the `flows` package, as a user's project would
        self.config = config
        self.python = str(real_flytekit.python())
        self.env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(root),
            "FLYTECTL_CONFIG": str(config),
            "FLOWS_ROOT": str(root),
            "FLYTE_SDK_LOGGING_LEVEL": "40",
        }
        self._worker: subprocess.Popen[str] | None = None

    def pyflyte(self, *args: str, timeout: float = 180) -> str:
        """Runs ``pyflyte --config <config> args`` in the project directory; its output."""
        done = subprocess.run(
            [self.python, "-I", "-c", PYFLYTE, "--config", str(self.config), *args],
            cwd=self.root, env=self.env, capture_output=True, text=True, timeout=timeout,
        )  # fmt: skip
        if done.returncode != 0:
            raise AssertionError(f"pyflyte {' '.join(args)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
        return done.stdout

    def _start(self) -> subprocess.Popen[str]:
        if self._worker is None or self._worker.poll() is not None:
            self._worker = subprocess.Popen(
                [self.python, "-I", str(HERE / "worker.py")],
                cwd=self.root, env=self.env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL, text=True, bufsize=1,
            )  # fmt: skip
        return self._worker

    def run(self, code: str, timeout: float = 120, **args: Any) -> Any:
        """Runs ``code`` in the worker (see ``worker.py``) and returns its ``result``; a
        snippet that raises fails the test with real flytekit's traceback. A worker past
        ``timeout`` is killed (the next call starts another)."""
        worker = self._start()
        assert worker.stdin is not None and worker.stdout is not None
        worker.stdin.write(json.dumps({"code": code, "args": args}) + "\n")
        worker.stdin.flush()
        ready, _, _ = select.select([worker.stdout], [], [], timeout)
        if not ready:
            worker.kill()
            raise AssertionError(f"real flytekit took more than {timeout}s on:\n{code}")
        line = worker.stdout.readline()
        if not line:
            raise AssertionError(f"real flytekit's worker exited ({worker.wait()}) on:\n{code}")
        answer = json.loads(line)
        if "error" in answer:
            raise RealFlytekitError(answer["error"][-2500:])
        return answer["result"]

    def close(self) -> None:
        if self._worker is not None:
            self._worker.kill()
            self._worker.wait()


class RealFlytekitError(AssertionError):
    """A snippet raised in real flytekit; the message is its traceback."""


def unb64(text: str) -> bytes:
    return base64.b64decode(text)


@pytest.fixture(scope="session")
def admin_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the local admin's data proxy keeps files."""
    return tmp_path_factory.mktemp("admin-data")


@pytest.fixture(scope="session")
def admin(admin_data: Path) -> Iterator[LocalAdmin]:
    with LocalAdmin(data_dir=admin_data) as running:
        yield running


@pytest.fixture(scope="session")
def real(admin: LocalAdmin, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RealFlytekit]:
    """Real flytekit with the suite's workflows registered by ``pyflyte register`` (fast
    registration: the code goes up through the data proxy)."""
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(HERE / "flows", root / "flows", ignore=shutil.ignore_patterns("__pycache__"))
    config = root / "config.yaml"
    config.write_text(f"admin:\n  endpoint: dns:///{admin.endpoint}\n  insecure: true\n")
    flytekit = RealFlytekit(root, config)
    flytekit.pyflyte("register", "--project", "flytesnacks", "--domain", "development", "--version", VERSION, "flows")
    yield flytekit
    flytekit.close()


@pytest.fixture(params=INSTALLED)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def remote(admin: LocalAdmin, real: RealFlytekit, backend: str) -> Iterator[FlyteRemote]:
    """Our remote on the backend under test, on the local admin real flytekit uses."""
    config = Config.for_endpoint(admin.endpoint, insecure=True)
    with FlyteRemote(config, backend=backend, default_project="flytesnacks", default_domain="development") as ours:
        yield ours


@pytest.fixture
def propeller(remote: FlyteRemote) -> Propeller:
    """The project's propeller, running the suite's tasks with Python implementations."""
    return Propeller(remote, IMPLEMENTATIONS, gate_timeout=60)
