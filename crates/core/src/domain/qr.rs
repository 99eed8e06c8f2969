//! QR codes, drawn as one SVG path (no markup strings, no network): the kiosk shows links
//! as codes a visitor scans with their own phone.

use qrcode::{Color, EcLevel, QrCode};

/// A QR code as an SVG path over a `size` × `size` view box (a 4-module quiet zone included).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPath {
    pub size: usize,
    pub path: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooLong;

const QUIET: usize = 4;

pub fn qr_path(text: &str) -> Result<QrPath, TooLong> {
    let code =
        QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).map_err(|_| TooLong)?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if colors[y * width + x] == Color::Dark {
                let start = x;
                while x < width && colors[y * width + x] == Color::Dark {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + QUIET,
                    y + QUIET,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    Ok(QrPath {
        size: width + 2 * QUIET,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_path_with_quiet_zone() {
        let qr = qr_path("https://www.kaiserslautern.de/seniorenbeirat").unwrap();
        let modules = qr.size - 2 * QUIET;
        assert_eq!(
            (modules - 17) % 4,
            0,
            "a QR version has 17 + 4v modules: {modules}"
        );
        assert!(
            qr.path.starts_with("M4 4h7v1h-7z"),
            "the top-left finder pattern: {}",
            &qr.path[..40]
        );
        assert_eq!(
            qr_path("https://www.kaiserslautern.de/seniorenbeirat"),
            Ok(qr.clone()),
            "stable"
        );
        assert_ne!(qr_path("tel:+496313650").unwrap(), qr);
    }

    #[test]
    fn too_long_is_an_error_not_a_panic() {
        assert_eq!(qr_path(&"x".repeat(5000)), Err(TooLong));
    }
}
