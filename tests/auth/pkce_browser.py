"""``$BROWSER`` for PKCE tests: ``python tests/auth/pkce_browser.py STEP... URL``, where URL is the
authorization URL the client opens and each STEP, in order, is

- ``favicon``: a stray GET of ``/favicon.ico`` on the redirect URI's port;
- ``wrong-state``: a GET of the redirect URI with another ``state`` and a code;
- ``error``: a GET of the redirect URI with the right ``state`` and ``error=access_denied``;
- ``sign-in``: alice signing in for real (``browser.py``), which ends on the redirect URI;
- ``slow``: five seconds of thought.

Like a browser, it returns at once and does its work in the background.
"""

from __future__ import annotations

import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def get(url: str) -> None:
    try:
        urllib.request.build_opener(urllib.request.ProxyHandler({})).open(url, timeout=5).close()
    except urllib.error.HTTPError as error:
        error.close()
    except OSError:
        pass


def run(steps: list[str], url: str) -> None:
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))
    redirect, state = query["redirect_uri"], query["state"]
    origin = urllib.parse.urljoin(redirect, "/")
    for step in steps:
        if step == "favicon":
            get(origin + "favicon.ico")
        elif step == "wrong-state":
            get(redirect + "?" + urllib.parse.urlencode({"state": "not-" + state, "code": "stolen"}))
        elif step == "error":
            error = {"state": state, "error": "access_denied", "error_description": "the user said no"}
            get(redirect + "?" + urllib.parse.urlencode(error))
        elif step == "slow":
            time.sleep(5)
        elif step == "sign-in":
            from tests.auth import browser

            browser.main(["browser.py", url])


def main(argv: list[str]) -> int:
    *steps, url = argv
    if os.fork() == 0:  # the child works; the parent returns, as a browser launcher does
        try:
            run(steps, url)
        finally:
            os._exit(0)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
