"""Hypothesis profiles, chosen with the ``HYPOTHESIS_PROFILE`` environment variable (default ``ci``).

- ``ci``: few examples per test and no deadline, so the whole suite runs in about 1.5 minutes
  on 2 cores; the slow ``explain`` phase is off (failures are still shrunk);
- ``dev``: as ``ci`` without the example database, for quick local runs;
- ``thorough``: 50 times more examples, for hunting bugs (tens of minutes).

Tests with their own ``max_examples`` scale it by the profile's ``max_examples`` over ``ci``'s
(``tests.idl.strategies.scaled``).
"""

import os

from hypothesis import HealthCheck, Phase, settings

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
