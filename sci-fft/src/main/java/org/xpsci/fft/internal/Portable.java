package org.xpsci.fft.internal;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * Small standard-only building blocks the portable paths share: slices and reversal along the last axis,
 * concatenation, constant vectors of the array's precision on its device, complex arrays from real and
 * imaginary parts, and interleaving.
 */
final class Portable {

    private Portable() {
    }

    /** {@code v[..., start:stop:step]}. */
    static NdArray last(NdArray v, int start, int stop, int step) {
        return v.get(Index.ellipsis(), Index.slice(start, stop, step));
    }

    /** {@code v[..., start:stop]}. */
    static NdArray last(NdArray v, int start, int stop) {
        return last(v, start, stop, 1);
    }

    /** Reversal along the last axis. */
    static NdArray flip(ArrayNamespace xp, NdArray v) {
        return xp.flip(v, v.ndim() - 1);
    }

    /** Concatenation along the last axis. */
    static NdArray concat(ArrayNamespace xp, NdArray... parts) {
        return xp.concat(List.of(parts), parts[0].ndim() - 1);
    }

    /** Zeros shaped like {@code v} but {@code k} long on the last axis. */
    static NdArray zeros(ArrayNamespace xp, NdArray v, int k) {
        int[] shape = v.shape();
        shape[shape.length - 1] = k;
        return xp.zeros(shape, v.dtype(), v.device());
    }

    /** {@code v} cropped or zero-padded to {@code n} along the last axis. */
    static NdArray fit(ArrayNamespace xp, NdArray v, int n) {
        int m = v.shape()[v.ndim() - 1];
        if (m == n) {
            return v;
        }
        return m > n ? last(v, 0, n) : concat(xp, v, zeros(xp, v, n - m));
    }

    /** The real dtype of a floating dtype's precision. */
    static DType real(DType d) {
        return d == DType.FLOAT32 || d == DType.COMPLEX64 ? DType.FLOAT32 : DType.FLOAT64;
    }

    /** The complex dtype of a floating dtype's precision. */
    static DType complex(DType d) {
        return real(d) == DType.FLOAT32 ? DType.COMPLEX64 : DType.COMPLEX128;
    }

    /** A vector of {@code f(0..k-1)} in the real dtype of {@code like}'s precision, on its device. */
    static NdArray vector(ArrayNamespace xp, NdArray like, int k, IntToDoubleFunction f) {
        double[] v = new double[k];
        for (int i = 0; i < k; i++) {
            v[i] = f.applyAsDouble(i);
        }
        return vector(xp, like, v);
    }

    /** The values as a vector in the real dtype of {@code like}'s precision, on its device. */
    static NdArray vector(ArrayNamespace xp, NdArray like, double[] v) {
        return xp.asarray(v, real(like.dtype()), like.device(), null);
    }

    /** {@code re + 1j*im} in the complex dtype of their precision. */
    static NdArray complexOf(ArrayNamespace xp, NdArray re, NdArray im) {
        DType c = complex(re.dtype());
        NdArray i = xp.asarray(new Complex(0, 1), c, re.device(), null);
        return xp.add(xp.astype(re, c), xp.multiply(xp.astype(im, c), i));
    }

    /**
     * Interleaves along the last axis: {@code out[2k] = even[k]}, {@code out[2k+1] = odd[k]}, where even has
     * {@code ceil(n/2)} and odd {@code floor(n/2)} entries.
     */
    static NdArray interleave(ArrayNamespace xp, NdArray even, NdArray odd, int n) {
        int half = (n + 1) / 2;
        long[] perm = new long[n];
        for (int k = 0; k < n; k++) {
            perm[k] = k % 2 == 0 ? k / 2 : half + k / 2;
        }
        NdArray both = concat(xp, even, odd);
        return xp.take(both, xp.asarray(perm, DType.INT64, even.device(), null), both.ndim() - 1);
    }
}
