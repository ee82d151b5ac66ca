package org.xpsci.fft.internal;

/**
 * SciPy's {@code next_fast_len} and {@code prev_fast_len}: the nearest lengths whose prime factors are all in
 * {2, 3, 5, 7, 11} (complex transforms) or {2, 3, 5} (real transforms), found by enumerating the odd smooth
 * numbers and scaling each by a power of two.
 */
public final class FastLengths {

    private static final long[] COMPLEX_PRIMES = {3, 5, 7, 11};
    private static final long[] REAL_PRIMES = {3, 5};

    private FastLengths() {
    }

    /**
     * The smallest fast length &ge; {@code target} (0 for 0).
     *
     * @throws IllegalArgumentException for a negative target, or one with no fast length below 2^63
     */
    public static long next(long target, boolean real) {
        check(target);
        if (target <= 1) {
            return target;
        }
        long[] best = {Long.MAX_VALUE};
        enumerate(1, 0, real ? REAL_PRIMES : COMPLEX_PRIMES, Long.MAX_VALUE, p -> {
            long q = p;
            while (q < target && q <= Long.MAX_VALUE / 2) {
                q <<= 1;
            }
            if (q >= target && q < best[0]) {
                best[0] = q;
            }
        });
        if (best[0] == Long.MAX_VALUE) {
            throw new IllegalArgumentException("Target length is too large to perform an FFT: " + target);
        }
        return best[0];
    }

    /**
     * The largest fast length &le; {@code target} (0 for 0).
     *
     * @throws IllegalArgumentException for a negative target
     */
    public static long previous(long target, boolean real) {
        check(target);
        if (target <= 1) {
            return target;
        }
        long[] best = {1};
        enumerate(1, 0, real ? REAL_PRIMES : COMPLEX_PRIMES, target, p -> {
            long q = p;
            while (q <= target / 2) {
                q <<= 1;
            }
            if (q > best[0]) {
                best[0] = q;
            }
        });
        return best[0];
    }

    private static void check(long target) {
        if (target < 0) {
            throw new IllegalArgumentException("Target length must be positive; got " + target);
        }
    }

    /** Calls {@code sink} with every product of powers of {@code primes[from..]} times p that is &le; limit. */
    private static void enumerate(long p, int from, long[] primes, long limit, java.util.function.LongConsumer sink) {
        sink.accept(p);
        for (int i = from; i < primes.length; i++) {
            if (p <= limit / primes[i]) {
                enumerate(p * primes[i], i, primes, limit, sink);
            }
        }
    }
}
