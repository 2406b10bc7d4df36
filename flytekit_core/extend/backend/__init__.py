"""Flyte agents (out-of-core backend plugins): the authoring API is
:mod:`flytekit_core.extend.backend.base_agent`; :mod:`flytekit_core.agent` serves them."""
