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
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Any

HERE = Path(__file__).resolve().parent
DEVICE_CLIENT_ID = "fault-device"
CLIENT_ID = "fault-client"
CLIENT_SECRET = "fault-secret"
DEVICE_GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code"
#: A string in the HTML page of ``html401_token_endpoint``, to check that none of it is shown.
HTML_MARKER = "fault-html-page"
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only


class FaultServer:
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
        self._startup_timeout = startup_timeout
        self._proc: subprocess.Popen[bytes] | None = None
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self.port = 0

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
    def start(self) -> FaultServer:
        if self._proc is not None:
            raise RuntimeError("already started")
        self._tmp = tempfile.TemporaryDirectory(prefix="fault-server-")
        tmp = Path(self._tmp.name)
        port_file = tmp / "port"
        env = dict(os.environ, FAULT_SERVER_CONFIG=json.dumps(self._config))
        with open(tmp / "server.log", "wb") as log:  # a file, not a pipe: a pipe nobody reads fills and blocks
            self._proc = subprocess.Popen(
                [sys.executable, str(HERE / "fault_app.py"), "--port-file", str(port_file)],
                cwd=tmp,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        try:
            deadline = time.monotonic() + self._startup_timeout
            while not port_file.exists():
                if self._proc.poll() is not None:
                    raise RuntimeError(f"exited with {self._proc.returncode}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"not serving after {self._startup_timeout} s")
                time.sleep(0.05)
            self.port = int(port_file.read_text())
            self.stats()  # it serves once the port is written: this checks it, or raises
        except Exception as e:
            log_text = self.log()
            self.stop()
            raise RuntimeError(f"the fault server did not start ({e}); its output:\n{log_text}") from e
        return self

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def log(self) -> str:
        """The server's stderr and access log so far."""
        path = Path(self._tmp.name) / "server.log" if self._tmp else None
        return path.read_text(errors="replace") if path and path.exists() else ""

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

    # client side, for the tests
    def request(self, url: str, form: dict[str, str] | None = None) -> tuple[int, Any]:
        """GET (or POST ``form``) ``url``; return ``(status, decoded JSON body or text)``, whatever the status."""
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        opener = _NO_PROXY
        if self._tls is not None:
            trusted = ssl.create_default_context(cafile=str(self._tls[2]))
            opener = urllib.request.build_opener(
                urllib.request.ProxyHandler({}), urllib.request.HTTPSHandler(context=trusted)
            )
        try:
            with opener.open(urllib.request.Request(url, data=data), timeout=10) as r:
                status, body = r.status, r.read()
        except urllib.error.HTTPError as e:
            with e:
                status, body = e.code, e.read()
        try:
            return status, json.loads(body)
        except ValueError:
            return status, body.decode(errors="replace")

    @staticmethod
    def _json(response: tuple[int, Any]) -> Any:
        status, body = response
        if status != 200:
            raise RuntimeError(f"HTTP {status}: {body}")
        return body
