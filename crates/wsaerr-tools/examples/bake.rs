//! Regenerates the runtime crate's baked catalog (`src/catalog/baked/data.rs`)
//! from `locales/`: run it after editing a `.ftl` file of the built-in tree.
//!
//! ```text
//! cargo run -p wsaerr-tools --example bake
//! ```

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    // The runtime crate is the workspace's root, two folders up.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let file = root.join(wsaerr_tools::bake::DATA_FILE);
    match wsaerr_tools::bake::write_data(&root) {
        Ok(()) => {
            println!("wrote {}", file.display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: cannot write {}: {error}", file.display());
            ExitCode::FAILURE
        }
    }
}
