//! Türkçe: Turkish texts of the UI, in plain and polite language (formal "siz").

use super::Formats;

/// The formatted texts; the fixed ones are in `public/i18n/tr.json`, fetched when the
/// language is chosen.
pub static FORMATS: Formats = Formats {
    services_count: |n| match n {
        0 => "Hizmet yok".to_string(),
        n => format!("{n} hizmet"),
    },
    skipped_entries: |n| format!("Verilerdeki {n} kayıt hatalı olduğu için gösterilmiyor."),
    error_status: |status| format!("Sunucu verileri göndermedi (hata {status})."),
    error_malformed: |line, column| format!("Veri dosyası bozuk (satır {line}, sütun {column})."),
    error_invalid: |part| format!("Veri dosyasının bir bölümü hatalı: “{part}”."),
    call: |phone| format!("Ara: {phone}"),
    page_title: |city| format!("Wegweiser {city} – yaşlılıkta yardım"),
    search_examples: |examples| format!("Örneğin: {}", examples.join(", ")),
    weekdays: [
        "Pazartesi",
        "Salı",
        "Çarşamba",
        "Perşembe",
        "Cuma",
        "Cumartesi",
        "Pazar",
    ],
    months: [
        "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
        "Kasım", "Aralık",
    ],
    clock: |minutes| format!("{:02}:{:02}", super::hour(minutes), minutes % 60),
    span: |from, to| format!("{from}–{to}"),
    clock_alone: |time| format!("saat {time}"),
    day_range: |first, last| format!("{first} ile {last} arası"),
    nth_weekday: |nth, weekday| match nth {
        -1 => format!("her ayın son {weekday} günü"),
        n => format!("her ayın {n}. {weekday} günü"),
    },
    maybe: |reason| match reason {
        Some(reason) => format!("({reason})"),
        None => "(kesin değil)".to_string(),
    },
    closure: |reason, from, to| match (reason, from == to) {
        (reason, true) => format!("{}: {from}", reason.unwrap_or("Kapalı")),
        (Some(reason), false) => format!("{reason}: {from} ile {to} arası"),
        (None, false) => format!("Kapalı: {from} ile {to} arası"),
    },
    date: |day, month, year| format!("{day} {month} {year}"),
    weekday_date: |weekday, day, month| format!("{day} {month} {weekday}"),
    holiday: |name| format!("Resmî tatil ({name})"),
    host: |name| format!("yer: {name}"),
    at_day_time: |day, time| format!("{day} {time}"),
    on_date: |date| format!("{date} tarihinde"),
    state_open_until: |when| format!("Şu an açık – kapanış: {when}"),
    state_closed_opens: |when| format!("Kapalı – açılış: {when}"),
    agenda_count: |n| format!("{n} kayıt"),
    agenda_continues: |until| match until {
        Some(t) => format!("Devam ediyor, {t} saatine kadar"),
        None => "Önceki günden devam ediyor".to_string(),
    },
    agenda_show_all: |n| format!("Bu günün {n} kaydının tümünü göster"),
    nav_shortlist: |n| {
        if n == 0 {
            "Listem".to_string()
        } else {
            format!("Listem ({n})")
        }
    },
    start_heading: |city| format!("{city} şehrinde yardım ve hizmetler"),
    results_for: |q| format!("“{q}” ile ilgili hizmetler"),
    chip_need: |n| format!("Konu: {n}"),
    chip_district: |d| format!("Semt: {d}"),
    chip_language: |l| format!("Dil: {l}"),
    maybe_count: |n| format!("{n} tane daha belki uygun"),
    filter_open_day: |d| format!("{d} günü açık"),
    remove_filter: |f| format!("Kaldır: {f}"),
    show_more: |n| format!("{n} hizmet daha göster"),
    without_district: |n| format!("Tüm semtlerdeki {n} hizmeti göster"),
    save_named: |name| format!("Listeme ekle: {name}"),
    saved_named: |name| format!("Listemde – çıkar: {name}"),
    source_text: |t| format!("Kaynakta yazan: {t}"),
    rotation_text: |hosts| format!("Sırayla şu yerlerde: {hosts}"),
    mail_to: |address| format!("E-posta gönder: {address}"),
    minimum_age: |age| format!("{age} yaş ve üzeri kişiler için"),
    event_places: |n| format!("{n} kişilik yer"),
    checked_on: |date| format!("Son kontrol: {date}"),
    source_label: |s| format!("Kaynak: {s}"),
    language_name: |code| match code {
        "de" => "Almanca".to_string(),
        "en" => "İngilizce".to_string(),
        "tr" => "Türkçe".to_string(),
        "ru" => "Rusça".to_string(),
        "uk" => "Ukraynaca".to_string(),
        "ar" => "Arapça".to_string(),
        "pl" => "Lehçe".to_string(),
        "fr" => "Fransızca".to_string(),
        other => other.to_uppercase(),
    },
    saved_status: |name| format!("“{name}” artık listenizde."),
    removed_status: |name| format!("“{name}” artık listenizde değil."),
    shortlist_missing: |n| {
        if n == 1 {
            "Listenizdeki bir hizmet artık yok.".to_string()
        } else {
            format!("Listenizdeki {n} hizmet artık yok.")
        }
    },
    maintained_by: |who| format!("Verileri güncelleyen: {who}"),
    licence: |l| format!("Lisans: {l}"),
    imprint_text: |who| format!("İçerikten sorumlu: {who}."),
    call_named: |phone, name| format!("Ara: {phone} ({name})"),
    data_of: |date| format!("Verilerin derlendiği tarih: {date}"),
    text_size_option: |percent| format!("%{percent}"),
    idle_text: |n| {
        format!("{n} saniye sonra Wegweiser yeniden başlayacak. Aramanız o zaman silinecek.")
    },
    day_pair: |a, b| format!("{a} ve {b}"),
};
