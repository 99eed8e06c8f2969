//! The sitemap of the pages rendered at build time (`bin/prerender.rs`), native only. A
//! sitemap file lists at most 50,000 addresses (sitemaps.org): a city of more pages gets
//! `sitemap.xml` as an index of `sitemap-1.xml`, `sitemap-2.xml`, … instead.

/// Addresses in one sitemap file, at most (sitemaps.org's limit).
pub const MAX_URLS: usize = 50_000;

/// Text for HTML and XML: the characters that would start markup or end an attribute.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The sitemap files for `paths`, as (file name, content): `sitemap.xml` listing them all
/// when they fit, else `sitemap.xml` as the index of files of at most [`MAX_URLS`] each.
/// Addresses are absolute where the dataset gives its public address (`base`); else
/// root-relative, which search engines ignore (the files still list the pages for people).
pub fn files(base: Option<&str>, paths: &[String]) -> Vec<(String, String)> {
    let base = escape(base.unwrap_or(""));
    let urlset = |paths: &[String]| {
        let urls: String = paths
            .iter()
            .map(|p| format!("  <url><loc>{base}{}</loc></url>\n", escape(p)))
            .collect();
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{urls}</urlset>\n"
        )
    };
    if paths.len() <= MAX_URLS {
        return vec![("sitemap.xml".to_string(), urlset(paths))];
    }
    let parts: Vec<(String, String)> = paths
        .chunks(MAX_URLS)
        .enumerate()
        .map(|(n, chunk)| (format!("sitemap-{}.xml", n + 1), urlset(chunk)))
        .collect();
    let entries: String = parts
        .iter()
        .map(|(name, _)| format!("  <sitemap><loc>{base}/{name}</loc></sitemap>\n"))
        .collect();
    let index = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{entries}</sitemapindex>\n"
    );
    std::iter::once(("sitemap.xml".to_string(), index))
        .chain(parts)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("/service/s{i}")).collect()
    }

    #[test]
    fn a_city_that_fits_has_one_file() {
        let files = files(Some("https://wegweiser.example.org"), &paths(3));
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].0, "sitemap.xml");
        assert!(files[0]
            .1
            .contains("<loc>https://wegweiser.example.org/service/s2</loc>"));
        assert_eq!(files[0].1.matches("<url>").count(), 3);
    }

    #[test]
    fn a_larger_city_gets_an_index_of_files_of_at_most_50000_addresses() {
        let all = paths(2 * MAX_URLS + 1);
        let files = files(Some("https://w.example"), &all);
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "sitemap.xml",
                "sitemap-1.xml",
                "sitemap-2.xml",
                "sitemap-3.xml"
            ]
        );
        assert!(files[0].1.contains("<sitemapindex"));
        assert!(files[0]
            .1
            .contains("<loc>https://w.example/sitemap-3.xml</loc>"));
        let counts: Vec<usize> = files[1..]
            .iter()
            .map(|(_, xml)| xml.matches("<url>").count())
            .collect();
        assert_eq!(counts, [MAX_URLS, MAX_URLS, 1]);
        let listed: usize = counts.iter().sum();
        assert_eq!(listed, all.len(), "every page in one file");
        assert!(files[3].1.contains("/service/s100000</loc>"));
    }

    #[test]
    fn addresses_are_escaped() {
        let files = files(None, &["/suche?need=a&b".to_string()]);
        assert!(files[0].1.contains("<loc>/suche?need=a&amp;b</loc>"));
    }
}
