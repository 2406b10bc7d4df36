"""The example agents of ``examples/agents/``, loaded (which registers them) once for the
tests that use them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "agents"
for _name in ("sqlite_agent", "digest_agent"):  # importing them registers their agents
    _spec = importlib.util.spec_from_file_location(f"example_{_name}", EXAMPLES / f"{_name}.py")
    assert _spec is not None and _spec.loader is not None
    _module = sys.modules[_spec.name] = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_module)
