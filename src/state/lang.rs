//! The UI language, provided to every view (anew when the reader chooses another).

use crate::i18n::Lang;

#[derive(Clone, Copy)]
pub struct UiLang(pub Lang);

pub fn use_lang() -> Lang {
    super::expect::<UiLang>("use_lang").0
}
