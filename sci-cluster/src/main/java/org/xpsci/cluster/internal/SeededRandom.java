package org.xpsci.cluster.internal;

import java.security.SecureRandom;

/**
 * The random source of k-means initialisation: SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom
 * number generators", OOPSLA 2014) for uniform values and Marsaglia's polar method for normal deviates,
 * implemented here so that a seed fixes the stream independently of the JDK and of the backend. Numbers are
 * drawn on the host and turned into arrays with {@code asarray}, so a seeded run gives the same initial
 * centroids on every backend. NumPy's streams are not reproduced: a seed here and a seed in SciPy give
 * different draws.
 */
public final class SeededRandom {

    private long state;
    private double spareGaussian;
    private boolean hasSpare;

    private SeededRandom(long seed) {
        this.state = seed;
    }

    /** A generator from {@code seed}, or from fresh entropy when seed is null. */
    public static SeededRandom of(Long seed) {
        return new SeededRandom(seed != null ? seed : new SecureRandom().nextLong());
    }

    /** The next 64 random bits. */
    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform double in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A uniform integer in [0, bound), without modulo bias. */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive; got " + bound);
        }
        long limit = Long.MAX_VALUE - Long.MAX_VALUE % bound;
        long r;
        do {
            r = nextLong() >>> 1;
        } while (r >= limit);
        return r % bound;
    }

    /** A standard normal deviate (Marsaglia's polar method; the second of each pair is kept for the next call). */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * f;
        hasSpare = true;
        return u * f;
    }

    /**
     * {@code k} distinct integers drawn uniformly from [0, n), in random order (a partial Fisher-Yates shuffle
     * that stores only the swapped positions).
     *
     * @throws IllegalArgumentException when k exceeds n, in NumPy's words
     */
    public long[] distinct(long n, int k) {
        if (k > n) {
            throw new IllegalArgumentException("Cannot take a larger sample than population when 'replace=False'"
                    + " (asked for " + k + " distinct observations of " + n + ")");
        }
        java.util.Map<Long, Long> swapped = new java.util.HashMap<>();
        long[] out = new long[k];
        for (int i = 0; i < k; i++) {
            long j = i + nextLong(n - i);
            long atJ = swapped.getOrDefault(j, j);
            long atI = swapped.getOrDefault((long) i, (long) i);
            swapped.put(j, atI);
            out[i] = atJ;
        }
        return out;
    }
}
