//! Folding text so that spellings people use find each other: case, German umlauts in both
//! spellings ("Straße" = "Strasse", "Ärztin" = "Aerztin" = "Arztin"), other diacritics
//! (Turkish, French, Polish names), and words split at anything that is not a letter or digit.

/// One character, folded: lower case without diacritics (`ß` becomes "ss").
fn fold_char(c: char, out: impl FnMut(char)) {
    let mapped: &str = match c {
        'ä' | 'à' | 'á' | 'â' | 'ã' | 'å' | 'ā' | 'ą' | 'Ä' | 'À' | 'Á' | 'Â' | 'Ã' | 'Å' | 'Ā'
        | 'Ą' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę'
        | 'Ě' => "e",
        'ğ' | 'Ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'İ' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' => {
            "i"
        }
        'ł' | 'Ł' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ö' | 'ò' | 'ó' | 'ô' | 'õ' | 'ø' | 'ō' | 'ő' | 'Ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ø' | 'Ō'
        | 'Ő' => "o",
        'œ' | 'Œ' => "oe",
        'ř' | 'Ř' => "r",
        'ß' | 'ẞ' => "ss",
        'ş' | 'ś' | 'š' | 'Ş' | 'Ś' | 'Š' => "s",
        'ť' | 'ţ' | 'Ť' | 'Ţ' => "t",
        'ü' | 'ù' | 'ú' | 'û' | 'ū' | 'ů' | 'ű' | 'Ü' | 'Ù' | 'Ú' | 'Û' | 'Ū' | 'Ů' | 'Ű' => {
            "u"
        }
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ž' | 'ź' | 'ż' | 'Ž' | 'Ź' | 'Ż' => "z",
        'ё' | 'Ё' => "е",
        'ї' | 'Ї' => "і",
        _ => {
            c.to_lowercase().for_each(out);
            return;
        }
    };
    mapped.chars().for_each(out);
}

/// The folded text as it is written, one character at a time. The German transliterations
/// "ae", "oe", "ue" become the vowel alone as they arrive (an "e" right after "a", "o" or
/// "u" is left out), which is what replacing "ae", then "oe", then "ue" in the whole text
/// gives: a left-out "e" never brings two letters together that form another pair.
struct Folded {
    text: String,
    /// The last character written or left out.
    last: char,
}

impl Folded {
    fn push(&mut self, c: char) {
        if c == 'e' && matches!(self.last, 'a' | 'o' | 'u') {
            self.last = 'e';
            return;
        }
        self.text.push(c);
        self.last = c;
    }
}

/// Folds a whole text. The German transliterations "ae", "oe", "ue" are folded like the
/// umlauts they stand for, on both sides of a search, so "Aerztin" meets "Ärztin". One pass,
/// with a quick way for ASCII: the index folds every text of the dataset.
pub fn fold(text: &str) -> String {
    let mut folded = Folded {
        text: String::with_capacity(text.len()),
        last: ' ',
    };
    for c in text.chars() {
        if c.is_ascii() {
            folded.push(c.to_ascii_lowercase());
        } else {
            fold_char(c, |folded_char| folded.push(folded_char));
        }
    }
    folded.text
}

/// [`fold`] as it was first written (fold each character, then replace "ae", "oe" and
/// "ue" in turn): the reference the property tests compare the one-pass fold with.
#[cfg(any(test, feature = "testing"))]
pub fn fold_by_replacing(text: &str) -> String {
    let mut folded = String::new();
    for c in text.chars() {
        fold_char(c, |folded_char| folded.push(folded_char));
    }
    folded
        .replace("ae", "a")
        .replace("oe", "o")
        .replace("ue", "u")
}

/// Letters kept of one word. The longest German compounds in use have about 40; a longer
/// "word" is noise (or an attack), and every per-word step (suffixes, typo distance) stays
/// bounded by this.
pub const MAX_WORD_CHARS: usize = 64;

/// The folded words of a text: "Seniorenbüro Innenstadt-West" → ["seniorenburo",
/// "innenstadt", "west"]. Each word is cut to [`MAX_WORD_CHARS`].
pub fn words(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for_each_word(&fold(text), |word| found.push(word.to_string()));
    found
}

/// Calls `visit` with each word of an already folded text, cut to [`MAX_WORD_CHARS`],
/// without making a string of each (the index meets hundreds of thousands of words).
pub fn for_each_word(folded: &str, mut visit: impl FnMut(&str)) {
    for word in folded.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        // A word of at most MAX_WORD_CHARS bytes has at most as many characters.
        let cut = if word.len() <= MAX_WORD_CHARS {
            word
        } else {
            word.char_indices()
                .nth(MAX_WORD_CHARS)
                .map_or(word, |(end, _)| &word[..end])
        };
        visit(cut);
    }
}

/// Words that carry no meaning in a search ("Hilfe für Senioren in der Stadt").
pub fn is_stopword(word: &str) -> bool {
    const STOPWORDS: [&str; 38] = [
        "und", "oder", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einer",
        "fur", "in", "im", "am", "an", "zum", "zur", "mit", "bei", "von", "vom", "auf", "fuer",
        "ich", "suche", "mein", "meine", "the", "and", "for", "of", "a", "to", "with", "my", "at",
    ];
    STOPWORDS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_runaway_word_is_cut() {
        let long = "a".repeat(1_000_000);
        let found = words(&format!("Pflege {long} Heim"));
        assert_eq!(found.len(), 3);
        assert_eq!(found[1].chars().count(), MAX_WORD_CHARS);
        assert_eq!(found[2], "heim");
    }

    #[test]
    fn umlauts_and_sharp_s_in_both_spellings() {
        assert_eq!(fold("Straße"), fold("Strasse"));
        assert_eq!(fold("Ärztin"), fold("Aerztin"));
        assert_eq!(fold("Ärztin"), "arztin");
        assert_eq!(fold("Übung"), fold("Uebung"));
        assert_eq!(fold("Größe"), fold("Groesse"));
        assert_eq!(fold("SENIORENBÜRO"), fold("seniorenbuero"));
    }

    #[test]
    fn other_diacritics() {
        assert_eq!(fold("Şükrü Çelik"), "sukru celik");
        assert_eq!(fold("İsmail Yılmaz"), "ismail yilmaz");
        assert_eq!(fold("Frédéric Façade"), "frederic facade");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Ёлка"), "елка");
    }

    #[test]
    fn words_split_at_hyphens_and_punctuation() {
        assert_eq!(
            words("Stadtteilbüro Innenstadt-West/Kotten"),
            vec!["stadtteilburo", "innenstadt", "west", "kotten"]
        );
        assert_eq!(
            words("„Mein-Dein-Unser Weg“"),
            vec!["mein", "dein", "unser", "weg"]
        );
        assert_eq!(
            words("Консультации для пожилых"),
            vec!["консультации", "для", "пожилых"]
        );
    }

    #[test]
    fn stopwords() {
        assert!(is_stopword("und") && is_stopword("fur"));
        assert!(!is_stopword("pflege"));
    }
}
