//! Randomness that is identical on every platform: a SplitMix64 generator and integer Zipf
//! tables, never floating point, so generated libraries do not depend on a maths library.

/// SplitMix64: tiny, fast and identical everywhere.
pub(super) struct Rng(pub(super) u64);

impl Rng {
    pub(super) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (0 when `n` is 0).
    pub(super) fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next()) * n as u128) >> 64) as usize
    }

    /// Uniform in `lo..=hi`.
    pub(super) fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    pub(super) fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub(super) fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }

    /// An index drawn with Zipf-like weights from a cumulative table made by [`zipf_cdf`].
    pub(super) fn zipf(&mut self, cdf: &[u32]) -> usize {
        let x = self.below(cdf[cdf.len() - 1] as usize) as u32;
        cdf.partition_point(|&c| c <= x)
    }
}

pub(super) fn mix(a: u64, b: u64) -> u64 {
    Rng(a.wrapping_add(b.wrapping_mul(0xD1B5_4A32_D192_ED03))).next()
}

/// Cumulative weights `1/(i+1)` (Zipf with exponent 1), in integers.
pub(super) const fn zipf_cdf<const N: usize>() -> [u32; N] {
    let mut out = [0u32; N];
    let mut acc = 0u32;
    let mut i = 0;
    while i < N {
        acc += 1_000_000 / (i as u32 + 1);
        out[i] = acc;
        i += 1;
    }
    out
}
