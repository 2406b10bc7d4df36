"""Extending Flyte from Python: backend plugins (agents) in :mod:`flytekit_core.extend.backend`."""
