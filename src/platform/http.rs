//! GET from the app's own origin with gloo-net, and a body read as bytes: the one way the
//! dataset, its vocabulary and a language's texts are fetched. (Boxing the futures was
//! meant to keep their code in the wasm once; measured, it made no difference either way.)

use gloo_net::http::{Request, Response};
use std::future::Future;
use std::pin::Pin;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

type Boxed<T> = Pin<Box<dyn Future<Output = T>>>;

/// The server's answer to GET `url` (any status); `None` when the network failed.
pub fn get(url: &str) -> Boxed<Option<Response>> {
    let request = Request::get(url);
    Box::pin(async move { request.send().await.ok() })
}

/// The body of `answer`, or of the reading of its body already begun (`reading`, a promise
/// of an `ArrayBuffer`), still in JavaScript's memory: the caller copies what it needs
/// into the wasm's. `None` when the connection broke as it arrived.
pub fn body(
    answer: web_sys::Response,
    reading: Option<js_sys::Promise>,
) -> Boxed<Option<js_sys::Uint8Array>> {
    Box::pin(async move {
        let reading = match reading {
            Some(reading) => reading,
            None => answer.array_buffer().ok()?,
        };
        let buffer = JsFuture::from(reading).await.ok()?;
        // The loader's reading gives null when the connection broke.
        let buffer: js_sys::ArrayBuffer = buffer.dyn_into().ok()?;
        Some(js_sys::Uint8Array::new(&buffer))
    })
}
