"""A scripted user's browser for the test authorization server, standard library only.

As ``$BROWSER``: ``python tests/auth/browser.py URL`` opens URL the way alice would: it follows redirects, logs in
when shown the login form, enters and approves a device code when shown those forms, and ends with a GET of
wherever the last redirect points (for PKCE, the client's loopback callback). It prints the final status and URL
on stderr and exits 0 if that status is below 400. Each request has a timeout and the steps are bounded, so it
ends within BUDGET seconds at worst, well under one normally.
"""

from __future__ import annotations

import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from html.parser import HTMLParser
from http.cookiejar import CookieJar

USERNAME = "alice"
PASSWORD = "alice-password"
TIMEOUT = 5.0  # per request
BUDGET = 20.0  # per page opened, with all its redirects and forms
MAX_STEPS = 12


@dataclass
class Page:
    status: int
    url: str
    location: str | None
    text: str


class _Fields(HTMLParser):
    """The named inputs and buttons of a page: enough for DOT's and Django's one-form pages."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.fields: dict[str, str] = {}
        self.buttons: dict[str, set[str]] = {}
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if not a.get("name"):
            return
        if tag == "input":
            self.fields[a["name"]] = a.get("value") or ""
        elif tag == "button":
            self.buttons.setdefault(a["name"], set()).add(a.get("value") or "")


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # followed by hand, so that the caller sees each hop


class Browser:
    """One user's session (a cookie jar). ``device_action`` is what it answers on DOT's accept/deny page."""

    def __init__(
        self,
        username: str = USERNAME,
        password: str = PASSWORD,
        timeout: float = TIMEOUT,
        device_action: str = "accept",
    ) -> None:
        self.username, self.password, self.timeout, self.device_action = username, password, timeout, device_action
        # No proxies: every request here is to loopback, whatever the environment's *_proxy say.
        self._opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({}), urllib.request.HTTPCookieProcessor(CookieJar()), _NoRedirects()
        )
        self._deadline: float | None = None

    def request(self, url: str, form: dict[str, str] | None = None) -> Page:
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        timeout = self.timeout if self._deadline is None else min(self.timeout, self._deadline - time.monotonic())
        if timeout <= 0:
            raise TimeoutError(f"out of time before {url}")
        try:
            with self._opener.open(urllib.request.Request(url, data=data), timeout=timeout) as r:
                return Page(r.status, url, r.headers.get("Location"), r.read().decode(errors="replace"))
        except urllib.error.HTTPError as e:  # 3xx (redirects are not followed) and errors
            with e:
                return Page(e.code, url, e.headers.get("Location"), e.read().decode(errors="replace"))

    def open(self, url: str) -> Page:
        """Open ``url`` and act as the user until a page asks nothing more; return that page."""
        self._deadline = time.monotonic() + BUDGET
        try:
            return self._open(url)
        finally:
            self._deadline = None

    def _open(self, url: str) -> Page:
        page = self.request(url)
        submitted: set[str] = set()  # each form once: a form shown again means it was refused
        for _ in range(MAX_STEPS):
            if 300 <= page.status < 400 and page.location:
                page = self.request(urllib.parse.urljoin(page.url, page.location))
                continue
            form = _Fields(page.text) if page.status == 200 else None
            if form is None or "csrfmiddlewaretoken" not in form.fields:
                return page
            if "username" in form.fields and "login" not in submitted:
                submitted.add("login")
                answer = {"username": self.username, "password": self.password, "next": form.fields.get("next", "")}
            elif form.fields.get("user_code") and "user_code" not in submitted:
                submitted.add("user_code")
                answer = {"user_code": form.fields["user_code"]}
            elif self.device_action in form.buttons.get("action", ()) and "action" not in submitted:
                submitted.add("action")
                answer = {"action": self.device_action}
            else:
                return page
            page = self.request(page.url, {"csrfmiddlewaretoken": form.fields["csrfmiddlewaretoken"], **answer})
        raise RuntimeError(f"still redirected after {MAX_STEPS} steps, at {page.url}")

    def browse(self, url: str) -> int:
        """The status of the last request, which for an authorization URL is the GET of the redirect URI."""
        return self.open(url).status


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: browser.py URL", file=sys.stderr)
        return 2
    try:
        page = Browser().open(argv[1])
    except (OSError, RuntimeError) as e:  # URLError and timeouts are OSErrors
        print(f"browser.py: {argv[1]}: {e}", file=sys.stderr)
        return 1
    print(f"browser.py: {page.status} {page.url}", file=sys.stderr)
    return 0 if page.status < 400 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
