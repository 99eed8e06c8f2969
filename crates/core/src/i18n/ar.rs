//! العربية (Arabic): plain Modern Standard Arabic, shown right-to-left.
//!
//! The reader is addressed with the polite plural (أنتم), which is also neutral between
//! men and women. Numbers, times and dates use Western digits; phone numbers and e-mail
//! addresses are wrapped in Unicode isolates (U+2068 … U+2069) so that the bidirectional
//! algorithm does not reorder their parts.

use super::Formats;

/// The form an Arabic noun takes after a number.
enum Count {
    /// 0: usually said with "لا توجد …".
    Zero,
    /// 1: the noun followed by "واحد/واحدة", without the digit.
    One,
    /// 2: the dual, without the digit.
    Two,
    /// 3–10 (and 103–110, …): number + plural noun.
    Few,
    /// 11–99 (and 111–199, …): number + singular noun in the accusative (تمييز منصوب).
    Many,
    /// 100, 101, 102, 200, …: number + singular noun in the genitive.
    Hundreds,
}

fn count_form(n: usize) -> Count {
    match n {
        0 => Count::Zero,
        1 => Count::One,
        2 => Count::Two,
        _ => match n % 100 {
            3..=10 => Count::Few,
            11..=99 => Count::Many,
            _ => Count::Hundreds,
        },
    }
}

/// "الأول", "الثاني", … for the weekday of a month ("يوم الأربعاء الأول من كل شهر").
fn ordinal(nth: i8) -> Option<&'static str> {
    match nth {
        1 => Some("الأول"),
        2 => Some("الثاني"),
        3 => Some("الثالث"),
        4 => Some("الرابع"),
        5 => Some("الخامس"),
        -1 => Some("الأخير"),
        -2 => Some("قبل الأخير"),
        _ => None,
    }
}

