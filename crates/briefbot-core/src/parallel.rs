//! Work split across the machine's cores.

/// Most threads a fan-out starts. Loading and decoding read files as much as they compute, and
/// past a handful of threads more only contend for the disk and the allocator.
const MAX_THREADS: usize = 8;

/// Splits `items` into contiguous chunks, one per core (at most [`MAX_THREADS`]), runs `work` on
/// each chunk on its own thread and returns the chunks' results in the order of the chunks. So
/// results come back in the order of the items whatever the machine, which keeps errors
/// reported, and ties ranked, the same way everywhere. No chunk is empty, so an empty `items`
/// starts no thread.
pub(crate) fn fan_out<T, R>(items: &[T], work: impl Fn(&[T]) -> R + Sync) -> Vec<R>
where
    T: Sync,
    R: Send,
{
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, MAX_THREADS);
    let chunk = items.len().div_ceil(threads).max(1);
    let work = &work;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || work(part)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a fanned-out task does not panic"))
            .collect()
    })
}
