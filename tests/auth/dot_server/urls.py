from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path

from . import views

urlpatterns = [
    # Ours before DOT's include, so that these paths reach the extended views; DOT's URL names stay.
    re_path(r"^o/\.well-known/openid-configuration/?$", views.OpenIDConfigurationView.as_view()),
    path("o/.well-known/oauth-authorization-server", views.AuthorizationServerMetadataView.as_view()),
    # RFC 8414 §3's form for an issuer with a path, and the bare origin's, for clients that know only the host.
    path(".well-known/oauth-authorization-server/o", views.AuthorizationServerMetadataView.as_view()),
    path(".well-known/oauth-authorization-server", views.AuthorizationServerMetadataView.as_view()),
    path("o/token/", views.TokenView.as_view()),
    path("o/device-authorization/", views.DeviceAuthorizationView.as_view()),
    path("o/", include("oauth2_provider.urls", namespace="oauth2_provider")),
    path("accounts/login/", auth_views.LoginView.as_view()),
    path("test/stats", views.stats),
    path("test/reset-stats", views.reset_stats),
    path("test/revoke-refresh-tokens", views.revoke_refresh_tokens),
]
