"""Workflows written with real flytekit 1.16.31 (imported only in its own environment, by
``pyflyte``): what the interop suite registers, runs and reads back."""
