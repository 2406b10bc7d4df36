"""A tiny Django project around django-oauth-toolkit: the OAuth2 authorization server of the auth tests.

Run as ``python -m dot_server --port-file FILE`` with this folder's parent on ``sys.path`` and its options
as JSON in ``DOT_SERVER_CONFIG`` (``tests/auth/oauth_server.py`` does both); see ``__main__``.
"""
