"""The grpc-free mode, and the hypothesis profiles.

Profiles are chosen with the ``HYPOTHESIS_PROFILE`` environment variable (default ``ci``):

- ``ci``: few examples per test and no deadline, so the whole suite runs in about 1.5 minutes
  on 2 cores; the slow ``explain`` phase is off (failures are still shrunk);
- ``dev``: as ``ci`` without the example database, for quick local runs;
- ``thorough``: 50 times more examples, for hunting bugs (tens of minutes).

Tests with their own ``max_examples`` scale it by the profile's ``max_examples`` over ``ci``'s
(``tests.idl.strategies.scaled``).
"""

import os
import sys

from hypothesis import HealthCheck, Phase, settings

# The grpc-free run (`FLYTEKIT_TEST_WITHOUT_GRPC=1 pytest tests/parity tests/remote`): importing
# grpcio, protobuf or flyteidl fails, as where the `grpc` extra is not installed.
BLOCKED_WITHOUT_GRPC = ("grpc", "google.protobuf", "flyteidl")


class _RefuseGrpc:
    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if any(name == b or name.startswith(b + ".") for b in BLOCKED_WITHOUT_GRPC):
            raise ImportError(f"{name} is blocked in the grpc-free test run")


if os.environ.get("FLYTEKIT_TEST_WITHOUT_GRPC"):
    loaded = [m for m in sys.modules if any(m == b or m.startswith(b + ".") for b in BLOCKED_WITHOUT_GRPC)]
    assert not loaded, f"imported before the grpc-free run could block them: {loaded}"
    sys.meta_path.insert(0, _RefuseGrpc())

# The migration layer registers the grpc backend when imported (importing no grpcio): first,
# so that every test module sees both backends installed, even when run alone.
import flytekit  # noqa: E402, F401

CI_MAX_EXAMPLES = 10

_COMMON = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    "print_blob": True,
    "phases": [Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
}

settings.register_profile("ci", max_examples=CI_MAX_EXAMPLES, **_COMMON)
settings.register_profile("dev", max_examples=CI_MAX_EXAMPLES, database=None, **_COMMON)
settings.register_profile("thorough", max_examples=CI_MAX_EXAMPLES * 50, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
