//! The shortlist (Merkliste): service ids kept on the device, no account.

/// Entries a list holds, and a shared link may show: a week's worth of appointments many
/// times over, few enough that a crafted link (`?ids=` with 100,000 ids) draws one page.
pub const MAX_ENTRIES: usize = 100;

/// The ids of a shared list (`/merkliste?ids=a,b`): only well-formed ids, each once, at
/// most [`MAX_ENTRIES`].
pub fn shared_ids(param: &str) -> Vec<String> {
    // `add` keeps only well-formed ids, each once, up to the cap.
    let mut list = Shortlist::default();
    for id in param.split(',') {
        list.add(id);
    }
    list.ids
}

/// Ids in the order they were saved.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shortlist {
    ids: Vec<String>,
}

impl Shortlist {
    /// Reads what storage held; anything unreadable is an empty list, never an error page.
    pub fn from_storage(text: Option<&str>) -> Shortlist {
        let ids: Vec<String> = text
            // As bytes: the reader the dataset's loader has.
            .and_then(|t| serde_json::from_slice(t.as_bytes()).ok())
            .unwrap_or_default();
        let mut list = Shortlist::default();
        for id in ids {
            list.add(&id);
        }
        list
    }

    pub fn to_storage(&self) -> String {
        serde_json::to_string(&self.ids).unwrap_or_else(|_| "[]".to_string())
    }

    pub fn contains(&self, id: &str) -> bool {
        self.ids.iter().any(|i| i == id)
    }

    pub fn add(&mut self, id: &str) {
        if !self.contains(id) && super::load::is_id(id) && self.ids.len() < MAX_ENTRIES {
            self.ids.push(id.to_string());
        }
    }

    pub fn remove(&mut self, id: &str) {
        self.ids.retain(|i| i != id);
    }

    pub fn toggle(&mut self, id: &str) {
        if self.contains(id) {
            self.remove(id)
        } else {
            self.add(id)
        }
    }

    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_remove_toggle_and_keep_order() {
        let mut list = Shortlist::default();
        list.add("b");
        list.add("a");
        list.add("b");
        assert_eq!(list.ids(), ["b", "a"]);
        list.toggle("b");
        assert_eq!(list.ids(), ["a"]);
        list.toggle("c");
        assert!(list.contains("c") && list.len() == 2);
        list.remove("a");
        assert_eq!(list.ids(), ["c"]);
    }

    #[test]
    fn a_shared_link_shows_each_good_id_once_and_at_most_a_page() {
        assert_eq!(shared_ids("a,b,,a,B?x=1,c"), ["a", "b", "c"]);
        let crafted = vec!["x"; 100_000].join(",");
        assert_eq!(shared_ids(&crafted), ["x"]);
        let many: Vec<String> = (0..1000).map(|i| format!("s{i}")).collect();
        assert_eq!(shared_ids(&many.join(",")).len(), MAX_ENTRIES);
        let mut list = Shortlist::default();
        for id in &many {
            list.add(id);
        }
        assert_eq!(list.len(), MAX_ENTRIES, "the own list is capped too");
    }

    #[test]
    fn storage_round_trip_and_garbage() {
        let mut list = Shortlist::default();
        list.add("x");
        list.add("y");
        assert_eq!(Shortlist::from_storage(Some(&list.to_storage())), list);
        assert!(Shortlist::from_storage(Some("{kaputt")).is_empty());
        assert!(Shortlist::from_storage(None).is_empty());
        assert_eq!(
            Shortlist::from_storage(Some(r#"["a","a",""]"#)).ids(),
            ["a"]
        );
    }
}
