//! Reading aloud with the browser's speech synthesis, through `Reflect`: a browser without
//! it, or without a local voice for the language, is an answer (`false`, `Err`), never a
//! panic. Only the device's own voices are used, never a network voice.

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

fn synthesis() -> Option<JsValue> {
    let window: JsValue = super::window()?.into();
    let synth = Reflect::get(&window, &JsValue::from_str("speechSynthesis")).ok()?;
    (!synth.is_undefined() && !synth.is_null()).then_some(synth)
}

fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let method = Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    method.apply(target, &args.iter().collect::<Array>()).ok()
}

/// A voice of the device itself for `lang` (`de-DE`, `ar`: the language part must match).
/// Only voices with `localService` count: a network voice would send the page's text to a
/// third party, so where the device has none, the app says so instead.
fn local_voice(lang: &str) -> Option<JsValue> {
    let synth = synthesis()?;
    let prefix = lang.split('-').next().unwrap_or(lang).to_lowercase();
    let voices = call(&synth, "getVoices", &[]).map(|voices| Array::from(&voices))?;
    let read = |voice: &JsValue, key: &str| Reflect::get(voice, &JsValue::from_str(key)).ok();
    voices.iter().find(|voice| {
        let local = read(voice, "localService").and_then(|l| l.as_bool()) == Some(true);
        let matches = read(voice, "lang")
            .and_then(|l| l.as_string())
            .is_some_and(|l| l.to_lowercase().split(['-', '_']).next() == Some(prefix.as_str()));
        local && matches
    })
}

/// Whether the device has a local voice for `lang`.
pub fn has_voice(lang: &str) -> bool {
    local_voice(lang).is_some()
}

/// Calls `on_change` when the device's voices arrive or change (they load late in Chrome).
pub fn on_voices_changed(on_change: impl Fn() + 'static) {
    let Some(synth) = synthesis() else { return };
    let closure = Closure::<dyn Fn()>::new(on_change);
    let _ = Reflect::set(
        &synth,
        &JsValue::from_str("onvoiceschanged"),
        closure.as_ref(),
    );
    closure.forget();
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable;

/// Speaks `text` in `lang`, stopping anything spoken before; `on_end` runs when it ends.
pub fn speak(text: &str, lang: &str, on_end: impl Fn() + 'static) -> Result<(), Unavailable> {
    let synth = synthesis().ok_or(Unavailable)?;
    let window: JsValue = super::window().ok_or(Unavailable)?.into();
    let constructor = Reflect::get(&window, &JsValue::from_str("SpeechSynthesisUtterance"))
        .ok()
        .and_then(|c| c.dyn_into::<Function>().ok())
        .ok_or(Unavailable)?;
    let voice = local_voice(lang).ok_or(Unavailable)?;
    let utterance = Reflect::construct(&constructor, &Array::of1(&JsValue::from_str(text)))
        .map_err(|_| Unavailable)?;
    Reflect::set(&utterance, &JsValue::from_str("voice"), &voice).map_err(|_| Unavailable)?;
    Reflect::set(
        &utterance,
        &JsValue::from_str("lang"),
        &JsValue::from_str(lang),
    )
    .map_err(|_| Unavailable)?;
    let ended = Closure::<dyn Fn()>::new(on_end);
    for event in ["onend", "onerror"] {
        let _ = Reflect::set(&utterance, &JsValue::from_str(event), ended.as_ref());
    }
    ended.forget();
    call(&synth, "cancel", &[]);
    call(&synth, "speak", &[utterance])
        .map(|_| ())
        .ok_or(Unavailable)
}

/// Stops speaking (leaving a view, the stop button).
pub fn stop() {
    if let Some(synth) = synthesis() {
        call(&synth, "cancel", &[]);
    }
}
