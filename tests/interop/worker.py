"""Runs in real flytekit's environment (never this project's): a worker that executes
snippets of real-flytekit code sent by the interop suite, one JSON line per request and
per answer, so the suite pays flytekit's import once.

A request is ``{"code": str, "args": {...}}``; the snippet runs with ``args``, ``remote``
(a real ``FlyteRemote`` on the config file named by ``FLYTECTL_CONFIG``), ``client`` (its
``SynchronousFlyteClient``), ``ctx`` (a flytekit context) and ``pb`` (bytes of an IDL
object) in scope, and sets ``result`` to a JSON-encodable value. The answer is
``{"result": ...}`` or ``{"error": traceback}``.
"""

import base64
import json
import os
import sys
import traceback


def pb(obj):
    """The deterministic serialization (map entries by key) of a flytekit model or _pb2
    message, as base64 text."""
    message = obj.to_flyte_idl() if hasattr(obj, "to_flyte_idl") else obj
    return base64.b64encode(message.SerializeToString(deterministic=True)).decode()


def main():
    sys.path.insert(0, os.environ["FLOWS_ROOT"])
    from flytekit.configuration import Config
    from flytekit.core.context_manager import FlyteContextManager
    from flytekit.remote import FlyteRemote

    remote = FlyteRemote(
        Config.auto(config_file=os.environ["FLYTECTL_CONFIG"]),
        default_project="flytesnacks",
        default_domain="development",
    )
    scope = {"remote": remote, "client": remote.client, "ctx": FlyteContextManager.current_context(), "pb": pb}
    out = sys.stdout
    sys.stdout = sys.stderr  # what flytekit prints must not mix with the answers
    for line in sys.stdin:
        request = json.loads(line)
        names = dict(scope, args=request.get("args", {}), b64decode=base64.b64decode)
        try:
            exec(request["code"], names)
            answer = {"result": names.get("result")}
        except BaseException:
            answer = {"error": traceback.format_exc()}
        out.write(json.dumps(answer, default=str) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
