"""``python -m flytekit_core.agent serve --port 8000 --modules mypkg.agents``: serves the agents
the modules register (``AgentRegistry.register`` at import, as flytekit's agents do),
with ``pyflyte serve agent``'s options. SIGTERM or Ctrl-C stops accepting calls, lets
those in flight finish for ``--grace`` seconds, and exits."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from flytekit_core._serving import serve_until_stopped


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flytekit_core.agent", description="Serve Flyte agents.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the agents of --modules")
    serve.add_argument("--host", default="0.0.0.0", help="the address to listen on (default: every interface)")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--modules", nargs="*", default=[], help="modules that register agents when imported")
    serve.add_argument(
        "--workers", "--worker", type=int, default=10, help="threads for agent methods that are not async def"
    )
    serve.add_argument("--timeout", type=float, default=60.0, help="seconds a call may take at most")
    serve.add_argument("--concurrency", type=int, default=100, help="calls answered at once")
    serve.add_argument("--grace", type=float, default=10.0, help="seconds calls in flight get to finish on SIGTERM")
    args = parser.parse_args(argv)
    for module in args.modules:
        try:
            importlib.import_module(module)
        except Exception as error:  # the command fails at start, with the module's error
            print(f"cannot import {module}: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    from flytekit_core.agent.server import AgentServer
    from flytekit_core.extend.backend.base_agent import AgentRegistry

    try:
        server = AgentServer(
            host=args.host, port=args.port, workers=args.workers, concurrency=args.concurrency, timeout=args.timeout
        )
    except Exception as error:  # bad options (ValueError), or a port in use (a flytekit_core.exceptions status)
        print(f"cannot serve: {error}", file=sys.stderr)
        return 1
    served = ", ".join(map(str, AgentRegistry.task_categories())) or "none"
    print(f"agent server listening on {server.endpoint}; task types: {served}", flush=True)
    serve_until_stopped(lambda: server.stop(args.grace))
    return 0


if __name__ == "__main__":
    sys.exit(main())
