"""A sync agent that computes the digest of a file given as a ``FlyteFile`` input (a local
path or a ``file://`` URI here), with the algorithm its ``algorithm`` input names
(``sha256`` if absent). Outputs: ``digest`` (hex) and ``size`` (bytes).

Serve it: ``PYTHONPATH=examples/agents python -m flytekit_core.agent serve --modules digest_agent``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from flytekit_core.extend.backend.base_agent import (
    AgentError,
    AgentRegistry,
    Phase,
    Resource,
    SyncAgentBase,
    python_inputs,
)

TASK_TYPE = "file_digest"
CHUNK = 1 << 20


class DigestAgent(SyncAgentBase):
    name = "Digest Agent"

    def __init__(self) -> None:
        super().__init__(task_type_name=TASK_TYPE)

    def do(self, task_template: Any, inputs: Any = None, output_prefix: str = "", **kwargs: Any) -> Resource:
        values = python_inputs(task_template, inputs)
        algorithm = values.get("algorithm") or "sha256"
        if algorithm not in hashlib.algorithms_available:
            raise AgentError(f"unknown digest algorithm {algorithm!r}", code=3)
        uri = str(values["file"])
        parsed = urlparse(uri)
        if parsed.scheme not in ("", "file"):
            raise AgentError(f"this agent reads local files only, not {uri}", code=3)
        path = Path(parsed.path if parsed.scheme else uri)
        if not path.is_file():
            return Resource(phase=Phase.FAILED, message=f"no file at {path}")
        digest = hashlib.new(algorithm)
        with path.open("rb") as file:
            while chunk := file.read(CHUNK):
                digest.update(chunk)
        return Resource(phase=Phase.SUCCEEDED, outputs={"digest": digest.hexdigest(), "size": path.stat().st_size})


AgentRegistry.register(DigestAgent())
