"""What authentication costs per call, side by side: both backends against one local admin,
without auth and with ClientSecret tokens from a real authorization server
(django-oauth-toolkit on loopback), as ratios. Run: ``python benchmarks/bench_auth.py``."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CALLS = 500


def p50(remote: object) -> float:
    from benchmarks.timing import median_seconds

    return median_seconds(remote.list_projects, CALLS)  # type: ignore[attr-defined]


def main() -> None:
    from flytekit.remote import FlyteRemote
    from flytekit_core.configuration import Config
    from flytekit_core.local_admin import LocalAdmin
    from tests.auth.oauth_server import CLIENT_CREDENTIALS_CLIENT_ID, AuthorizationServer

    with AuthorizationServer() as server:
        plain_admin = LocalAdmin()
        secured = LocalAdmin(auth_issuer=server.issuer, auth_audience=server.audience)
        plain = Config.for_endpoint(plain_admin.endpoint, insecure=True)
        authed = Config.for_endpoint(
            secured.endpoint,
            insecure=True,
            auth_type="ClientSecret",
            client_id=CLIENT_CREDENTIALS_CLIENT_ID,
            client_secret=server.client_secret,
            token_cache="memory",
        )
        figures = {}
        for backend in ("grpc", "rust"):
            with FlyteRemote(plain, backend=backend) as a, FlyteRemote(authed, backend=backend) as b:
                figures[backend] = (p50(a), p50(b))
        plain_admin.stop()
        secured.stop()
    print(f"ListProjects p50 over {CALLS} calls, local admin (JWT checked on each authenticated call)\n")
    print(f"{'backend':<8} {'no auth':>9} {'ClientSecret':>13} {'auth / no auth':>15}")
    for backend, (a, b) in figures.items():
        print(f"{backend:<8} {a * 1e6:>6.0f} us {b * 1e6:>10.0f} us {b / a:>14.2f}x")
    rust, grpc = figures["rust"][1], figures["grpc"][1]
    print(f"\nauthenticated, rust / grpc: {rust / grpc:.2f}x")


if __name__ == "__main__":
    main()
