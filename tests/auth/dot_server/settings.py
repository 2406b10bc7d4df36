"""Settings of the test authorization server; its options come as JSON in ``DOT_SERVER_CONFIG``."""

import json
import os
from pathlib import Path

from jwcrypto import jwk

CONFIG = json.loads(os.environ["DOT_SERVER_CONFIG"])
ORIGIN = f"http://127.0.0.1:{CONFIG['port']}"
ISSUER = f"{ORIGIN}/o"

# A fresh signing key per server: tokens of one run never verify against another's JWKS.
SIGNING_KEY = jwk.JWK.generate(kty="RSA", size=2048)

SECRET_KEY = "test-only-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "dot_server.urls"
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "oauth2_provider",
]
# A new database each run: make the tables straight from the models (migrate --run-syncdb), 20x faster.
MIGRATION_MODULES = {app.rpartition(".")[2]: None for app in INSTALLED_APPS}
MIDDLEWARE = [
    "dot_server.views.StatsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # For its Content-Length, without which Django's server closes every connection (no keep-alive).
    "django.middleware.common.CommonMiddleware",
]
APPEND_SLASH = False  # a redirect would turn a POST to /o/token into a GET
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [Path(__file__).parent / "templates"],
        "APP_DIRS": True,  # DOT's device-flow pages
        "OPTIONS": {"context_processors": ["django.template.context_processors.request"]},
    }
]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": CONFIG["db_path"],
        # The server is threaded: wait for SQLite's write lock instead of failing with "database is locked".
        "OPTIONS": {"timeout": 20, "init_command": "PRAGMA journal_mode=WAL;"},
    }
}
# Django's default PBKDF2 costs ~0.2 s per check of a client secret or password; this is a test server.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/o/device/"

DEVICE_GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code"
OAUTH2_PROVIDER = {
    "OIDC_ENABLED": True,
    "OIDC_RSA_PRIVATE_KEY": SIGNING_KEY.export_to_pem(private_key=True, password=None).decode(),
    "OIDC_ISS_ENDPOINT": ISSUER,
    "ACCESS_TOKEN_GENERATOR": "dot_server.tokens.jwt_access_token",
    # Without it, oauthlib makes refresh tokens with the access-token generator: they would be JWTs too.
    "REFRESH_TOKEN_GENERATOR": "dot_server.tokens.opaque_refresh_token",
    "ACCESS_TOKEN_EXPIRE_SECONDS": CONFIG["access_token_lifetime"],
    "REFRESH_TOKEN_EXPIRE_SECONDS": CONFIG["refresh_token_lifetime"],
    # Flyte's scopes (FlyteAdmin requires `all`; `offline` asks for a refresh token), and OIDC's.
    "SCOPES": {
        "all": "All of Flyte",
        "offline": "Refresh tokens",
        "offline_access": "Refresh tokens",
        "openid": "OIDC",
    },
    "DEFAULT_SCOPES": ["all"],
    "PKCE_REQUIRED": True,
    # Native clients listen on an ephemeral loopback port (RFC 8252 §7.3); also for `localhost`.
    "ALLOW_LOCALHOST_LOOPBACK": True,
    "OAUTH_DEVICE_VERIFICATION_URI": f"{ISSUER}/device/",
    "OAUTH_DEVICE_VERIFICATION_URI_COMPLETE": f"{ISSUER}/device/?user_code={{user_code}}",
    "DEVICE_FLOW_INTERVAL": CONFIG["device_interval"],
    # RFC 9700: no implicit or password grant and no `plain` PKCE, so the metadata advertises S256 alone.
    "COMPLIANT_BCP_RFC9700_IMPLICIT_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PASSWORD_GRANT": True,
    "COMPLIANT_BCP_RFC9700_PKCE_METHOD": True,
    "OAUTH2_GRANT_TYPES_SUPPORTED": ["authorization_code", "client_credentials", "refresh_token", DEVICE_GRANT_TYPE],
    "OAUTH2_RESPONSE_TYPES_SUPPORTED": ["code"],
    "OIDC_RESPONSE_TYPES_SUPPORTED": ["code"],
}

# DEBUG is off, so say what went wrong on stderr (the harness shows it when the server fails).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "loggers": {
        "django": {"handlers": ["stderr"], "level": "WARNING"},
        "django.server": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
    },
}
