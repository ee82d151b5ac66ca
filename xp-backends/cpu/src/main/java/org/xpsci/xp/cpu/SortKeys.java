package org.xpsci.xp.cpu;

import org.xpsci.xp.DType;
import org.xpsci.xp.cpu.kernel.Loader;

/**
 * Order-preserving {@code long} keys for every dtype, so one stable sort of longs serves them all: signed
 * integers as themselves, uint64 with its sign bit flipped, floats as their IEEE bits made monotonic with
 * -0.0 equal to 0.0 and every NaN equal and above +inf (NumPy's "NaNs sort last"). Complex numbers need three
 * keys compared lexicographically, which reproduce NumPy's order: non-NaN values by (real, imag), then those
 * with a NaN imaginary part by real, then a NaN real part by imag, then NaN in both.
 */
final class SortKeys {

    /** The key every NaN gets (no other float key reaches it). */
    static final long NAN_KEY = Long.MAX_VALUE;

    private SortKeys() {
    }

    /** The key of a double; see the class comment. */
    static long of(double v) {
        if (v != v) {
            return NAN_KEY;
        }
        long b = Double.doubleToRawLongBits(v == 0 ? 0.0 : v);
        return b ^ ((b >> 63) & Long.MAX_VALUE);
    }

    /**
     * Loads n elements of a real (non-complex) dtype, {@code stride} apart from {@code off}, as keys into
     * {@code keys}; {@code scratch} is a double buffer of at least n elements for floating dtypes.
     */
    static void load(Object data, DType dt, int off, int stride, int n, long[] keys, double[] scratch) {
        if (dt.isRealFloating()) {
            Loader.toDouble(data, dt, off, stride, n, scratch);
            for (int i = 0; i < n; i++) {
                keys[i] = of(scratch[i]);
            }
            return;
        }
        Loader.toLong(data, dt, off, stride, n, keys);
        if (dt == DType.UINT64) {
            for (int i = 0; i < n; i++) {
                keys[i] ^= Long.MIN_VALUE;
            }
        }
    }

    /**
     * Loads n complex elements as the three lexicographic keys: the NaN group (0 to 3), then two value keys.
     * {@code scratch} holds at least 2n doubles.
     */
    static void loadComplex(Object data, DType dt, int off, int stride, int n, long[] group, long[] first,
                            long[] second, double[] scratch) {
        Loader.toComplex(data, dt, off, stride, n, scratch);
        for (int i = 0; i < n; i++) {
            double re = scratch[2 * i];
            double im = scratch[2 * i + 1];
            boolean reNan = re != re;
            boolean imNan = im != im;
            group[i] = (reNan ? 2 : 0) + (imNan ? 1 : 0);
            first[i] = reNan ? (imNan ? 0 : of(im)) : of(re);
            second[i] = reNan || imNan ? 0 : of(im);
        }
    }

    /** Reverses the order of keys (for descending sorts) without overflow: {@code ~k} is strictly decreasing. */
    static void invert(long[] keys, int n) {
        for (int i = 0; i < n; i++) {
            keys[i] = ~keys[i];
        }
    }
}
