//! The keepers' workspace (`/pflege/`): open the dataset, see what needs work, confirm
//! entries, keep a draft on this device, download the file. Its own page and wasm: the
//! visitors' app never loads it.

#[cfg(target_arch = "wasm32")]
fn main() {
    wegweiser_pflege::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The keepers' workspace is a web page: `./scripts/build.sh` builds it into dist/pflege/."
    );
    std::process::exit(2);
}
