//! The shortlist (Merkliste): service ids kept on the device, no account.

/// Ids in the order they were saved.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shortlist {
    ids: Vec<String>,
}

impl Shortlist {
    /// Reads what storage held; anything unreadable is an empty list, never an error page.
    pub fn from_storage(text: Option<&str>) -> Shortlist {
        let ids: Vec<String> = text
            .and_then(|t| serde_json::from_str(t).ok())
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
        if !self.contains(id) && !id.is_empty() {
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
