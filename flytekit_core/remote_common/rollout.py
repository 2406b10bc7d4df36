"""The rollout table: which backends serve each endpoint (raw client method).

An endpoint missing from a backend's set is routed to the other backend when that one is
installed (logged once), else calling it raises :class:`EndpointUnavailableError`. Today
every RPC of ``flyteidl.service`` is on both backends; ``migration.md`` is generated from
this table (``python tools/render_migration.py``).
"""

from __future__ import annotations

from flytekit_core.idl.services import RPCS

ENV_PINS = "FLYTE_REMOTE_ENDPOINT_BACKENDS"

#: Endpoint -> the backends that implement it.
ENDPOINT_BACKENDS: dict[str, frozenset[str]] = {rpc.endpoint: frozenset({"grpc", "rust"}) for rpc in RPCS}


class EndpointUnavailableError(LookupError):
    """An endpoint is on neither installed backend."""


def parse_pins(text: str) -> dict[str, str]:
    """``"get_task=grpc, list_tasks=rust"`` -> ``{"get_task": "grpc", "list_tasks": "rust"}``."""
    pins: dict[str, str] = {}
    for item in text.split(","):
        if not item.strip():
            continue
        endpoint, sep, backend = item.partition("=")
        if not sep:
            raise ValueError(f"{ENV_PINS}: expected endpoint=backend, got {item.strip()!r}")
        pins[endpoint.strip()] = backend.strip().lower()
    return pins
