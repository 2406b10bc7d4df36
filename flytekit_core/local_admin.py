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

With ``auth_issuer`` and ``auth_audience`` it requires authentication as FlyteAdmin does
with an external authorization server: ``AuthMetadataService`` answers anyone (the issuer's
metadata, and the public client config: ``auth_client_id``, ``auth_redirect_uri``,
``auth_scopes`` and the header ``auth_header``, FlyteAdmin's defaults ``flytectl``,
``http://localhost:53593/callback``, ``all offline`` and ``flyte-authorization``); every
other call needs a bearer JWT in that header, signed by a key of the issuer's JWKS,
unexpired, issued by it for the audience, and is refused with UNAUTHENTICATED otherwise.

As a command: ``python -m flytekit_core.local_admin --port 30080 [--database admin.db]
[--auth-issuer URL --auth-audience AUD [--auth-header NAME] [--auth-client-id ID]
[--auth-redirect-uri URI] [--auth-scopes S ...]]``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from flytekit_core import _flyrs
from flytekit_core._serving import serve_until_stopped
from flytekit_core.exceptions import FlyteAuthenticationException


class LocalAdminError(RuntimeError):
    """The database or data directory cannot be used: unreadable, not a local admin's, or
    held by another process. The message names the file."""


class LocalAdmin:
    """A local FlyteAdmin on ``host:port`` (a free port by default) until :meth:`stop`;
    with ``database``, on that SQLite file; with ``data_dir``, with a data proxy storing
    files there; with ``auth_issuer`` and ``auth_audience``, requiring bearer JWTs from
    that issuer (read at start, so it must be up). Raises LocalAdminError for an unusable
    database or data directory, OSError when it cannot listen, and
    FlyteAuthenticationException when the issuer's metadata or keys cannot be read."""

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        database: str | os.PathLike[str] | None = None,
        data_dir: str | os.PathLike[str] | None = None,
        auth_issuer: str | None = None,
        auth_audience: str | None = None,
        auth_header: str | None = None,
        auth_client_id: str | None = None,
        auth_redirect_uri: str | None = None,
        auth_scopes: Sequence[str] | None = None,
    ) -> None:
        path = None if database is None else os.fspath(database)
        data = None if data_dir is None else os.fspath(data_dir)
        self.auth_issuer = auth_issuer
        try:
            self._admin = _flyrs.LocalAdmin(
                host=host,
                port=port,
                database=path,
                data_dir=data,
                auth_issuer=auth_issuer,
                auth_audience=auth_audience,
                auth_header=auth_header,
                auth_client_id=auth_client_id,
                auth_redirect_uri=auth_redirect_uri,
                auth_scopes=None if auth_scopes is None else list(auth_scopes),
            )
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
        if self.auth_issuer:
            return f"LocalAdmin({self.endpoint!r}, auth_issuer={self.auth_issuer!r})"
        return f"LocalAdmin({self.endpoint!r})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m flytekit_core.local_admin", description="Serve a local FlyteAdmin."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=30080)
    parser.add_argument("--database", help="a SQLite file to keep the state in (default: memory)")
    parser.add_argument("--data-dir", help="a directory for the data proxy's files (default: no data proxy)")
    auth = parser.add_argument_group("authentication (as FlyteAdmin with an external authorization server)")
    auth.add_argument("--auth-issuer", help="the authorization server's issuer URL; calls then need its JWTs")
    auth.add_argument("--auth-audience", help="the audience the tokens must be for")
    auth.add_argument("--auth-header", help="the header tokens come in (default: flyte-authorization)")
    auth.add_argument("--auth-client-id", help="the public client id clients sign in as (default: flytectl)")
    auth.add_argument("--auth-redirect-uri", help="the PKCE redirect URI (default: http://localhost:53593/callback)")
    auth.add_argument("--auth-scopes", nargs="+", help="the scopes clients ask for (default: all offline)")
    args = parser.parse_args(argv)
    if (args.auth_issuer is None) != (args.auth_audience is None):
        parser.error("--auth-issuer and --auth-audience go together")
    try:
        admin = LocalAdmin(
            host=args.host,
            port=args.port,
            database=args.database,
            data_dir=args.data_dir,
            auth_issuer=args.auth_issuer,
            auth_audience=args.auth_audience,
            auth_header=args.auth_header,
            auth_client_id=args.auth_client_id,
            auth_redirect_uri=args.auth_redirect_uri,
            auth_scopes=args.auth_scopes,
        )
    except (OSError, ValueError, LocalAdminError, FlyteAuthenticationException) as error:
        print(f"local admin: {error}", file=sys.stderr)
        return 1
    secured = f", tokens from {args.auth_issuer}" if args.auth_issuer else ""
    print(f"local FlyteAdmin serving on {admin.endpoint}{secured}", flush=True)
    serve_until_stopped(admin.stop)
    return 0


if __name__ == "__main__":
    sys.exit(main())
