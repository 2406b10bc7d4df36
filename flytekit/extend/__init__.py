"""Extending Flyte from Python: backend plugins (agents) in :mod:`flytekit.extend.backend`."""
