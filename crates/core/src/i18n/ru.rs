//! Русский: UI texts in plain, polite Russian (formal "вы").

use super::Formats;

/// Chooses the Russian plural form for `n`: one (1, 21, 101), few (2–4, 22–24) or many
/// (0, 5–20, 25–30, 111–114).
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

#[derive(Clone, Copy)]
enum Gender {
    Masculine,
    Feminine,
    Neuter,
}

fn by_gender(
    gender: Gender,
    masculine: &'static str,
    feminine: &'static str,
    neuter: &'static str,
) -> &'static str {
    match gender {
        Gender::Masculine => masculine,
        Gender::Feminine => feminine,
        Gender::Neuter => neuter,
    }
}

/// A weekday with the forms the texts need besides the nominative label.
struct Day {
    /// The label as in `weekdays`: "Среда".
    nominative: &'static str,
    /// "со среды" (start of a range).
    from: &'static str,
    /// "среду" (end of a range, after "по").
    to: &'static str,
    /// "в среду" (on that day).
    on: &'static str,
    gender: Gender,
}

static DAYS: [Day; 7] = [
    Day {
        nominative: "Понедельник",
        from: "с понедельника",
        to: "понедельник",
        on: "в понедельник",
        gender: Gender::Masculine,
    },
    Day {
        nominative: "Вторник",
        from: "со вторника",
        to: "вторник",
        on: "во вторник",
        gender: Gender::Masculine,
    },
    Day {
        nominative: "Среда",
        from: "со среды",
        to: "среду",
        on: "в среду",
        gender: Gender::Feminine,
    },
    Day {
        nominative: "Четверг",
        from: "с четверга",
        to: "четверг",
        on: "в четверг",
        gender: Gender::Masculine,
    },
    Day {
        nominative: "Пятница",
        from: "с пятницы",
        to: "пятницу",
        on: "в пятницу",
        gender: Gender::Feminine,
    },
    Day {
        nominative: "Суббота",
        from: "с субботы",
        to: "субботу",
        on: "в субботу",
        gender: Gender::Feminine,
    },
    Day {
        nominative: "Воскресенье",
        from: "с воскресенья",
        to: "воскресенье",
        on: "в воскресенье",
        gender: Gender::Neuter,
    },
];

/// The weekday named `name` (any case), if it is one of `weekdays`.
fn day(name: &str) -> Option<&'static Day> {
    let name = name.trim().to_lowercase();
    DAYS.iter().find(|d| d.nominative.to_lowercase() == name)
}

