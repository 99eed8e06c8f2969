//! Names (ids, postcodes) to their places in a list, looked up by binary search. Built once
//! from the dataset and read many times. One sorted list of one type instead of a hash map
//! per key and value type: the wasm carries one lookup, not a hash table's code for each.

/// A sorted list of names, each with its place.
pub struct Lookup<'a>(Vec<(&'a str, usize)>);

impl<'a> Lookup<'a> {
    /// The names with their places. A name given more than once keeps one place: `pick`
    /// chooses from the one kept so far and the next, in the order given.
    pub fn new(mut pairs: Vec<(&'a str, usize)>, pick: fn(usize, usize) -> usize) -> Self {
        // A stable sort: the places of one name stay in the order given.
        pairs.sort_by(|a, b| a.0.cmp(b.0));
        pairs.dedup_by(|next, kept| {
            let same = next.0 == kept.0;
            if same {
                kept.1 = pick(kept.1, next.1);
            }
            same
        });
        Lookup(pairs)
    }

    /// Each entry's id at its index; an id given twice keeps its first place.
    pub fn of_ids<T>(entries: &'a [T], id: impl Fn(&'a T) -> &'a str) -> Self {
        Lookup::new(entries.iter().map(id).zip(0..).collect(), |first, _| first)
    }

    pub fn get(&self, name: &str) -> Option<usize> {
        let at = self.0.binary_search_by(|(n, _)| (*n).cmp(name)).ok()?;
        Some(self.0[at].1)
    }

    pub fn contains(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_name_and_nothing_else() {
        let names = ["b", "a", "c"];
        let lookup = Lookup::of_ids(&names, |n| n);
        assert_eq!(
            ["a", "b", "c", "d", ""].map(|n| lookup.get(n)),
            [Some(1), Some(0), Some(2), None, None]
        );
        assert!(!lookup.is_empty() && lookup.contains("c") && !lookup.contains("d"));
        assert!(Lookup::new(Vec::new(), |a, _| a).is_empty());
    }

    #[test]
    fn a_name_given_twice_keeps_the_place_pick_chooses() {
        let pairs = vec![("x", 3), ("y", 1), ("x", 5), ("x", 7)];
        assert_eq!(
            Lookup::new(pairs.clone(), |first, _| first).get("x"),
            Some(3)
        );
        assert_eq!(Lookup::new(pairs.clone(), |_, last| last).get("x"), Some(7));
        let both = Lookup::new(pairs, |a, b| if a == b { a } else { usize::MAX });
        assert_eq!((both.get("x"), both.get("y")), (Some(usize::MAX), Some(1)));
    }
}
