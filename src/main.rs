//! Entry point: install the panic guard and start the app. Nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    wegweiser::platform::panic_guard::install();
    wegweiser::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "Wegweiser is a web app: build it with `trunk build --release` (see README.md).\n\
         The data tools are native binaries: `cargo run --bin check -- public/data/services.json`."
    );
    std::process::exit(2);
}
