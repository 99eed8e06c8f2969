//! A link as a QR code, large, with its target written underneath: the kiosk's way to let a
//! visitor take a link home on their own phone without leaving the app.

use crate::domain::qr::qr_path;
use leptos::prelude::*;

#[component]
pub fn QrCode(
    /// What the code holds (`https://…`, `tel:…`, `mailto:…`).
    target: String,
    /// Words under the code (what it is).
    caption: String,
) -> impl IntoView {
    match qr_path(&target) {
        Ok(qr) => {
            let view_box = format!("0 0 {0} {0}", qr.size);
            let shown_target = target.clone();
            let label = caption.clone();
            view! {
                <figure class="ww-qr" data-qr-target=target>
                    <svg class="ww-qr__code" viewBox=view_box role="img" aria-label=label shape-rendering="crispEdges">
                        <rect width="100%" height="100%" fill="#ffffff" />
                        <path d=qr.path fill="#000000" />
                    </svg>
                    <figcaption class="ww-qr__caption">{caption} <span class="ww-qr__target">{shown_target}</span></figcaption>
                </figure>
            }
            .into_any()
        }
        Err(_) => view! { <p class="ww-qr__target">{caption} " " {target}</p> }.into_any(),
    }
}
