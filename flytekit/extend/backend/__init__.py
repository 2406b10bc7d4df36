"""Flyte agents (out-of-core backend plugins): the authoring API is
:mod:`flytekit.extend.backend.base_agent`; :mod:`flytekit.agent` serves them."""
