//! Edit distance with a bound, for typo tolerance: one edit for words of 4 or more letters,
//! two for 8 or more. Transposed neighbours ("Plfege") count as one edit.

/// How many edits a query word of `len` characters may have.
pub fn allowed_edits(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Optimal string alignment distance between `a` and `b`, or `None` when it exceeds `max`.
pub fn within(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let width = b.len() + 1;
    let mut previous2 = vec![0usize; width];
    let mut previous: Vec<usize> = (0..width).collect();
    let mut current = vec![0usize; width];
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = current[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut value = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                value = value.min(previous2[j - 2] + 1);
            }
            current[j] = value;
            row_min = row_min.min(value);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut previous2, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    let distance = previous[b.len()];
    (distance <= max).then_some(distance)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: &str, b: &str, max: usize) -> Option<usize> {
        within(
            &a.chars().collect::<Vec<_>>(),
            &b.chars().collect::<Vec<_>>(),
            max,
        )
    }

    #[test]
    fn edits() {
        assert_eq!(d("pflge", "pflege", 1), Some(1), "a missing letter");
        assert_eq!(d("plfege", "pflege", 1), Some(1), "swapped neighbours");
        assert_eq!(d("pflehe", "pflege", 1), Some(1), "a wrong letter");
        assert_eq!(d("pfllege", "pflege", 1), Some(1), "a doubled letter");
        assert_eq!(d("demnz", "demenz", 1), Some(1));
        assert_eq!(d("vergeslichkiet", "vergesslichkeit", 2), Some(2));
        assert_eq!(d("vergeslichkiet", "vergesslichkeit", 1), None);
        assert_eq!(d("haus", "maus", 0), None);
        assert_eq!(d("haus", "haus", 0), Some(0));
    }

    #[test]
    fn allowed_edits_grow_with_length() {
        assert_eq!(allowed_edits(3), 0);
        assert_eq!(allowed_edits(4), 1);
        assert_eq!(allowed_edits(7), 1);
        assert_eq!(allowed_edits(8), 2);
    }
}
