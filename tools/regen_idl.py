"""Regenerate everything derived from the pinned flyteidl descriptors.

    python tools/regen_idl.py            # descriptors (needs flyteidl==1.16.8) + Python modules + clients
    python tools/regen_idl.py --offline  # Python modules from the committed descriptor set

CI runs it and fails when the tree changes (`git diff --exit-code`).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract_descriptors
import generate_clients
import generate_python


def main() -> None:
    if "--offline" not in sys.argv:
        extract_descriptors.main()
    written = generate_python.generate(extract_descriptors.FLYTEIDL_VERSION)
    print(f"generated {len(written)} Python modules under flytekit_core/idl")
    clients = generate_clients.generate(extract_descriptors.FLYTEIDL_VERSION)
    print(f"generated the RPC table and the raw client's types ({len(clients)} modules)")


if __name__ == "__main__":
    main()
