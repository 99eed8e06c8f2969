//! Русский: UI texts in plain, polite Russian (formal "вы").

use super::Strings;

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

pub static STRINGS: Strings = Strings {
    app_name: "Wegweiser",
    tagline: "Помощь и предложения для пожилых людей",
    skip_link: "Перейти к содержанию",
    nav_label: "Главное меню",
    loading: "Предложения загружаются …",
    services_heading: "Предложения",
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
    error_heading: "Не удалось загрузить предложения",
    error_unreachable:
        "Сейчас нет соединения. Пожалуйста, проверьте подключение к интернету.",
    error_status: |status| format!("Сервер не передал данные (ошибка {status})."),
    error_malformed: |line, column| {
        format!("Файл с данными повреждён (строка {line}, столбец {column}).")
    },
    error_not_dataset: "В загруженном файле нет предложений.",
    error_version:
        "Файл с данными предназначен для более новой версии сайта Wegweiser. Пожалуйста, перезагрузите страницу.",
    error_invalid: |part| format!("Часть файла с данными содержит ошибку: «{part}»."),
    error_hint: "Пожалуйста, попробуйте ещё раз чуть позже.",
    retry: "Попробовать ещё раз",
    help_heading: "Помощь по телефону",
    call: |phone| format!("Позвонить: {phone}"),
    footer_label: "Помощь и контакты",
    page_title: |city| format!("Wegweiser {city} – помощь в пожилом возрасте"),
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
    clock: |minutes| format!("{}:{:02}", (minutes / 60) % 24, minutes % 60),
    span: |from, to| format!("{from}–{to}"),
    clock_alone: |time| time.to_string(),
    and: "и",
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
    closed_on_holidays: "В праздничные дни закрыто",
    closure: |reason, from, to| match reason {
        Some(reason) => format!("{reason}: с {from} по {to}"),
        None => format!("Закрыто с {from} по {to}"),
    },
    date: |day, month, year| format!("{day} {month} {year}"),
    weekday_date: |weekday, day, month| format!("{weekday}, {day} {month}"),
    day_closed: "закрыто",
    holiday: |name| format!("Праздничный день ({name})"),
    host: |name| format!("на месте: {name}"),
    irregular_hours:
        "Время работы меняется. Пожалуйста, прочитайте сведения ниже или позвоните.",
    today: "сегодня",
    tomorrow: "завтра",
    at_day_time: |day_text, time| match day(day_text) {
        Some(d) => format!("{} в {time}", d.on),
        None => format!("{day_text} в {time}"),
    },
    on_date: |date| date.to_string(),
    state_open: "Сейчас открыто",
    state_open_until: |when| {
        if when.starts_with(|c: char| c.is_ascii_digit()) {
            format!("Сейчас открыто до {when}")
        } else {
            format!("Сейчас открыто, закроется {when}")
        }
    },
    state_closed: "Закрыто",
    state_closed_opens: |when| format!("Закрыто – откроется {when}"),
    state_by_appointment: "Только по предварительной записи",
    state_unknown: "Время работы точно не известно – пожалуйста, позвоните",
    state_holiday: "Праздничный день: пожалуйста, позвоните заранее",
    state_no_hours: "Постоянное время работы не указано",
    not_found_heading: "Такой страницы нет",
    not_found_text: "Возможно, ссылка устарела или этого предложения больше нет.",
    back_to_start: "На главную страницу",
    agenda_home_link: "Расписание на 14 дней",
    agenda_more_days: "Показать следующие дни",
    add_to_calendar: "Добавить в календарь",
    plan_heading: "Мой план на неделю",
    plan_intro: "Ваш список как план на сегодня и следующие шесть дней. Распечатанный, он помещается на одну страницу.",
    plan_link: "Показать как план на неделю",
    plan_nothing: "Ничего нет",
    plan_no_times: "Без постоянного времени в эти дни",
    plan_phone: "Тел.",
    nav_agenda: "Расписание",
    agenda_heading: "Расписание",
    agenda_intro: "Что проходит в ближайшие 14 дней: мероприятия и регулярные часы приёма и работы, по дням.",
    agenda_span_label: "Период",
    agenda_fortnight: "14 дней",
    agenda_today: "Сегодня",
    agenda_this_week: "Эта неделя",
    agenda_next_week: "Следующая неделя",
    agenda_empty_day: "На этот день ничего не указано.",
    agenda_regular: "Регулярно",
    agenda_event: "Мероприятие",
    agenda_unsure: "Не точно – пожалуйста, позвоните заранее",
    agenda_no_time: "Время неизвестно",
    agenda_count: |n| format!("Записей: {n}"),
    agenda_continues: |until| match until { Some(t) => format!("Продолжение, до {t}"), None => "Продолжение с предыдущего дня".to_string() },
    agenda_show_all: |n| format!("Показать все записи этого дня ({n})"),
    nav_start: "Главная",
    nav_about: "О сайте Wegweiser",
    start_intro: "Здесь вы найдёте консультации, места встреч и помощь для пожилых людей и их родственников.",
    search_label: "Что вы ищете?",
    search_hint: "Например: уход, деменция, место встреч, доверенность",
    search_button: "Найти",
    needs_heading: "Темы",
    district_heading: "Предложения в вашем районе",
    district_label: "Район",
    district_all: "Все районы",
    district_button: "Показать предложения",
    open_now_link: "Что сейчас открыто?",
    results_heading: "Предложения",
    filters_heading: "Уточнить поиск",
    filter_open_now: "Открыто сейчас",
    filter_open_today: "Открыто сегодня",
    filter_walk_in: "Без записи",
    filter_free: "Бесплатно",
    filter_step_free: "Вход без ступенек",
    filter_home_visits: "Визиты на дом",
    filter_language_label: "Язык общения",
    language_any: "Любой",
    active_filters: "Ваш выбор:",
    clear_all: "Сбросить всё",
    empty_heading: "К сожалению, ничего не найдено",
    empty_text: "Попробуйте другое слово или выберите тему.",
    did_you_mean: "Может быть, вы имели в виду:",
    empty_help: "Или позвоните нам. Мы с радостью вам поможем.",
    citywide: "Весь город",
    place_unknown: "Место: пожалуйста, уточните",
    save: "Запомнить",
    saved_remove: "Запомнено – убрать",
    back_to_results: "Назад к предложениям",
    hours_heading: "Время работы",
    next_days_heading: "Ближайшие 7 дней",
    contact_heading: "Контакты",
    ask_at: "Подробности можно узнать здесь:",
    no_hours_no_contact: "Источники не указывают для этого предложения ни времени, ни контакта. Пожалуйста, спросите здесь:",
    address_heading: "Адрес",
    copy_address: "Скопировать адрес",
    copied: "Адрес скопирован.",
    copy_failed: "Скопировать не получилось. Пожалуйста, перепишите адрес.",
    transit_label: "Как добраться:",
    accessibility_heading: "Доступность",
    step_free: "Вход без ступенек",
    lift: "Лифт",
    accessible_toilet: "Туалет для людей с инвалидностью",
    hearing_loop: "Индукционная петля для слуховых аппаратов",
    yes: "да",
    no: "нет",
    about_service_heading: "Полезно знать",
    languages_label: "Языки:",
    cost_free: "Бесплатно",
    cost_paid: "Платно",
    cost_donation: "За добровольное пожертвование",
    cost_unknown: "Стоимость: пожалуйста, уточните",
    appointment_required: "Только по записи",
    appointment_recommended: "Лучше записаться заранее",
    walk_in: "Без записи: можно просто прийти",
    home_visits: "Возможны визиты на дом",
    target_groups_label: "Для кого:",
    events_heading: "Мероприятия",
    registration: "Запись:",
    event_past: "(уже прошло)",
    event_taken_place: "Это мероприятие уже состоялось.",
    website: "Сайт",
    hours_on_service_page: "Часы работы — на странице услуги",
    regular_hours: "Обычные часы:",
    checked_unknown: "Неизвестно, когда эти сведения проверяли в последний раз.",
    stale_warning: "Этим сведениям больше года. Пожалуйста, позвоните заранее.",
    report_mistake: "Сообщить об ошибке",
    report_by_phone: "Нашли ошибку? Пожалуйста, сообщите о ней по телефону:",
    maintainer_unknown: "В источниках не указано, кто ведёт эти данные.",
    mistake_subject: "Ошибка на сайте Wegweiser",
    share: "Поделиться",
    link_copied: "Ссылка скопирована.",
    share_fallback_label: "Ссылка, чтобы поделиться",
    print: "Распечатать",
    alert_label: "Внимание",
    shortlist_heading: "Мой список",
    shortlist_full: "Список избранного заполнен (100 записей). Пожалуйста, сначала удалите одну запись.",
    shortlist_intro: "Ваш список хранится только на этом устройстве. Больше его никто не видит.",
    shortlist_empty: "Ваш список пуст. Нажмите «Запомнить» у нужного предложения.",
    storage_blocked: "Ваш браузер не разрешает сохранять данные. Список сохранится только до закрытия страницы.",
    about_heading: "О сайте Wegweiser",
    about_data_heading: "Данные",
    a11y_heading: "Заявление о доступности",
    a11y_text: "Сайт Wegweiser должен быть удобен для всех. Он соответствует требованиям BITV 2.0 и WCAG 2.2 на уровне AA, а во многих пунктах – на уровне AAA. Каждая страница автоматически проверяется при каждом изменении.",
    a11y_feedback: "Вы столкнулись с препятствием? Пожалуйста, напишите нам:",
    imprint_heading: "Выходные данные",
    privacy_heading: "Защита данных",
    privacy_text: "Wegweiser не собирает о вас никаких данных. Здесь нет рекламы, счётчиков и файлов cookie. Ваш список остаётся на вашем устройстве. Страница ничего не загружает с других серверов.",
    apply_filters: "Применить",
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
    chip_text: |q| format!("Поиск: {q}"),
    chip_language: |l| format!("Язык: {l}"),
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
    offline_notice: "Нет подключения к интернету. Wegweiser показывает последние загруженные данные.",
    update_available: "Доступна новая версия",
    update_now: "Обновить сейчас",
    data_of: |date| format!("Данные собраны {date}"),
    settings_nav: "Настройки",
    settings_heading: "Настройки",
    settings_intro: "Здесь можно выбрать размер шрифта, цвета и язык.",
    text_size_legend: "Размер шрифта",
    theme_legend: "Цвета",
    theme_auto: "Как на моём устройстве",
    theme_standard: "Светлая тема",
    theme_contrast: "Высокий контраст",
    theme_dark: "Тёмная тема",
    language_legend: "Язык",
    settings_saved_note: "Ваши настройки сохраняются на этом устройстве.",
    read_aloud: "Прочитать вслух",
    stop_reading: "Остановить чтение",
    read_again: "Прочитать ещё раз",
    no_voice: "На вашем устройстве нет голоса для этого языка, поэтому чтение вслух здесь недоступно.",
    reading_status: "Идёт чтение вслух …",
    text_size_option: |percent| format!("{percent} %"),
    scan_to_call: "Отсканируйте код телефоном, чтобы позвонить",
    touch_to_start: "Коснитесь экрана, чтобы начать поиск",
    idle_heading: "Вы ещё здесь?",
    idle_continue: "Продолжить",
    restart: "Начать заново",
    take_away_heading: "С собой",
    take_away_text: "Отсканируйте код телефоном, и эта страница откроется на вашем телефоне.",
    print_slip: "Распечатать листок",
    read_page: "Прочитать эту страницу вслух",
    keyboard_label: "Экранная клавиатура",
    key_delete: "Удалить последний символ",
    key_clear: "Удалить всё",
    key_space: "Пробел",
    choose_language: "Выберите язык",
    idle_text: |n| format!("Осталось секунд: {n}. Затем Wegweiser начнётся заново, а ваш поиск будет удалён."),
    day_pair: |a, b| format!("{a} и {}", b.to_lowercase()),
};