/// The formatted texts; the fixed ones are in `public/i18n/ar.json`, fetched when the
/// language is chosen.
pub static FORMATS: Formats = Formats {
    services_count: |n| match count_form(n) {
        Count::Zero => "لا توجد خدمات".to_string(),
        Count::One => "خدمة واحدة".to_string(),
        Count::Two => "خدمتان".to_string(),
        Count::Few => format!("{n} خدمات"),
        Count::Many | Count::Hundreds => format!("{n} خدمة"),
    },
    skipped_entries: |n| match count_form(n) {
        Count::Zero => "كل الإدخالات في البيانات سليمة.".to_string(),
        Count::One => "إدخال واحد في البيانات فيه خطأ، ولذلك لا يُعرض.".to_string(),
        Count::Two => "إدخالان في البيانات فيهما أخطاء، ولذلك لا يُعرضان.".to_string(),
        Count::Few => format!("{n} إدخالات في البيانات فيها أخطاء، ولذلك لا تُعرض."),
        Count::Many => format!("{n} إدخالًا في البيانات فيها أخطاء، ولذلك لا تُعرض."),
        Count::Hundreds => format!("{n} إدخال في البيانات فيها أخطاء، ولذلك لا تُعرض."),
    },
    error_status: |status| format!("لم يُرسل الخادم البيانات (رمز الخطأ {status})."),
    error_malformed: |line, column| format!("ملف البيانات تالف (السطر {line}، العمود {column})."),
    error_invalid: |part| format!("جزء من ملف البيانات فيه خطأ: «\u{2068}{part}\u{2069}»."),
    call: |phone| format!("اتصال: \u{2068}{phone}\u{2069}"),
    page_title: |city| format!("Wegweiser {city} – مساعدة لكبار السن"),
    search_examples: |examples| format!("مثلًا: {}", examples.join("، ")),
    weekdays: [
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الأحد",
    ],
    months: [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    clock: |minutes| format!("{:02}:{:02}", super::hour(minutes), minutes % 60),
    span: |from, to| format!("{from}–{to}"),
    clock_alone: |time| format!("الساعة {time}"),
    day_range: |first, last| format!("من {first} إلى {last}"),
    nth_weekday: |nth, weekday| match ordinal(nth) {
        Some(ordinal) => format!("يوم {weekday} {ordinal} من كل شهر"),
        None => format!("يوم {weekday} رقم {nth} من كل شهر"),
    },
    maybe: |reason| match reason {
        Some(reason) => format!("({reason})"),
        None => "(غير مؤكد)".to_string(),
    },
    closure: |reason, from, to| match (reason, from == to) {
        (reason, true) => format!("{}: {from}", reason.unwrap_or("مغلق")),
        (Some(reason), false) => format!("{reason}: من {from} إلى {to}"),
        (None, false) => format!("مغلق: من {from} إلى {to}"),
    },
    date: |day, month, year| format!("{day} {month} {year}"),
    weekday_date: |weekday, day, month| format!("{weekday}، {day} {month}"),
    holiday: |name| format!("عطلة رسمية ({name})"),
    host: |name| format!("الجهة الموجودة في المكان: {name}"),
    at_day_time: |day, time| format!("{day} {time}"),
    on_date: |date| format!("يوم {date}"),
    state_open_until: |when| format!("مفتوح الآن حتى {when}"),
    state_closed_opens: |when| format!("مغلق – يفتح {when}"),
    agenda_count: |n| format!("عدد المواعيد: {n}"),
    agenda_continues: |until| match until {
        Some(t) => format!("متواصل حتى {t}"),
        None => "متواصل من اليوم السابق".to_string(),
    },
    agenda_show_all: |n| format!("عرض كل مواعيد هذا اليوم ({n})"),
    nav_shortlist: |n| {
        if n == 0 {
            "قائمتي".to_string()
        } else {
            format!("قائمتي ({n})")
        }
    },
    start_heading: |city| format!("المساعدة والخدمات في {city}"),
    results_for: |q| format!("الخدمات المتعلقة بـ«{q}»"),
    chip_need: |n| format!("الموضوع: {n}"),
    chip_district: |d| format!("الحي: {d}"),
    chip_language: |l| format!("اللغة: {l}"),
    maybe_count: |n| format!("قد يناسب أيضًا: {n}"),
    filter_open_day: |d| format!("مفتوح يوم {d}"),
    remove_filter: |f| format!("إزالة: {f}"),
    show_more: |n| match count_form(n) {
        Count::Zero => "لا توجد خدمات أخرى".to_string(),
        Count::One => "عرض خدمة أخرى".to_string(),
        Count::Two => "عرض خدمتين أخريين".to_string(),
        Count::Few => format!("عرض {n} خدمات أخرى"),
        Count::Many | Count::Hundreds => format!("عرض {n} خدمة أخرى"),
    },
    without_district: |n| match count_form(n) {
        Count::Zero => "عرض الخدمات في كل الأحياء".to_string(),
        Count::One => "عرض خدمة واحدة في كل الأحياء".to_string(),
        Count::Two => "عرض خدمتين في كل الأحياء".to_string(),
        Count::Few => format!("عرض {n} خدمات في كل الأحياء"),
        Count::Many | Count::Hundreds => format!("عرض {n} خدمة في كل الأحياء"),
    },
    save_named: |name| format!("حفظ: {name}"),
    saved_named: |name| format!("محفوظ – إزالة: {name}"),
    source_text: |t| format!("هكذا ورد في المصدر: {t}"),
    rotation_text: |hosts| format!("بالتناوب في المكان: {hosts}"),
    mail_to: |address| format!("بريد إلكتروني إلى \u{2068}{address}\u{2069}"),
    minimum_age: |age| format!("للأشخاص من سن {age} فما فوق"),
    event_places: |n| format!("عدد الأماكن: {n}"),
    checked_on: |date| format!("آخر تحقق من المعلومات: {date}"),
    source_label: |s| format!("المصدر: {s}"),
    language_name: |code| match code {
        "de" => "الألمانية".to_string(),
        "en" => "الإنجليزية".to_string(),
        "tr" => "التركية".to_string(),
        "ru" => "الروسية".to_string(),
        "uk" => "الأوكرانية".to_string(),
        "ar" => "العربية".to_string(),
        "pl" => "البولندية".to_string(),
        "fr" => "الفرنسية".to_string(),
        other => other.to_uppercase(),
    },
    saved_status: |name| format!("تمت إضافة «{name}» إلى قائمتكم."),
    removed_status: |name| format!("تمت إزالة «{name}» من قائمتكم."),
    shortlist_missing: |n| match count_form(n) {
        Count::Zero => "كل الخدمات المحفوظة ما زالت موجودة.".to_string(),
        Count::One => "إحدى الخدمات المحفوظة لم تعد موجودة.".to_string(),
        Count::Two => "خدمتان محفوظتان لم تعودا موجودتين.".to_string(),
        Count::Few => format!("{n} خدمات محفوظة لم تعد موجودة."),
        Count::Many | Count::Hundreds => format!("{n} خدمة محفوظة لم تعد موجودة."),
    },
    maintained_by: |who| format!("الجهة المسؤولة عن البيانات: {who}"),
    licence: |l| format!("الترخيص: {l}"),
    imprint_text: |who| format!("المسؤول عن المحتوى: {who}."),
    call_named: |phone, name| format!("اتصال: \u{2068}{phone}\u{2069} (\u{2068}{name}\u{2069})"),
    data_of: |date| format!("تاريخ تجميع البيانات: {date}"),
    text_size_option: |percent| format!("{percent}%"),
    idle_text: |n| {
        format!("الثواني المتبقية: {n}. بعدها يبدأ Wegweiser من جديد وتُحذف عملية البحث.")
    },
    day_pair: |a, b| format!("{a} و{b}"),
};
