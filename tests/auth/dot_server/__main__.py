"""Start the server: bind a free loopback port, set up Django on it, seed, write the port, serve (threaded)."""

import argparse
import json
import os
from pathlib import Path

import django
from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler


class Server(ThreadedWSGIServer):
    request_queue_size = 128  # Django's 10 is short for clients that open many connections at once


def seed(config: dict) -> None:
    from django.contrib.auth import get_user_model
    from oauth2_provider.models import get_application_model

    app = get_application_model()
    get_user_model().objects.create_user("alice", password="alice-password")
    common = {"algorithm": app.RS256_ALGORITHM}  # RS256: public clients have no secret to sign ID tokens with
    app.objects.create(
        name="client credentials",
        client_id="flyte-client",
        client_secret=config["client_secret"],
        client_type=app.CLIENT_CONFIDENTIAL,
        authorization_grant_type=app.GRANT_CLIENT_CREDENTIALS,
        **common,
    )
    app.objects.create(
        name="pkce",
        client_id="flyte-pkce",
        client_type=app.CLIENT_PUBLIC,
        authorization_grant_type=app.GRANT_AUTHORIZATION_CODE,
        redirect_uris=config["pkce_redirect_uri"],
        skip_authorization=True,
        **common,
    )
    app.objects.create(
        name="device",
        client_id="flyte-device",
        client_type=app.CLIENT_PUBLIC,
        authorization_grant_type=app.GRANT_DEVICE_CODE,
        **common,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port-file", required=True, type=Path, help="written with the port once serving")
    args = parser.parse_args()

    server = Server(("127.0.0.1", 0), WSGIRequestHandler)
    config = json.loads(os.environ["DOT_SERVER_CONFIG"])
    config["port"] = server.server_port
    os.environ["DOT_SERVER_CONFIG"] = json.dumps(config)
    os.environ["DJANGO_SETTINGS_MODULE"] = "dot_server.settings"
    django.setup()

    from django.core.management import call_command
    from django.core.wsgi import get_wsgi_application

    call_command("migrate", run_syncdb=True, verbosity=0)
    seed(config)
    server.set_app(get_wsgi_application())
    # Written whole by a rename, so that the harness never reads half a port.
    tmp = args.port_file.with_suffix(".tmp")
    tmp.write_text(str(server.server_port))
    tmp.rename(args.port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
