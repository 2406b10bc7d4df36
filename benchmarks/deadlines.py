"""How closely each backend honours a call's deadline: a server that answers too late
(the mock server, replying after 3 s), calls with deadlines from 0.1 s to 2 s, and the
time until FlyteTimeout as a ratio to the deadline (the issue's bound: within 10%).
Not a test (timings on shared machines are noisy). Run: ``python benchmarks/deadlines.py``."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEADLINES = (0.1, 0.5, 1.0, 2.0)
ROUNDS = 5


def main() -> None:
    from flytekit.remote import FlyteRemote
    from flytekit_core.configuration import Config
    from flytekit_core.exceptions import FlyteTimeout
    from flytekit_core.idl.flyteidl.admin import version_pb2
    from flytekit_core.remote_common import backends
    from flytekit_core.remote_common.retry import NO_RETRIES
    from flytekit_core.testing import MockServer

    with MockServer() as server:
        server.reply("get_version", version_pb2.GetVersionResponse(), delay=3.0)
        print("time until DEADLINE_EXCEEDED / the deadline (median of 5; the issue's bound: <= 1.10)")
        for backend in [b for b in backends.BACKENDS if backends.is_available(b)]:
            remote = FlyteRemote(Config.for_endpoint(server.endpoint, insecure=True), backend=backend, retry=NO_RETRIES)
            request = version_pb2.GetVersionRequest()
            ratios = []
            for deadline in DEADLINES:
                times = []
                for _ in range(ROUNDS):
                    start = time.perf_counter()
                    try:
                        remote.client.get_version(request, timeout=deadline)
                    except FlyteTimeout:
                        times.append(time.perf_counter() - start)
                ratios.append(f"{deadline:g} s: {statistics.median(times) / deadline:.3f}")
            print(f"  {backend}: " + ", ".join(ratios))
            remote.close()


if __name__ == "__main__":
    main()
