//! Українська: the UI in Ukrainian, for the many Ukrainian users in the city. Polite
//! form ("ви") throughout, plural forms one/few/many, dates with month names in the
//! genitive ("20 липня 2026") and 24-hour times ("10:00–12:00").

use super::Formats;

/// Ukrainian plural form for `n`: one (1, 21, 31 …), few (2–4, 22–24 …) or many
/// (0, 5–20, 25–30 …; 11–14 are always many).
fn plural(n: usize, one: &'static str, few: &'static str, many: &'static str) -> &'static str {
    let (last, last_two) = (n % 10, n % 100);
    if last == 1 && last_two != 11 {
        one
    } else if (2..=4).contains(&last) && !(12..=14).contains(&last_two) {
        few
    } else {
        many
    }
}

/// Weekday names as the UI shows them (nominative, Monday first).
const WEEKDAYS: [&str; 7] = [
    "Понеділок",
    "Вівторок",
    "Середа",
    "Четвер",
    "П’ятниця",
    "Субота",
    "Неділя",
];

/// Weekdays in the accusative, for "в понеділок", "в середу".
const WEEKDAYS_ACCUSATIVE: [&str; 7] = [
    "понеділок",
    "вівторок",
    "середу",
    "четвер",
    "п’ятницю",
    "суботу",
    "неділю",
];

/// Weekdays in the genitive, for "з понеділка".
const WEEKDAYS_GENITIVE: [&str; 7] = [
    "понеділка",
    "вівторка",
    "середи",
    "четверга",
    "п’ятниці",
    "суботи",
    "неділі",
];

/// The position of a weekday name the UI produced, if it is one.
fn weekday_index(day: &str) -> Option<usize> {
    WEEKDAYS.iter().position(|name| *name == day)
}

/// Середа, П’ятниця, Субота and Неділя are feminine.
fn weekday_is_feminine(index: usize) -> bool {
    matches!(index, 2 | 4 | 5 | 6)
}

/// "в" or "у" before a word: "у" before в/ф to avoid "в в…".
fn in_before(word: &str) -> &'static str {
    match word.chars().next() {
        Some('в' | 'В' | 'ф' | 'Ф') => "у",
        _ => "в",
    }
}

/// "о 10:00", but "об 11:00" (об одинадцятій).
fn at_time(time: &str) -> String {
    if time.starts_with("11") {
        format!("об {time}")
    } else {
        format!("о {time}")
    }
}

/// A monthly ordinal in the accusative, agreeing with the weekday's gender.
fn ordinal(nth: i8, feminine: bool) -> String {
    let word = match (nth, feminine) {
        (1, false) => "перший",
        (1, true) => "першу",
        (2, false) => "другий",
        (2, true) => "другу",
        (3, false) => "третій",
        (3, true) => "третю",
        (4, false) => "четвертий",
        (4, true) => "четверту",
        (5, false) => "п’ятий",
        (5, true) => "п’яту",
        (-1, false) => "останній",
        (-1, true) => "останню",
        (-2, false) => "передостанній",
        (-2, true) => "передостанню",
        (n, false) if n > 0 => return format!("{n}-й"),
        (n, true) if n > 0 => return format!("{n}-у"),
        (n, false) => return format!("{}-й з кінця", n.unsigned_abs()),
        (n, true) => return format!("{}-у з кінця", n.unsigned_abs()),
    };
    word.to_string()
}

