//! An on-screen keyboard for the kiosk's search field: the UI language's letters (German
//! with ä ö ü ß, Turkish, Cyrillic for Russian and Ukrainian, Arabic), space, delete, clear and a large
//! "search" key. The field stays a normal input, so a hardware keyboard works too.

use crate::i18n::Lang;
use crate::state::use_lang;
use leptos::html::Input;
use leptos::prelude::*;

fn rows(lang: Lang) -> [&'static str; 4] {
    match lang {
        Lang::Ru => ["йцукенгшщзхъ", "фывапролджэё", "ячсмитьбю", "1234567890"],
        Lang::Uk => ["йцукенгшщзхї", "фівапролджєґ", "ячсмитьбю'", "1234567890"],
        Lang::Tr => ["qwertyuıopğü", "asdfghjklşi", "zxcvbnmöç", "1234567890"],
        Lang::Ar => ["ضصثقفغعهخحجد", "شسيبلاتنمكط", "ئءؤرىةوزظذ", "1234567890"],
        Lang::En => ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"],
        Lang::De | Lang::Easy => ["qwertzuiopü", "asdfghjklöä", "yxcvbnmß-", "1234567890"],
    }
}

#[component]
pub fn OnScreenKeyboard(
    input: NodeRef<Input>,
    on_search: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let edit = move |change: &dyn Fn(String) -> String| {
        if let Some(field) = input.get() {
            field.set_value(&change(field.value()));
        }
    };
    let key_rows = rows(lang)
        .into_iter()
        .map(|row| {
            let keys = row
                .chars()
                .map(|c| {
                    let letter = c.to_string();
                    let upper = c.to_uppercase().collect::<String>();
                    view! {
                        <button type="button" class="ww-key" on:click=move |_| edit(&|v| {
                            // The first letter of a word is written as a capital.
                            let capital = v.is_empty() || v.ends_with(' ');
                            format!("{v}{}", if capital { &upper } else { &letter })
                        })>
                            {c.to_string()}
                        </button>
                    }
                })
                .collect_view();
            view! { <div class="ww-keyboard__row">{keys}</div> }
        })
        .collect_view();
    let search = on_search.clone();
    view! {
        <div class="ww-keyboard ww-no-print" role="group" aria-label=t.keyboard_label lang=lang.code()>
            {key_rows}
            <div class="ww-keyboard__row">
                <button type="button" class="ww-key ww-key--wide" aria-label=t.key_delete on:click=move |_| edit(&|v| {
                    let mut v = v;
                    v.pop();
                    v
                })>"⌫"</button>
                <button type="button" class="ww-key ww-key--space" on:click=move |_| edit(&|v| format!("{v} "))>{t.key_space}</button>
                <button type="button" class="ww-key ww-key--wide" on:click=move |_| edit(&|_| String::new())>{t.key_clear}</button>
                <button type="button" class="ww-key ww-key--search" on:click=move |_| search()>{t.search_button}</button>
            </div>
        </div>
    }
}
