package org.xpsci.linalg.internal;

import java.util.Arrays;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * Small operations on stacks of matrices (..., M, N) written with the standard alone: conjugate transposes,
 * identities, diagonals, triangles, index ranges. Every portable algorithm is built from these and
 * {@code matmul}.
 */
public final class Matrices {

    private Matrices() {
    }

    /** conj(x) for complex x, x itself otherwise. */
    public static NdArray conj(ArrayNamespace xp, NdArray x) {
        return x.dtype().isComplexFloating() ? xp.conj(x) : x;
    }

    /** The conjugate transpose of the last two axes. */
    public static NdArray conjT(ArrayNamespace xp, NdArray x) {
        return conj(xp, xp.matrixTranspose(x));
    }

    /** The r x c identity of {@code like}'s dtype and device. */
    public static NdArray eye(ArrayNamespace xp, int r, int c, NdArray like) {
        return xp.eye(r, c, 0, like.dtype(), like.device());
    }

    /** A 0-d array of {@code like}'s dtype and device holding {@code value}. */
    public static NdArray scalar(ArrayNamespace xp, double value, NdArray like) {
        return xp.full(new int[0], value, like.dtype(), like.device());
    }

    /** The leading (batch) dimensions of a stack of matrices. */
    public static int[] batch(NdArray x) {
        return Arrays.copyOf(x.shape(), x.ndim() - 2);
    }

    /** The shape {@code batch + tail}. */
    public static int[] shape(int[] batch, int... tail) {
        int[] s = Arrays.copyOf(batch, batch.length + tail.length);
        System.arraycopy(tail, 0, s, batch.length, tail.length);
        return s;
    }

    /** The main diagonal of each matrix, shape (..., min(M, N)). */
    public static NdArray diagonal(ArrayNamespace xp, NdArray a) {
        int m = a.shape(-2);
        int n = a.shape(-1);
        int k = Math.min(m, n);
        int[] b = batch(a);
        if (k == 0) {
            return xp.zeros(shape(b, 0), a.dtype(), a.device());
        }
        NdArray flat = xp.reshape(a, shape(b, m * n));
        NdArray idx = xp.arange(0, (long) k * (n + 1) - n, n + 1);
        return xp.take(flat, idx, -1);
    }

    /** Rows from..to (exclusive) of each matrix. */
    public static NdArray rows(NdArray a, int from, int to) {
        return a.get(Index.ellipsis(), Index.range(from, to), Index.all());
    }

    /** Columns from..to (exclusive) of each matrix. */
    public static NdArray cols(NdArray a, int from, int to) {
        return a.get(Index.ellipsis(), Index.range(from, to));
    }

    /** Element (i, j) of each matrix, shape (...). */
    public static NdArray at(NdArray a, int i, int j) {
        return a.get(Index.ellipsis(), Index.at(i), Index.at(j));
    }

    /** Row i of each matrix, shape (..., N). */
    public static NdArray row(NdArray a, int i) {
        return a.get(Index.ellipsis(), Index.at(i), Index.all());
    }

    /** Column j of each matrix, shape (..., M). */
    public static NdArray col(NdArray a, int j) {
        return a.get(Index.ellipsis(), Index.at(j));
    }

    /** x with a trailing axis of length 1 added. */
    public static NdArray column(ArrayNamespace xp, NdArray x) {
        return xp.expandDims(x, -1);
    }

    /**
     * The full symmetric (or Hermitian, when {@code conjugate}) matrix whose triangle {@code lower} names is
     * a's; the other triangle of a is not read.
     */
    public static NdArray fromTriangle(ArrayNamespace xp, NdArray a, boolean lower, boolean conjugate) {
        NdArray tri = lower ? xp.tril(a) : xp.triu(a);
        NdArray strict = lower ? xp.tril(a, -1) : xp.triu(a, 1);
        NdArray mirrored = conjugate ? conjT(xp, strict) : xp.matrixTranspose(strict);
        NdArray full = xp.add(tri, mirrored);
        if (conjugate && a.dtype().isComplexFloating()) {
            // LAPACK's Hermitian routines ignore the imaginary part of the diagonal
            NdArray d = diagonal(xp, a);
            NdArray im = xp.multiply(xp.imag(d), xp.asarray(new org.xpsci.xp.Complex(0, 1), a.dtype()));
            im = Checks.cast(xp, im, a.dtype());
            full = xp.subtract(full, xp.multiply(xp.expandDims(im, -1), eye(xp, a.shape(-1), a.shape(-1), a)));
        }
        return full;
    }

    /** |x|^2 elementwise (real). */
    public static NdArray abs2(ArrayNamespace xp, NdArray x) {
        if (!x.dtype().isComplexFloating()) {
            return xp.square(x);
        }
        return xp.add(xp.square(xp.real(x)), xp.square(xp.imag(x)));
    }

    /** The real part (x itself for real x). */
    public static NdArray re(ArrayNamespace xp, NdArray x) {
        return x.dtype().isComplexFloating() ? xp.real(x) : x;
    }

    /** The imaginary part (zeros for real x). */
    public static NdArray im(ArrayNamespace xp, NdArray x) {
        return x.dtype().isComplexFloating() ? xp.imag(x) : xp.zerosLike(x);
    }

    /** The real dtype of x's precision. */
    public static DType real(NdArray x) {
        return x.dtype().toReal();
    }
}