/// The formatted texts; the fixed ones are in `public/i18n/uk.json`, fetched when the
/// language is chosen.
pub static FORMATS: Formats = Formats {
    services_count: |n| match n {
        0 => "Немає пропозицій".to_string(),
        n => format!(
            "{n} {}",
            plural(n, "пропозиція", "пропозиції", "пропозицій")
        ),
    },
    skipped_entries: |n| {
        format!(
            "{n} {} у даних {} помилки і не {}.",
            plural(n, "запис", "записи", "записів"),
            plural(n, "містить", "містять", "містять"),
            plural(n, "показується", "показуються", "показуються"),
        )
    },
    error_status: |status| format!("Сервер не надав дані (помилка {status})."),
    error_malformed: |line, column| {
        format!("Файл даних пошкоджено (рядок {line}, стовпець {column}).")
    },
    error_invalid: |part| format!("Частина файлу даних містить помилку: «{part}»."),
    call: |phone| format!("Зателефонувати: {phone}"),
    page_title: |city| format!("Wegweiser {city} – допомога людям похилого віку"),
    search_examples: |examples| format!("Наприклад: {}", examples.join(", ")),
    weekdays: WEEKDAYS,
    months: [
        "січня",
        "лютого",
        "березня",
        "квітня",
        "травня",
        "червня",
        "липня",
        "серпня",
        "вересня",
        "жовтня",
        "листопада",
        "грудня",
    ],
    clock: |minutes| format!("{:02}:{:02}", super::hour(minutes), minutes % 60),
    span: |from, to| format!("{from}–{to}"),
    clock_alone: |time| time.to_string(),
    day_range: |first, last| match (weekday_index(first), weekday_index(last)) {
        (Some(first), Some(last)) => format!(
            "З {} по {}",
            WEEKDAYS_GENITIVE[first], WEEKDAYS_ACCUSATIVE[last]
        ),
        _ => format!("{first} – {last}"),
    },
    nth_weekday: |nth, weekday| match weekday_index(weekday) {
        Some(index) => {
            let ordinal = ordinal(nth, weekday_is_feminine(index));
            format!(
                "щомісяця {} {ordinal} {}",
                in_before(&ordinal),
                WEEKDAYS_ACCUSATIVE[index]
            )
        }
        None => {
            let ordinal = ordinal(nth, false);
            format!("щомісяця {} {ordinal} {weekday}", in_before(&ordinal))
        }
    },
    maybe: |reason| match reason {
        Some(reason) => format!("({reason})"),
        None => "(не напевно)".to_string(),
    },
    closure: |reason, from, to| match (reason, from == to) {
        (reason, true) => format!("{}: {from}", reason.unwrap_or("Зачинено")),
        (Some(reason), false) => format!("{reason}: з {from} до {to}"),
        (None, false) => format!("Зачинено: з {from} до {to}"),
    },
    date: |day, month, year| format!("{day} {month} {year}"),
    weekday_date: |weekday, day, month| format!("{weekday}, {day} {month}"),
    holiday: |name| format!("Святковий день ({name})"),
    host: |name| format!("проводить: {name}"),
    at_day_time: |day, time| match weekday_index(day) {
        Some(index) => {
            let day = WEEKDAYS_ACCUSATIVE[index];
            format!("{} {day} {}", in_before(day), at_time(time))
        }
        None => format!("{day} {}", at_time(time)),
    },
    on_date: |date| date.to_string(),
    state_open_until: |when| {
        if when.contains(' ') {
            // A day and a time ("завтра о 02:00"): "до" would need other case forms.
            format!("Зараз відчинено, зачиниться {when}")
        } else {
            format!("Зараз відчинено до {when}")
        }
    },
    state_closed_opens: |when| format!("Зачинено – відчиниться {when}"),
    agenda_count: |n| format!("Записів: {n}"),
    agenda_continues: |until| match until {
        Some(t) => format!("Продовження, до {t}"),
        None => "Продовження з попереднього дня".to_string(),
    },
    agenda_show_all: |n| format!("Показати всі записи цього дня ({n})"),
    nav_shortlist: |n| {
        if n == 0 {
            "Мій список".to_string()
        } else {
            format!("Мій список ({n})")
        }
    },
    start_heading: |city| format!("Допомога та пропозиції в місті {city}"),
    results_for: |q| format!("Пропозиції за запитом «{q}»"),
    chip_need: |n| format!("Тема: {n}"),
    chip_district: |d| format!("Район: {d}"),
    chip_language: |l| format!("Мова: {l}"),
    maybe_count: |n| format!("Ще можливо підійде: {n}"),
    filter_open_day: |d| format!("Відчинено: {d}"),
    remove_filter: |f| format!("Прибрати: {f}"),
    show_more: |n| {
        format!(
            "Показати ще {n} {}",
            plural(n, "пропозицію", "пропозиції", "пропозицій")
        )
    },
    without_district: |n| {
        format!(
            "Показати {n} {} в усіх районах",
            plural(n, "пропозицію", "пропозиції", "пропозицій")
        )
    },
    save_named: |name| format!("Зберегти: {name}"),
    saved_named: |name| format!("Збережено – видалити: {name}"),
    source_text: |t| format!("Так написано в джерелі: {t}"),
    rotation_text: |hosts| format!("Приймають по черзі: {hosts}"),
    mail_to: |address| format!("Написати на {address}"),
    minimum_age: |age| {
        format!(
            "Для людей від {age} {}",
            plural(usize::from(age), "року", "років", "років")
        )
    },
    event_places: |n| {
        let n = n as usize;
        format!("{n} {}", plural(n, "місце", "місця", "місць"))
    },
    checked_on: |date| format!("Востаннє перевірено {date}"),
    source_label: |s| format!("Джерело: {s}"),
    language_name: |code| match code {
        "de" => "німецька".to_string(),
        "en" => "англійська".to_string(),
        "tr" => "турецька".to_string(),
        "ru" => "російська".to_string(),
        "uk" => "українська".to_string(),
        "ar" => "арабська".to_string(),
        "pl" => "польська".to_string(),
        "fr" => "французька".to_string(),
        other => other.to_uppercase(),
    },
    saved_status: |name| format!("«{name}» тепер у вашому списку."),
    removed_status: |name| format!("«{name}» більше немає у вашому списку."),
    shortlist_missing: |n| match n {
        1 => "Однієї збереженої пропозиції більше немає.".to_string(),
        n => format!(
            "{n} {} більше не {}.",
            plural(
                n,
                "збережена пропозиція",
                "збережені пропозиції",
                "збережених пропозицій"
            ),
            plural(n, "існує", "існують", "існує"),
        ),
    },
    maintained_by: |who| format!("Дані веде: {who}"),
    licence: |l| format!("Ліцензія: {l}"),
    imprint_text: |who| format!("Відповідальний за зміст: {who}."),
    call_named: |phone, name| format!("Зателефонувати: {phone} ({name})"),
    data_of: |date| format!("Дані зібрано {date}"),
    text_size_option: |percent| format!("{percent} %"),
    idle_text: |n| {
        format!("Залишилося секунд: {n}. Потім Wegweiser почнеться спочатку, а ваш пошук буде видалено.")
    },
    day_pair: |a, b| format!("{a} і {}", b.to_lowercase()),
};
