//! Generates Rust types for every flyteidl message from the embedded descriptor set, with
//! prost (no protoc needed: the descriptors are already compiled).

use prost::Message;

fn main() {
    let path = "../core/idl/flyteidl.binpb";
    println!("cargo:rerun-if-changed={path}");
    let bytes = std::fs::read(path).expect("read the descriptor set");
    let set = prost_types::FileDescriptorSet::decode(bytes.as_slice())
        .expect("decode the descriptor set");
    prost_build::Config::new()
        // Ordered maps encode in one order, so equal specs are equal bytes.
        .btree_map(["."])
        .compile_fds(set)
        .expect("generate the flyteidl types");
}
