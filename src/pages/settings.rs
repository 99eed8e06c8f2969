//! Settings: text size, colours and language, applied at once and kept on this device.
//! Radio groups with visible legends: one choice each, large targets, no hidden gestures.

use crate::domain::settings::{Theme, TEXT_SIZES};
use crate::i18n::Lang;
use crate::platform::document::set_title;
use crate::state::use_lang;
use crate::state::use_settings;
use leptos::prelude::*;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let settings = use_settings();
    let chooser = crate::state::use_language_chooser();
    set_title(&format!("{} – {}", t.settings_heading, t.app_name));

    let sizes = TEXT_SIZES
        .iter()
        .map(|&size| {
            let checked = move || settings.current.with(|s| s.text_size == size);
            view! {
                <label class="ww-choice">
                    <input type="radio" name="ww-text-size" prop:checked=checked on:change=move |_| settings.update(|s| s.text_size = size) />
                    <span>{(t.text_size_option)(size)}</span>
                </label>
            }
        })
        .collect_view();
    let themes = Theme::ALL
        .iter()
        .map(|&theme| {
            let label = match theme {
                Theme::Auto => t.theme_auto,
                Theme::Standard => t.theme_standard,
                Theme::Contrast => t.theme_contrast,
                Theme::Dark => t.theme_dark,
            };
            let checked = move || settings.current.with(|s| s.theme == theme);
            view! {
                <label class="ww-choice">
                    <input type="radio" name="ww-theme" prop:checked=checked on:change=move |_| settings.update(|s| s.theme = theme) />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    let languages = Lang::ALL
        .iter()
        .map(|&choice| {
            // The language wanted: checked at once, while its texts are fetched, and
            // unchecked again if they cannot be.
            let checked = move || settings.lang() == choice;
            view! {
                <label class="ww-choice" lang=choice.code() dir=choice.dir()>
                    <input
                        type="radio"
                        name="ww-language"
                        prop:checked=checked
                        on:change=move |_| chooser.choose(choice)
                    />
                    <span>{choice.native_name()}</span>
                </label>
            }
        })
        .collect_view();

    view! {
        <h1 class="ww-page-title">{t.settings_heading}</h1>
        <p>{t.settings_intro}</p>
        <fieldset class="ww-fieldset">
            <legend>{t.language_legend}</legend>
            <div class="ww-choices">{languages}</div>
        </fieldset>
        <fieldset class="ww-fieldset">
            <legend>{t.text_size_legend}</legend>
            <div class="ww-choices">{sizes}</div>
        </fieldset>
        <fieldset class="ww-fieldset">
            <legend>{t.theme_legend}</legend>
            <div class="ww-choices">{themes}</div>
        </fieldset>
        <p>{t.settings_saved_note}</p>
    }
}
