//! The one source of truth for the IDL: flyteidl's descriptors as a `FileDescriptorSet`.
//!
//! The file is written by `tools/extract_descriptors.py` (part of `tools/regen_idl.py`);
//! the generated Python modules record its SHA-256 so a mismatch is caught at import.

use sha2::{Digest, Sha256};
use std::sync::OnceLock;

/// The flyteidl release the descriptors were taken from.
pub const FLYTEIDL_VERSION: &str = "1.16.8";

/// Serialized `google.protobuf.FileDescriptorSet` of flyteidl and the files it imports.
pub const FILE_DESCRIPTOR_SET: &[u8] = include_bytes!("../idl/flyteidl.binpb");

/// Lower-case hex SHA-256 of [`FILE_DESCRIPTOR_SET`], computed once.
pub fn sha256_hex() -> &'static str {
    static DIGEST: OnceLock<String> = OnceLock::new();
    DIGEST.get_or_init(|| {
        Sha256::digest(FILE_DESCRIPTOR_SET)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    })
}
