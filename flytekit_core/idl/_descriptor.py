"""Digest of the descriptor set the IDL modules were generated from. Generated; do not edit."""

SHA256 = "d545de5e89e96c918f936c3e767fe4490202280973259ee158152a0ec8a75f92"
FLYTEIDL_VERSION = "1.16.8"
