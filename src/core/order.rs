//! Putting lists in order. Every list is sorted as a list of (rank, place), so the sort's
//! code (several kilobytes for each kind of item sorted) is sent once, not once per kind.

/// Puts `items` in order of `rank` (words, then a number), smallest first, or largest
/// first if `descending`; items of equal rank keep the order they had.
pub fn sort_by_rank<T>(items: &mut Vec<T>, descending: bool, rank: impl Fn(&T) -> (String, i64)) {
    let order = places_in_order(items.iter().map(rank).collect(), descending);
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    *items = order
        .into_iter()
        .filter_map(|at| slots.get_mut(at)?.take())
        .collect();
}

/// The places of `ranks` in the order they go; kept apart (and not inlined) so that the
/// sort is compiled once.
#[inline(never)]
fn places_in_order(ranks: Vec<(String, i64)>, descending: bool) -> Vec<usize> {
    // The place counts down when descending, so that after reversing, ties are still in
    // the order they had.
    let place = |i: usize| if descending { usize::MAX - i } else { i };
    let mut order: Vec<(String, i64, usize)> = ranks
        .into_iter()
        .enumerate()
        .map(|(i, (words, number))| (words, number, place(i)))
        .collect();
    order.sort_unstable();
    if descending {
        order.reverse();
    }
    order.into_iter().map(|(_, _, at)| place(at)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_either_way_and_ties_keep_their_order() {
        let mut items = vec![("b", 1), ("a", 2), ("b", 0), ("a", 1)];
        sort_by_rank(&mut items, false, |(w, _)| (w.to_string(), 0));
        assert_eq!(items, [("a", 2), ("a", 1), ("b", 1), ("b", 0)]);
        sort_by_rank(&mut items, true, |(w, _)| (w.to_string(), 0));
        assert_eq!(items, [("b", 1), ("b", 0), ("a", 2), ("a", 1)]);
        sort_by_rank(&mut items, true, |(w, n)| (w.to_string(), *n));
        assert_eq!(items, [("b", 1), ("b", 0), ("a", 2), ("a", 1)]);
        sort_by_rank(&mut items, false, |(_, n)| (String::new(), *n));
        assert_eq!(items, [("b", 0), ("b", 1), ("a", 1), ("a", 2)]);
    }
}
