"""The ``FlyteRemote`` facade and the legacy grpcio backend.

The transport (raw clients for the RPCs of ``flyteidl.service`` in both backends) has not
landed yet; see ``migration.md``.
"""
