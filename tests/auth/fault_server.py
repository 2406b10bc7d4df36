"""An OAuth2 authorization server that misbehaves as real ones do, for the auth tests: authlib on Flask in a
subprocess on loopback (``fault_app.py`` beside this file), with in-memory clients and opaque tokens.

It injects what django-oauth-toolkit (``oauth_server.py``) never does:

- ``slow_down`` in the device flow (RFC 8628 §3.5): the first ``slow_down_polls`` polls of each device code answer
  it, later ones ``authorization_pending`` until the code is approved (with ``auto_approve``, on the first poll
  after the ``slow_down`` ones); every token-endpoint request is recorded with its time (``polls()``);
- a token endpoint (``html401_token_endpoint``) that always answers HTTP 401 with an HTML page, as a reverse
  proxy in front of an identity provider does;
- HTTPS with a certificate of the test's (``tls=(cert, key, ca)``, files), for the client's trust settings.

Every token request's ``proxy-authorization`` header is recorded with it.

Its clients: ``fault-device`` (public, device code) and ``fault-client`` (confidential, client credentials,
secret ``fault-secret``). Any scope is granted. Client side, standard library only.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from .loopback_server import LoopbackServer

HERE = Path(__file__).resolve().parent
DEVICE_CLIENT_ID = "fault-device"
CLIENT_ID = "fault-client"
CLIENT_SECRET = "fault-secret"
DEVICE_GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code"
#: A string in the HTML page of ``html401_token_endpoint``, to check that none of it is shown.
HTML_MARKER = "fault-html-page"


class FaultServer(LoopbackServer):
    name = "fault server"

    """The server, started by ``start()`` or ``with``; the URLs and helpers are valid once started."""

    def __init__(
        self,
        *,
        interval: int = 1,
        expires_in: int = 600,
        slow_down_polls: int = 1,
        auto_approve: bool = True,
        access_token_lifetime: int = 3600,
        tls: tuple[Path, Path, Path] | None = None,
        startup_timeout: float = 30.0,
    ) -> None:
        """``interval`` and ``expires_in``: the device authorization's (seconds). ``slow_down_polls``: how many
        polls of each device code answer ``slow_down``. ``auto_approve``: approve a device code on its first poll
        after those, else never (but see ``approve``)."""
        self.interval = interval
        self.expires_in = expires_in
        self.slow_down_polls = slow_down_polls
        self._config = {
            "interval": interval,
            "expires_in": expires_in,
            "slow_down_polls": slow_down_polls,
            "auto_approve": auto_approve,
            "access_token_lifetime": access_token_lifetime,
            "tls": None if tls is None else [str(tls[0]), str(tls[1])],
        }
        self._tls = tls
        super().__init__(startup_timeout, trusted_ca=None if tls is None else tls[2])

    # URLs
    @property
    def issuer(self) -> str:
        # With TLS, by the name in the certificate.
        return f"https://localhost:{self.port}" if self._tls else f"http://127.0.0.1:{self.port}"

    origin = issuer

    @property
    def token_endpoint(self) -> str:
        return f"{self.issuer}/oauth/token"

    @property
    def device_authorization_endpoint(self) -> str:
        return f"{self.issuer}/oauth/device_authorization"

    @property
    def html401_token_endpoint(self) -> str:
        """Always HTTP 401, ``text/html``, a page with ``HTML_MARKER`` in it."""
        return f"{self.issuer}/html401/token"

    @property
    def metadata_url(self) -> str:
        return f"{self.issuer}/.well-known/oauth-authorization-server"

    # lifecycle
    def _command(self, scratch: Path, port_file: Path) -> tuple[list[str], dict[str, str]]:
        env = dict(os.environ, FAULT_SERVER_CONFIG=json.dumps(self._config))
        return [sys.executable, str(HERE / "fault_app.py"), "--port-file", str(port_file)], env

    def _check(self) -> None:
        self.stats()

    # test endpoints
    def polls(self) -> list[dict[str, Any]]:
        """Every token-endpoint request (the HTML one's too), in order: ``{"t": seconds (monotonic, in the
        server), "grant_type": ..., "answer": "ok" | "slow_down" | "authorization_pending" | error | "http_401",
        "path": ..., "proxy_authorization": the header or None}``."""
        return list(self._json(self.request(f"{self.issuer}/test/polls")))

    def device_authorizations(self) -> list[dict[str, Any]]:
        """Every device authorization, in order: ``{"t": seconds (same clock as ``polls``), "client_id": ...,
        "user_code": ...}``."""
        return list(self._json(self.request(f"{self.issuer}/test/device-authorizations")))

    def stats(self) -> dict[str, Any]:
        """``{"token_requests": {grant_type: n}, "token_errors": {grant_type: {error: n}}, "requests": {path: n}}``;
        token requests count failed ones too."""
        return dict(self._json(self.request(f"{self.issuer}/test/stats")))

    def approve(self, user_code: str, approved: bool = True) -> None:
        """Approve (or deny) ``user_code``, as its user would."""
        form = {"user_code": user_code, "approved": str(approved).lower()}
        self._json(self.request(f"{self.issuer}/test/approve", form))
