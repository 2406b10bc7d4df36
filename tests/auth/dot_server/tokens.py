"""DOT's ACCESS_TOKEN_GENERATOR and REFRESH_TOKEN_GENERATOR: JWT access tokens, opaque refresh tokens."""

import secrets
import time
import uuid

from django.conf import settings
from jwcrypto import jwt


def jwt_access_token(request) -> str:
    """An RFC 9068 style access token, RS256-signed with the OIDC key whose ``kid`` the JWKS lists.

    ``request`` is oauthlib's: oauthlib sets ``expires_in`` before it calls the generator, and DOT has set
    ``user`` for the grants with a resource owner (code, device code, refresh token), not for client credentials.
    """
    now = int(time.time())
    scopes = list(request.scopes or [])
    user = getattr(request, "user", None)
    client_id = request.client.client_id
    claims = {
        "iss": settings.ISSUER,
        "aud": settings.CONFIG["audience"],
        "sub": user.get_username() if user is not None and request.grant_type != "client_credentials" else client_id,
        "client_id": client_id,
        "scope": " ".join(scopes),
        "scp": scopes,  # FlyteAdmin reads the scopes from `scp`
        "iat": now,
        "exp": now + int(request.expires_in),
        # Two tokens of one client in one second must differ: DOT stores tokens under a unique checksum.
        "jti": uuid.uuid4().hex,
    }
    key = settings.SIGNING_KEY
    token = jwt.JWT(header={"alg": "RS256", "kid": key.thumbprint(), "typ": "at+jwt"}, claims=claims)
    token.make_signed_token(key)
    return token.serialize()


def opaque_refresh_token(request) -> str:
    return secrets.token_urlsafe(32)
