"""Real flytekit, pinned, in a virtual environment of its own (both it and this project are
imported as ``flytekit``, so it never goes into this project's environment). Created once
and cached under ``$XDG_CACHE_HOME/flytekit-remote`` (``~/.cache/...``); its scripts run as
separate processes, isolated from this checkout."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from pathlib import Path

VERSION = "1.16.31"
#: With the agent extra, for ``pyflyte serve agent`` (the agent server's benchmark).
REQUIREMENT = f"flytekit[agent]=={VERSION}"


def venv_dir() -> Path:
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path("~/.cache").expanduser())
    return cache / "flytekit-remote" / f"real-flytekit-{VERSION}"


def python() -> Path:
    """The interpreter of the environment, made first if needed (a lock keeps two test
    processes from making it at once; a marker file says it is complete)."""
    root = venv_dir()
    marker = root / ".installed"
    if marker.exists() and marker.read_text() == REQUIREMENT:
        return root / "bin" / "python"
    root.parent.mkdir(parents=True, exist_ok=True)
    with open(root.parent / f"{root.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not marker.exists():
            shutil.rmtree(root, ignore_errors=True)
            subprocess.run([sys.executable, "-m", "venv", str(root)], check=True)
        if not marker.exists() or marker.read_text() != REQUIREMENT:
            # (an environment made before the extra was asked for gains it in place)
            subprocess.run(
                [root / "bin" / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                 REQUIREMENT],
                check=True,
                timeout=1200,
            )  # fmt: skip
            marker.write_text(REQUIREMENT)
    return root / "bin" / "python"


def run(script: str, *args: str, env: dict[str, str] | None = None, timeout: float = 120) -> str:
    """Runs ``script`` with real flytekit (isolated: ``-I``, outside this checkout) and returns
    its standard output; raises with its standard error if it fails."""
    scratch = Path(os.environ.get("TMPDIR", "/tmp"))
    done = subprocess.run(
        [str(python()), "-I", "-c", script, *args],
        cwd=scratch,
        env={"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", str(scratch)), **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if done.returncode != 0:
        raise AssertionError(f"real flytekit's script failed ({done.returncode}):\n{done.stderr[-4000:]}")
    return done.stdout
