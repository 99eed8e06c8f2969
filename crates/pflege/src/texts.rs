//! The workspace's words in German and English. Each call site gives both, so a text is
//! never missing in one language. The validator's own messages are English for now.

use wegweiser_keeping::workspace::{Concern, Refusal};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    De,
    En,
}

impl Lang {
    /// The app's chosen language when it is English, else German.
    pub fn from_settings(settings: Option<&str>) -> Lang {
        let chosen = settings
            .and_then(|s| serde_json::from_str::<serde_json::Value>(s).ok())
            .and_then(|v| {
                v.get("language")
                    .and_then(|l| l.as_str())
                    .map(str::to_string)
            });
        match chosen.as_deref() {
            Some("en") => Lang::En,
            _ => Lang::De,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// The German or the English words.
    pub fn t(self, de: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::De => de,
            Lang::En => en,
        }
    }

    pub fn concern(self, concern: &Concern) -> String {
        match concern {
            Concern::Errors => self.t("Fehler", "Errors").into(),
            Concern::Warnings => self.t("Warnungen", "Warnings").into(),
            Concern::NotVerified => self
                .t(
                    "Seit 12 Monaten oder nie geprüft",
                    "Not checked for 12 months, or never",
                )
                .into(),
            Concern::NoHours => self.t("Keine Öffnungszeiten", "No opening hours").into(),
            Concern::NoContact => self
                .t("Kein Telefon und keine E-Mail", "No phone and no e-mail")
                .into(),
            Concern::NoQuote => self
                .t("Kein Zitat aus der Quelle", "No quote from the source")
                .into(),
            Concern::MissingTranslation(lang) => match self {
                Lang::De => format!("Übersetzung fehlt: {lang}"),
                Lang::En => format!("Translation missing: {lang}"),
            },
            Concern::NoEasySummary => self
                .t(
                    "Keine Zusammenfassung in Leichter Sprache",
                    "No summary in Easy Language",
                )
                .into(),
        }
    }

    /// A message of the checks in this language (they write English).
    pub fn message(self, message: &str) -> String {
        match self {
            Lang::De => wegweiser_keeping::messages::in_german(message),
            Lang::En => message.to_string(),
        }
    }

    pub fn severity(self, severity: wegweiser_keeping::validate::Severity) -> &'static str {
        use wegweiser_keeping::validate::Severity;
        match severity {
            Severity::Error => self.t("Fehler", "Error"),
            Severity::Warning => self.t("Warnung", "Warning"),
            Severity::Note => self.t("Hinweis", "Note"),
        }
    }

    pub fn refusal(self, name: &str, refusal: &Refusal) -> String {
        match (self, refusal) {
            (Lang::De, Refusal::TooLarge(bytes)) => format!(
                "„{name}“ ist {} MB groß. Die Datenpflege öffnet Dateien bis {} MB. Ihr Entwurf bleibt, wie er war.",
                bytes / 1_000_000,
                wegweiser_keeping::workspace::MAX_FILE_BYTES / 1_000_000
            ),
            (Lang::En, Refusal::TooLarge(bytes)) => format!(
                "\"{name}\" is {} MB. The workspace opens files of up to {} MB. Your draft stays as it was.",
                bytes / 1_000_000,
                wegweiser_keeping::workspace::MAX_FILE_BYTES / 1_000_000
            ),
            (Lang::De, Refusal::NotJson(detail)) => format!(
                "„{name}“ ist keine JSON-Datei und auch keine Tabelle (CSV) ({detail}). Ihr Entwurf bleibt, wie er war."
            ),
            (Lang::En, Refusal::NotJson(detail)) => format!(
                "\"{name}\" is not a JSON file, nor a spreadsheet (CSV) ({detail}). Your draft stays as it was."
            ),
            (Lang::De, Refusal::NotADataset) => format!(
                "„{name}“ ist JSON, aber kein Wegweiser-Datensatz: es fehlen „meta“ oder „services“. Ihr Entwurf bleibt, wie er war."
            ),
            (Lang::En, Refusal::NotADataset) => format!(
                "\"{name}\" is JSON but not a Wegweiser dataset: \"meta\" or \"services\" is missing. Your draft stays as it was."
            ),
        }
    }
}
