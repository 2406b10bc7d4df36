"""Generated package; see flytekit_core.idl."""
