//! Українська: the UI in Ukrainian, for the many Ukrainian users in the city. Polite
//! form ("ви") throughout, plural forms one/few/many, dates with month names in the
//! genitive ("20 липня 2026") and 24-hour times ("10:00–12:00").

use super::Strings;

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

pub static STRINGS: Strings = Strings {
    app_name: "Wegweiser",
    tagline: "Допомога та пропозиції для людей похилого віку",
    skip_link: "Перейти до основного змісту",
    nav_label: "Головна навігація",
    loading: "Пропозиції завантажуються …",
    services_heading: "Пропозиції",
    services_count: |n| match n {
        0 => "Немає пропозицій".to_string(),
        n => format!("{n} {}", plural(n, "пропозиція", "пропозиції", "пропозицій")),
    },
    skipped_entries: |n| {
        format!(
            "{n} {} у даних {} помилки і не {}.",
            plural(n, "запис", "записи", "записів"),
            plural(n, "містить", "містять", "містять"),
            plural(n, "показується", "показуються", "показуються"),
        )
    },
    error_heading: "Не вдалося завантажити пропозиції",
    error_unreachable:
        "Зараз немає з’єднання. Будь ласка, перевірте підключення до інтернету.",
    error_status: |status| format!("Сервер не надав дані (помилка {status})."),
    error_malformed: |line, column| {
        format!("Файл даних пошкоджено (рядок {line}, стовпець {column}).")
    },
    error_not_dataset: "Завантажений файл не містить пропозицій.",
    error_version:
        "Файл даних призначений для новішої версії Wegweiser. Будь ласка, перезавантажте сторінку.",
    error_invalid: |part| format!("Частина файлу даних містить помилку: «{part}»."),
    error_hint: "Будь ласка, спробуйте ще раз за хвилину.",
    retry: "Спробувати ще раз",
    help_heading: "Допомога телефоном",
    call: |phone| format!("Зателефонувати: {phone}"),
    footer_label: "Допомога та контакти",
    page_title: |city| format!("Wegweiser {city} – допомога людям похилого віку"),
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
    clock: |minutes| format!("{:02}:{:02}", (minutes / 60) % 24, minutes % 60),
    span: |from, to| format!("{from}–{to}"),
    clock_alone: |time| time.to_string(),
    and: "і",
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
    closed_on_holidays: "У святкові дні зачинено",
    closure: |reason, from, to| match reason {
        Some(reason) => format!("{reason}: з {from} до {to}"),
        None => format!("Зачинено: з {from} до {to}"),
    },
    date: |day, month, year| format!("{day} {month} {year}"),
    weekday_date: |weekday, day, month| format!("{weekday}, {day} {month}"),
    day_closed: "зачинено",
    holiday: |name| format!("Святковий день ({name})"),
    host: |name| format!("проводить: {name}"),
    irregular_hours: "Час роботи змінюється. Будь ласка, прочитайте інформацію нижче або зателефонуйте.",
    today: "сьогодні",
    tomorrow: "завтра",
    at_day_time: |day, time| match weekday_index(day) {
        Some(index) => {
            let day = WEEKDAYS_ACCUSATIVE[index];
            format!("{} {day} {}", in_before(day), at_time(time))
        }
        None => format!("{day} {}", at_time(time)),
    },
    on_date: |date| date.to_string(),
    state_open: "Зараз відчинено",
    state_open_until: |when| {
        if when.contains(' ') {
            // A day and a time ("завтра о 02:00"): "до" would need other case forms.
            format!("Зараз відчинено, зачиниться {when}")
        } else {
            format!("Зараз відчинено до {when}")
        }
    },
    state_closed: "Зачинено",
    state_closed_opens: |when| format!("Зачинено – відчиниться {when}"),
    state_by_appointment: "Лише за попереднім записом",
    state_unknown: "Години роботи неточні – будь ласка, зателефонуйте",
    state_holiday: "Святковий день: будь ласка, зателефонуйте заздалегідь",
    state_no_hours: "Постійні години роботи не вказано",
    not_found_heading: "Такої сторінки не існує",
    not_found_text: "Можливо, посилання застаріло або цієї пропозиції більше немає.",
    back_to_start: "На головну сторінку",
    agenda_home_link: "Розклад на 14 днів",
    agenda_more_days: "Показати наступні дні",
    add_to_calendar: "Додати до календаря",
    plan_heading: "Мій план на тиждень",
    plan_intro: "Ваш список як план на сьогодні й наступні шість днів. Надрукований, він уміщується на одну сторінку.",
    plan_link: "Показати як план на тиждень",
    plan_nothing: "Нічого немає",
    plan_no_times: "Без сталого часу в ці дні",
    plan_phone: "Тел.",
    nav_agenda: "Розклад",
    agenda_heading: "Розклад",
    agenda_intro: "Що відбувається в найближчі 14 днів: заходи та регулярні години прийому й роботи, день за днем.",
    agenda_span_label: "Період",
    agenda_fortnight: "14 днів",
    agenda_today: "Сьогодні",
    agenda_this_week: "Цей тиждень",
    agenda_next_week: "Наступний тиждень",
    agenda_empty_day: "На цей день нічого не вказано.",
    agenda_regular: "Регулярно",
    agenda_event: "Захід",
    agenda_unsure: "Не точно – будь ласка, зателефонуйте заздалегідь",
    agenda_no_time: "Час невідомий",
    agenda_count: |n| format!("Записів: {n}"),
    agenda_continues: |until| match until { Some(t) => format!("Продовження, до {t}"), None => "Продовження з попереднього дня".to_string() },
    agenda_show_all: |n| format!("Показати всі записи цього дня ({n})"),
    nav_start: "Головна",
    nav_about: "Про Wegweiser",
    start_intro: "Тут ви знайдете консультації, місця зустрічей і допомогу для людей похилого віку та їхніх рідних.",
    search_label: "Що ви шукаєте?",
    search_hint: "Наприклад: догляд, деменція, місце зустрічей, довіреність",
    search_button: "Шукати",
    needs_heading: "Теми",
    district_heading: "Пропозиції у вашому районі",
    district_label: "Район",
    district_all: "Усі райони",
    district_button: "Показати пропозиції",
    open_now_link: "Що зараз відчинено?",
    results_heading: "Пропозиції",
    filters_heading: "Уточнити пошук",
    filter_open_now: "Зараз відчинено",
    filter_open_today: "Відчинено сьогодні",
    filter_walk_in: "Без попереднього запису",
    filter_free: "Безкоштовно",
    filter_step_free: "Доступ без сходинок",
    filter_home_visits: "Візити додому",
    filter_language_label: "Мова спілкування",
    language_any: "Будь-яка",
    active_filters: "Ваш вибір:",
    clear_all: "Скинути все",
    empty_heading: "На жаль, нічого не знайдено",
    empty_text: "Спробуйте інше слово або виберіть тему.",
    did_you_mean: "Можливо, ви мали на увазі:",
    empty_help: "Або зателефонуйте нам. Ми охоче допоможемо.",
    citywide: "Усе місто",
    place_unknown: "Місце: будь ласка, уточніть",
    save: "Зберегти",
    saved_remove: "Збережено – видалити",
    back_to_results: "Назад до пропозицій",
    hours_heading: "Години роботи",
    next_days_heading: "Найближчі 7 днів",
    contact_heading: "Контакти",
    ask_at: "Подробиці можна дізнатися тут:",
    no_hours_no_contact: "Джерела не вказують для цієї пропозиції ні часу, ні контакту. Будь ласка, запитайте тут:",
    address_heading: "Адреса",
    copy_address: "Копіювати адресу",
    copied: "Адресу скопійовано.",
    copy_failed: "Не вдалося скопіювати. Будь ласка, перепишіть адресу.",
    transit_label: "Як дістатися:",
    accessibility_heading: "Доступність",
    step_free: "Вхід без сходинок",
    lift: "Ліфт",
    accessible_toilet: "Безбар’єрний туалет",
    hearing_loop: "Індукційна петля для слухових апаратів",
    yes: "так",
    no: "ні",
    about_service_heading: "Корисно знати",
    languages_label: "Мови:",
    cost_free: "Безкоштовно",
    cost_paid: "Платно",
    cost_donation: "За добровільну пожертву",
    cost_unknown: "Вартість: будь ласка, уточніть",
    appointment_required: "Лише за записом",
    appointment_recommended: "Радимо записатися заздалегідь",
    walk_in: "Без запису: можна просто прийти",
    home_visits: "Можливі візити додому",
    target_groups_label: "Для кого:",
    events_heading: "Заходи",
    registration: "Реєстрація:",
    event_past: "(уже відбулося)",
    event_taken_place: "Цей захід уже відбувся.",
    website: "Вебсайт",
    hours_on_service_page: "Години роботи — на сторінці послуги",
    regular_hours: "Звичайні години:",
    checked_unknown: "Невідомо, коли цю інформацію перевіряли востаннє.",
    stale_warning: "Цій інформації понад рік. Будь ласка, зателефонуйте перед візитом.",
    report_mistake: "Повідомити про помилку",
    report_by_phone: "Знайшли помилку? Будь ласка, повідомте про неї телефоном:",
    maintainer_unknown: "У джерелах не вказано, хто веде ці дані.",
    mistake_subject: "Помилка у Wegweiser",
    share: "Поділитися",
    link_copied: "Посилання скопійовано.",
    share_fallback_label: "Посилання, щоб поділитися",
    print: "Друкувати",
    alert_label: "Примітка",
    shortlist_heading: "Мій список",
    shortlist_full: "Список обраного заповнений (100 записів). Будь ласка, спочатку видаліть один запис.",
    shortlist_intro: "Ваш список зберігається лише на цьому пристрої. Ніхто інший його не бачить.",
    shortlist_empty: "Ваш список порожній. Натисніть «Зберегти» біля пропозиції.",
    storage_blocked: "Ваш браузер не дозволяє зберігати дані. Список діятиме, доки ви не закриєте сторінку.",
    about_heading: "Про Wegweiser",
    about_data_heading: "Дані",
    a11y_heading: "Заява про доступність",
    a11y_text: "Wegweiser має бути зручним для всіх. Він відповідає вимогам BITV 2.0 і WCAG 2.2 на рівні AA, а в багатьох пунктах – на рівні AAA. Кожен екран автоматично перевіряється після кожної зміни.",
    a11y_feedback: "Ви натрапили на перешкоду? Будь ласка, напишіть нам:",
    imprint_heading: "Вихідні дані (Impressum)",
    privacy_heading: "Захист даних",
    privacy_text: "Wegweiser не збирає жодних даних про вас. Тут немає реклами, лічильників і файлів cookie. Ваш список залишається на вашому пристрої. Сторінка нічого не завантажує з інших серверів.",
    apply_filters: "Застосувати",
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
    chip_text: |q| format!("Пошук: {q}"),
    chip_language: |l| format!("Мова: {l}"),
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
    offline_notice: "Немає з’єднання з інтернетом. Wegweiser показує дані, завантажені востаннє.",
    update_available: "Доступна нова версія",
    update_now: "Оновити зараз",
    data_of: |date| format!("Дані зібрано {date}"),
    settings_nav: "Налаштування",
    settings_heading: "Налаштування",
    settings_intro: "Тут можна налаштувати розмір шрифту, кольори та мову.",
    text_size_legend: "Розмір шрифту",
    theme_legend: "Кольори",
    theme_auto: "Як на моєму пристрої",
    theme_standard: "Світла",
    theme_contrast: "Висока контрастність",
    theme_dark: "Темна",
    language_legend: "Мова",
    settings_saved_note: "Ваші налаштування зберігаються на цьому пристрої.",
    read_aloud: "Прочитати вголос",
    stop_reading: "Зупинити читання",
    read_again: "Прочитати ще раз",
    no_voice: "На вашому пристрої немає голосу для цієї мови, тому читання вголос тут неможливе.",
    reading_status: "Триває читання вголос …",
    text_size_option: |percent| format!("{percent} %"),
    scan_to_call: "Відскануйте код телефоном, щоб зателефонувати",
    touch_to_start: "Торкніться екрана, щоб почати пошук",
    idle_heading: "Ви ще тут?",
    idle_continue: "Продовжити",
    restart: "Почати знову",
    take_away_heading: "З собою",
    take_away_text: "Відскануйте код телефоном, і ця сторінка відкриється на вашому телефоні.",
    print_slip: "Надрукувати аркуш",
    read_page: "Прочитати цю сторінку вголос",
    keyboard_label: "Екранна клавіатура",
    key_delete: "Видалити останній символ",
    key_clear: "Видалити все",
    key_space: "Пробіл",
    choose_language: "Виберіть мову",
    idle_text: |n| format!("Залишилося секунд: {n}. Потім Wegweiser почнеться спочатку, а ваш пошук буде видалено."),
    day_pair: |a, b| format!("{a} і {}", b.to_lowercase()),
};
