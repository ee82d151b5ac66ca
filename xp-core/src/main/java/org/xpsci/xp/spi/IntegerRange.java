package org.xpsci.xp.spi;

/**
 * The elements of an integer {@code arange(start, stop, step)}: {@code start + i*step} for
 * {@code 0 <= i < length}, with the length and the values computed exactly in 64-bit arithmetic (through
 * float64, starts and steps beyond 2^53 would be rounded).
 *
 * @param start  the first value
 * @param step   the difference of consecutive values (not 0)
 * @param length the number of values
 */
public record IntegerRange(long start, long step, int length) {

    /**
     * The range of {@code arange(start, stop, step)}: {@code ceil((stop - start) / step)} values, none when the
     * step goes away from stop.
     *
     * @throws IllegalArgumentException when step is 0, or when the range holds more values than one array can
     *                                  ({@link HostStorage#MAX_ELEMENTS})
     */
    public static IntegerRange of(long start, long stop, long step) {
        if (step == 0) {
            throw new IllegalArgumentException("arange step must be a non-zero number; got 0");
        }
        long n = 0; // unsigned: up to 2^64 - 1
        if (step > 0 ? stop > start : stop < start) {
            long span = step > 0 ? stop - start : start - stop; // the true difference, as an unsigned value
            long magnitude = step > 0 ? step : -step; // unsigned: -Long.MIN_VALUE is 2^63
            n = Long.divideUnsigned(span - 1, magnitude) + 1;
        }
        if (Long.compareUnsigned(n, HostStorage.MAX_ELEMENTS) > 0) {
            throw new IllegalArgumentException("arange(" + start + ", " + stop + ", " + step + ") would have "
                    + Long.toUnsignedString(n) + " elements, more than one array holds (" + HostStorage.MAX_ELEMENTS
                    + ")");
        }
        return new IntegerRange(start, step, (int) n);
    }

    /** The values, in order. */
    public long[] values() {
        long[] v = new long[length];
        for (int i = 0; i < length; i++) {
            v[i] = start + i * step; // wraps in the intermediate product only; the value itself is in range
        }
        return v;
    }
}