/// Capitalises the first letter ("с понедельника" → "С понедельника").
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The formatted texts; the fixed ones are in `public/i18n/ru.json`, fetched when the
/// language is chosen.
pub static FORMATS: Formats = Formats {
    services_count: |n| match n {
        0 => "Нет предложений".to_string(),
        n => format!(
            "{n} {}",
            plural(n, "предложение", "предложения", "предложений")
        ),
    },
    skipped_entries: |n| {
        format!(
            "{n} {} в данных {} и не {}.",
            plural(n, "запись", "записи", "записей"),
            plural(n, "содержит ошибку", "содержат ошибки", "содержат ошибки"),
            plural(n, "показывается", "показываются", "показываются"),
        )
    },
    error_status: |status| format!("Сервер не передал данные (ошибка {status})."),
    error_malformed: |line, column| {
        format!("Файл с данными повреждён (строка {line}, столбец {column}).")
    },
    error_invalid: |part| format!("Часть файла с данными содержит ошибку: «{part}»."),
    call: |phone| format!("Позвонить: {phone}"),
    page_title: |city| format!("Wegweiser {city} – помощь в пожилом возрасте"),
    search_examples: |examples| format!("Например: {}", examples.join(", ")),
    weekdays: [
        "Понедельник",
        "Вторник",
        "Среда",
        "Четверг",
        "Пятница",
        "Суббота",
        "Воскресенье",
    ],
    // Genitive forms: they are only used in dates ("20 июля 2026").
    months: [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    clock: |minutes| format!("{}:{:02}", super::hour(minutes), minutes % 60),
    span: |from, to| format!("{from}–{to}"),
    clock_alone: |time| time.to_string(),
    day_range: |first, last| match (day(first), day(last)) {
        (Some(first), Some(last)) => capitalized(&format!("{} по {}", first.from, last.to)),
        _ => format!("{first} – {last}"),
    },
    nth_weekday: |nth, weekday| {
        let (gender, name) = match day(weekday) {
            Some(d) => (d.gender, d.nominative.to_lowercase()),
            None => (Gender::Masculine, weekday.to_string()),
        };
        let every = by_gender(gender, "каждый", "каждая", "каждое");
        let which = match nth {
            -1 => by_gender(gender, "последний", "последняя", "последнее").to_string(),
            1 => by_gender(gender, "первый", "первая", "первое").to_string(),
            2 => by_gender(gender, "второй", "вторая", "второе").to_string(),
            3 => by_gender(gender, "третий", "третья", "третье").to_string(),
            4 => by_gender(gender, "четвёртый", "четвёртая", "четвёртое").to_string(),
            5 => by_gender(gender, "пятый", "пятая", "пятое").to_string(),
            n if n < 0 => format!(
                "{}-{} с конца",
                n.unsigned_abs(),
                by_gender(gender, "й", "я", "е")
            ),
            n => format!("{n}-{}", by_gender(gender, "й", "я", "е")),
        };
        format!("{every} {which} {name} месяца")
    },
    maybe: |reason| match reason {
        Some(reason) => format!("({reason})"),
        None => "(не точно)".to_string(),
    },
    closure: |reason, from, to| match (reason, from == to) {
        (Some(reason), true) => format!("{reason}: {from}"),
        (None, true) => format!("Закрыто {from}"),
        (Some(reason), false) => format!("{reason}: с {from} по {to}"),
        (None, false) => format!("Закрыто с {from} по {to}"),
    },
    date: |day, month, year| format!("{day} {month} {year}"),
    weekday_date: |weekday, day, month| format!("{weekday}, {day} {month}"),
    holiday: |name| format!("Праздничный день ({name})"),
    host: |name| format!("на месте: {name}"),
    at_day_time: |day_text, time| match day(day_text) {
        Some(d) => format!("{} в {time}", d.on),
        None => format!("{day_text} в {time}"),
    },
    on_date: |date| date.to_string(),
    state_open_until: |when| {
        if when.starts_with(|c: char| c.is_ascii_digit()) {
            format!("Сейчас открыто до {when}")
        } else {
            format!("Сейчас открыто, закроется {when}")
        }
    },
    state_closed_opens: |when| format!("Закрыто – откроется {when}"),
    agenda_count: |n| format!("Записей: {n}"),
    agenda_continues: |until| match until {
        Some(t) => format!("Продолжение, до {t}"),
        None => "Продолжение с предыдущего дня".to_string(),
    },
    agenda_show_all: |n| format!("Показать все записи этого дня ({n})"),
    nav_shortlist: |n| {
        if n == 0 {
            "Мой список".to_string()
        } else {
            format!("Мой список ({n})")
        }
    },
    start_heading: |city| format!("Помощь и предложения в городе {city}"),
    results_for: |q| format!("Предложения по запросу «{q}»"),
    chip_need: |n| format!("Тема: {n}"),
    chip_district: |d| format!("Район: {d}"),
    chip_language: |l| format!("Язык: {l}"),
    maybe_count: |n| format!("Ещё возможно подойдёт: {n}"),
    filter_open_day: |d| format!("Открыто: {d}"),
    remove_filter: |f| format!("Убрать: {f}"),
    show_more: |n| {
        format!(
            "Показать ещё {n} {}",
            plural(n, "предложение", "предложения", "предложений")
        )
    },
    without_district: |n| {
        format!(
            "Показать {n} {} во всех районах",
            plural(n, "предложение", "предложения", "предложений")
        )
    },
    save_named: |name| format!("Запомнить: {name}"),
    saved_named: |name| format!("Запомнено – убрать: {name}"),
    source_text: |t| format!("Так указано в источнике: {t}"),
    rotation_text: |hosts| format!("На месте по очереди: {hosts}"),
    mail_to: |address| format!("Написать письмо: {address}"),
    minimum_age: |age| {
        format!(
            "Для людей от {age} {}",
            plural(usize::from(age), "года", "лет", "лет")
        )
    },
    event_places: |n| format!("{n} {}", plural(n as usize, "место", "места", "мест")),
    checked_on: |date| format!("Последняя проверка: {date}"),
    source_label: |s| format!("Источник: {s}"),
    language_name: |code| match code {
        "de" => "немецкий".to_string(),
        "en" => "английский".to_string(),
        "tr" => "турецкий".to_string(),
        "ru" => "русский".to_string(),
        "uk" => "украинский".to_string(),
        "ar" => "арабский".to_string(),
        "pl" => "польский".to_string(),
        "fr" => "французский".to_string(),
        other => other.to_uppercase(),
    },
    saved_status: |name| format!("«{name}» теперь в вашем списке."),
    removed_status: |name| format!("«{name}» больше нет в вашем списке."),
    shortlist_missing: |n| {
        if n == 1 {
            "Одного запомненного предложения больше нет.".to_string()
        } else {
            format!(
                "{n} {} больше не {}.",
                plural(
                    n,
                    "запомненное предложение",
                    "запомненных предложения",
                    "запомненных предложений"
                ),
                plural(n, "существует", "существуют", "существуют"),
            )
        }
    },
    maintained_by: |who| format!("Данные ведёт: {who}"),
    licence: |l| format!("Лицензия: {l}"),
    imprint_text: |who| format!("Ответственный за содержание: {who}."),
    call_named: |phone, name| format!("Позвонить: {phone} ({name})"),
    data_of: |date| format!("Данные собраны {date}"),
    text_size_option: |percent| format!("{percent} %"),
    idle_text: |n| {
        format!("Осталось секунд: {n}. Затем Wegweiser начнётся заново, а ваш поиск будет удалён.")
    },
    day_pair: |a, b| format!("{a} и {}", b.to_lowercase()),
};
