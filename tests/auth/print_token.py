"""An ``admin.command`` for tests: ``python tests/auth/print_token.py PORT SECRET`` prints a client-credentials
access token of the test authorization server on PORT (client ``flyte-client``)."""

from __future__ import annotations

import base64
import json
import sys
import urllib.parse
import urllib.request

if __name__ == "__main__":
    port, secret = sys.argv[1], sys.argv[2]
    basic = base64.b64encode(f"flyte-client:{urllib.parse.quote(secret, safe='')}".encode()).decode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/o/token/",
        data=urllib.parse.urlencode({"grant_type": "client_credentials"}).encode(),
        headers={"Authorization": f"Basic {basic}"},
    )
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback only
    with opener.open(request, timeout=10) as reply:
        print(json.load(reply)["access_token"])
