"""DOT's views, extended where the tests need more than DOT gives, and the test-only endpoints."""

import json
import threading
import time
from collections import Counter, defaultdict

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from oauth2_provider import views as dot
from oauth2_provider.models import get_device_grant_model, get_refresh_token_model
from oauthlib.oauth2 import DeviceApplicationServer

_lock = threading.Lock()
_token_requests: Counter = Counter()
_token_errors: defaultdict = defaultdict(Counter)
_requests: Counter = Counter()
# device_code -> (time of the last poll, interval now required), for `slow_down`
_polls: dict[str, tuple[float, float]] = {}


class StatsMiddleware:
    """Counts requests by path, and token requests by grant type, failed ones too (with their `error`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/test/"):
            return response
        with _lock:
            _requests[request.path] += 1
            if request.path == "/o/token/":
                grant_type = request.POST.get("grant_type", "")
                _token_requests[grant_type] += 1
                if response.status_code >= 400:
                    try:
                        error = json.loads(response.content).get("error", "")
                    except ValueError:
                        error = ""
                    _token_errors[grant_type][error or str(response.status_code)] += 1
        return response


def _extend_metadata(data: dict) -> dict:
    # DOT's documents omit the device endpoint (and OIDC's omits grant_types_supported).
    data["device_authorization_endpoint"] = f"{settings.ISSUER}/device-authorization/"
    data["grant_types_supported"] = settings.OAUTH2_PROVIDER["OAUTH2_GRANT_TYPES_SUPPORTED"]
    data["code_challenge_methods_supported"] = ["S256"]
    return data


class OpenIDConfigurationView(dot.ConnectDiscoveryInfoView):
    def get(self, request, *args, **kwargs):
        return JsonResponse(_extend_metadata(json.loads(super().get(request, *args, **kwargs).content)))


class AuthorizationServerMetadataView(dot.OAuthServerMetadataView):
    def get(self, request, *args, **kwargs):
        return JsonResponse(_extend_metadata(json.loads(super().get(request, *args, **kwargs).content)))


class _DeviceServer(DeviceApplicationServer):
    # DOT builds it without `expires_in`, so device codes would always live oauthlib's 1800 s.
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._expires_in = settings.CONFIG["device_code_lifetime"]


class DeviceAuthorizationView(dot.DeviceAuthorizationView):
    server_class = _DeviceServer


class TokenView(dot.TokenView):
    def post(self, request, *args, **kwargs):
        if request.POST.get("grant_type") == settings.DEVICE_GRANT_TYPE:
            code = request.POST.get("device_code", "")
            device = get_device_grant_model().objects.filter(device_code=code).first()
            if device is None:  # DOT answers 404 `device_not_found`; RFC 6749 §5.2 says this
                return JsonResponse({"error": "invalid_grant", "error_description": "Unknown device code."}, status=400)
            # DOT marks a device code expired only when a user enters it: polls would stay pending forever.
            device.is_expired()
            if settings.CONFIG["enforce_device_interval"] and self._too_fast(code):
                return JsonResponse({"error": "slow_down"}, status=400)  # DOT never says it
        return super().post(request, *args, **kwargs)

    @staticmethod
    def _too_fast(code: str) -> bool:
        """RFC 8628 §3.5: a poll before the interval is up gets `slow_down`, and the interval grows by 5 s."""
        now = time.monotonic()
        with _lock:
            last, interval = _polls.get(code, (None, float(settings.CONFIG["device_interval"])))
            too_fast = last is not None and now - last < interval
            _polls[code] = (now, interval + 5 if too_fast else interval)
        return too_fast


@require_GET
def stats(request):
    with _lock:
        return JsonResponse(
            {
                "token_requests": dict(_token_requests),
                "token_errors": {grant: dict(errors) for grant, errors in _token_errors.items()},
                "requests": dict(_requests),
            }
        )


@csrf_exempt
@require_POST
def reset_stats(request):
    with _lock:
        _token_requests.clear()
        _token_errors.clear()
        _requests.clear()
    return JsonResponse({})


@csrf_exempt
@require_POST
def revoke_refresh_tokens(request):
    live = list(get_refresh_token_model().objects.filter(revoked__isnull=True))
    for token in live:
        token.revoke()
    return JsonResponse({"revoked": len(live)})
