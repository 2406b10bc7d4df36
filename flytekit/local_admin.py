"""An embedded local FlyteAdmin (Rust, in this process) for work without a Flyte cluster.

It implements FlyteAdmin's registry: projects and domains (``flytesnacks`` exists from the
start; domains ``development``, ``staging``, ``production``), task, workflow and launch
plan versions with FlyteAdmin's rules (identical re-registration succeeds, another spec
under an identifier is ALREADY_EXISTS, unknown identifiers are NOT_FOUND, a workflow's
references must be registered), list endpoints with pages, filters and sorting, and active
launch plans; executions moved by propeller events, and signals. The state lives in
memory, or in a SQLite file (``database=``) that survives restarts: every change is
committed to disk before it is answered, and the file is locked while in use. With a
``data_dir``, the data proxy hands out signed upload and download URLs of a local HTTP
endpoint that stores files there (checking Content-MD5 and expiry).

    admin = LocalAdmin()                      # or FlyteRemote.local()
    remote = FlyteRemote(Config.for_endpoint(admin.endpoint, insecure=True))

As a command: ``python -m flytekit.local_admin --port 30080 [--database admin.db]``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from flytekit import _flyrs
from flytekit._serving import serve_until_stopped


class LocalAdminError(RuntimeError):
    """The database or data directory cannot be used: unreadable, not a local admin's, or
    held by another process. The message names the file."""


class LocalAdmin:
    """A local FlyteAdmin on ``host:port`` (a free port by default) until :meth:`stop`;
    with ``database``, on that SQLite file; with ``data_dir``, with a data proxy storing
    files there. Raises LocalAdminError for an unusable database or data directory and
    OSError when it cannot listen."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        database: str | os.PathLike[str] | None = None,
        data_dir: str | os.PathLike[str] | None = None,
    ) -> None:
        path = None if database is None else os.fspath(database)
        data = None if data_dir is None else os.fspath(data_dir)
        try:
            self._admin = _flyrs.LocalAdmin(host=host, port=port, database=path, data_dir=data)
        except RuntimeError as error:
            raise LocalAdminError(str(error)) from None

    @property
    def endpoint(self) -> str:
        return self._admin.endpoint

    @property
    def port(self) -> int:
        return self._admin.port

    def stop(self) -> None:
        self._admin.stop()

    def __enter__(self) -> LocalAdmin:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"LocalAdmin({self.endpoint!r})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flytekit.local_admin", description="Serve a local FlyteAdmin.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=30080)
    parser.add_argument("--database", help="a SQLite file to keep the state in (default: memory)")
    parser.add_argument("--data-dir", help="a directory for the data proxy's files (default: no data proxy)")
    args = parser.parse_args(argv)
    try:
        admin = LocalAdmin(host=args.host, port=args.port, database=args.database, data_dir=args.data_dir)
    except (OSError, ValueError, LocalAdminError) as error:
        print(f"local admin: {error}", file=sys.stderr)
        return 1
    print(f"local FlyteAdmin serving on {admin.endpoint}", flush=True)
    serve_until_stopped(admin.stop)
    return 0


if __name__ == "__main__":
    sys.exit(main())
