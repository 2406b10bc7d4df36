"""A real OAuth2 authorization server for the auth tests: django-oauth-toolkit in a subprocess on loopback.

``AuthorizationServer`` starts ``dot_server`` (beside this file) with this interpreter on a free port of 127.0.0.1.
Its issuer is ``http://127.0.0.1:PORT/o``; access tokens are RS256 JWTs (``kid`` in the JWKS) with ``iss``,
``aud``, ``sub``, ``client_id``, ``scope`` (and ``scp``), ``iat``, ``exp`` and ``jti``; refresh tokens are opaque.
Its clients:

- ``flyte-client``: confidential, client credentials, secret ``client_secret``;
- ``flyte-pkce``: public, authorization code with PKCE (S256), redirect URI ``pkce_redirect_uri`` (any port, for
  loopback hosts), no consent page;
- ``flyte-device``: public, device code;

and the user ``alice`` / ``alice-password``. Scopes: ``all`` (the default), ``offline``, ``offline_access``,
``openid``. Client side, standard library only.
"""

from __future__ import annotations

import json
import os
import sys
import urllib.parse
from pathlib import Path
from typing import Any

from .browser import PASSWORD, USERNAME, Browser
from .loopback_server import LoopbackServer

HERE = Path(__file__).resolve().parent
CLIENT_CREDENTIALS_CLIENT_ID = "flyte-client"
PKCE_CLIENT_ID = "flyte-pkce"
DEVICE_CLIENT_ID = "flyte-device"
DEFAULT_CLIENT_SECRET = "canary-secret-0001"
DEFAULT_REDIRECT_URI = "http://localhost:53593/callback"
DEVICE_GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code"


class AuthorizationServer(LoopbackServer):
    name = "authorization server"

    """The server, started by ``start()`` or ``with``; the URLs and helpers are valid once started."""

    def __init__(
        self,
        *,
        access_token_lifetime: int = 3600,
        audience: str = "flyte-admin",
        client_secret: str = DEFAULT_CLIENT_SECRET,
        pkce_redirect_uri: str = DEFAULT_REDIRECT_URI,
        device_code_lifetime: int = 600,
        device_interval: int = 1,
        refresh_token_lifetime: int | None = None,
        enforce_device_interval: bool = False,
        startup_timeout: float = 30.0,
    ) -> None:
        """``enforce_device_interval``: answer ``slow_down`` to a device-code poll sooner than the interval, and
        then require 5 s more (RFC 8628 §3.5), which DOT itself never does. ``refresh_token_lifetime``: seconds,
        or None for no expiry."""
        self.audience = audience
        self.client_secret = client_secret
        self.pkce_redirect_uri = pkce_redirect_uri
        self.access_token_lifetime = access_token_lifetime
        self.device_interval = device_interval
        self._config = {
            "access_token_lifetime": access_token_lifetime,
            "refresh_token_lifetime": refresh_token_lifetime,
            "audience": audience,
            "client_secret": client_secret,
            "pkce_redirect_uri": pkce_redirect_uri,
            "device_code_lifetime": device_code_lifetime,
            "device_interval": device_interval,
            "enforce_device_interval": enforce_device_interval,
        }
        super().__init__(startup_timeout)

    # URLs
    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def issuer(self) -> str:
        return f"{self.origin}/o"

    @property
    def token_endpoint(self) -> str:
        return f"{self.issuer}/token/"

    @property
    def authorization_endpoint(self) -> str:
        return f"{self.issuer}/authorize/"

    @property
    def device_authorization_endpoint(self) -> str:
        return f"{self.issuer}/device-authorization/"

    @property
    def metadata_url(self) -> str:
        """RFC 8414 metadata under the issuer (also at ``{origin}/.well-known/oauth-authorization-server[/o]``)."""
        return f"{self.issuer}/.well-known/oauth-authorization-server"

    @property
    def openid_configuration_url(self) -> str:
        return f"{self.issuer}/.well-known/openid-configuration"

    @property
    def jwks_url(self) -> str:
        return f"{self.issuer}/.well-known/jwks.json"

    # lifecycle
    def _command(self, scratch: Path, port_file: Path) -> tuple[list[str], dict[str, str]]:
        env = dict(os.environ, DOT_SERVER_CONFIG=json.dumps({**self._config, "db_path": str(scratch / "db.sqlite3")}))
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(HERE), os.environ.get("PYTHONPATH")) if p)
        return [sys.executable, "-m", "dot_server", "--port-file", str(port_file)], env

    def _check(self) -> None:
        self.stats()

    # test endpoints
    def stats(self) -> dict[str, Any]:
        """``{"token_requests": {grant_type: n}, "token_errors": {grant_type: {error: n}}, "requests": {path: n}}``;
        token requests count failed ones too."""
        return self._json(self.request(f"{self.origin}/test/stats"))

    def reset_stats(self) -> None:
        self._json(self.request(f"{self.origin}/test/reset-stats", {}))

    def revoke_refresh_tokens(self) -> int:
        """Revoke every live refresh token (and its access token, for introspection); return how many."""
        return int(self._json(self.request(f"{self.origin}/test/revoke-refresh-tokens", {}))["revoked"])

    # client side, for the tests
    def token_request(self, form: dict[str, str], basic_auth: tuple[str, str] | None = None) -> tuple[int, Any]:
        return self.request(self.token_endpoint, form, basic_auth)

    def client_credentials_token(self, scope: str | None = None) -> dict[str, Any]:
        """A token for ``flyte-client`` (HTTP Basic auth); raises unless the server answers 200."""
        form = {"grant_type": "client_credentials", **({"scope": scope} if scope else {})}
        return self._json(self.token_request(form, (CLIENT_CREDENTIALS_CLIENT_ID, self.client_secret)))

    def device_authorization(self, scope: str | None = None) -> dict[str, Any]:
        """Start a device flow for ``flyte-device``: ``device_code``, ``user_code``, ``verification_uri``..."""
        form = {"client_id": DEVICE_CLIENT_ID, **({"scope": scope} if scope else {})}
        return self._json(self.request(self.device_authorization_endpoint, form))

    def approve_device(self, user_code: str) -> None:
        """Log in as alice and approve ``user_code`` on DOT's device pages."""
        self._device(user_code, "accept")

    def deny_device(self, user_code: str) -> None:
        self._device(user_code, "deny")

    def browse(self, url: str) -> int:
        """As alice's browser: log in, open ``url`` (an authorization URL), follow its redirects to the redirect
        URI and GET it; return the status of that last GET (the answer of the client's loopback listener)."""
        return Browser(USERNAME, PASSWORD).browse(url)

    def _device(self, user_code: str, action: str) -> None:
        url = f"{self.issuer}/device/?" + urllib.parse.urlencode({"user_code": user_code})
        page = Browser(USERNAME, PASSWORD, device_action=action).open(url)
        if page.status != 200 or "/device-grant-status/" not in page.url:
            raise RuntimeError(f"could not {action} device code {user_code!r}: {page.status} at {page.url}")
