//! The catalogs under `locales/` are embedded in the binary. Cargo scans a
//! directory named here recursively, so an edited, added or removed `.ftl`
//! file triggers a rebuild.
fn main() {
    println!("cargo:rerun-if-changed=locales");
}
