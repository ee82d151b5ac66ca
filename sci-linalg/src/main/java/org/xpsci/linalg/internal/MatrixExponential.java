package org.xpsci.linalg.internal;

import java.util.ArrayList;
import java.util.List;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.LinAlgException;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * scipy.linalg's {@code expm}: the scaling and squaring algorithm of Al-Mohy and Higham (2009) with Pade
 * approximants of order 3, 5, 7, 9 or 13 chosen from exact 1-norms of powers of A, exp of the diagonal for
 * diagonal matrices, and Code Fragment 2.1 (exact diagonal and first off-diagonal during squaring) for
 * triangular ones. Each matrix of a batch chooses its own order and scaling, as SciPy's do. Computed in double
 * precision (float32 input is promoted and the result rounded back), with matmul and solve of the namespace.
 */
public final class MatrixExponential {

    private static final double[] THETA = {1.495585217958292e-002, 2.539398330063230e-001, 9.504178996162932e-001,
        2.097847961257068e+000};
    private static final double THETA_13 = 4.25;
    private static final double[] B3 = {120., 60., 12., 1.};
    private static final double[] B5 = {30240., 15120., 3360., 420., 30., 1.};
    private static final double[] B7 = {17297280., 8648640., 1995840., 277200., 25200., 1512., 56., 1.};
    private static final double[] B9 = {17643225600., 8821612800., 2075673600., 302702400., 30270240., 2162160.,
        110880., 3960., 90., 1.};
    private static final double[] B13 = {64764752532480000., 32382376266240000., 7771770303897600.,
        1187353796428800., 129060195264000., 10559470521600., 670442572800., 33522128640., 1323241920., 40840800.,
        960960., 16380., 182., 1.};

    private MatrixExponential() {
    }

    /** {@code expm(A)}. */
    public static NdArray expm(NdArray a0) {
        ArrayNamespace xp = Xp.namespace(a0);
        DType out = a0.dtype().isFloating() ? a0.dtype() : Xp.defaultFloat(xp);
        if (a0.size() == 1 && a0.ndim() < 2) {
            return xp.exp(xp.reshape(Checks.cast(xp, a0, out), 1, 1));
        }
        Checks.atLeast2d(a0, "The input array must be at least two-dimensional");
        Checks.square(a0, "Last 2 dimensions of the array must be square; got shape " + Checks.shape(a0));
        NdArray a = Checks.cast(xp, a0, out);
        int n = a.shape(-1);
        if (a.size() == 0) {
            return xp.zeros(a.shape(), out, a.device());
        }
        if (n == 1) {
            return xp.exp(a);
        }
        DType work = out.isComplexFloating() ? DType.COMPLEX128 : DType.FLOAT64;
        NdArray stack = xp.reshape(Checks.cast(xp, a, work), -1, n, n);
        List<NdArray> results = new ArrayList<>();
        for (NdArray slice : xp.unstack(stack, 0)) {
            results.add(one(xp, slice));
        }
        NdArray e = xp.reshape(xp.stack(results, 0), a.shape());
        return Checks.cast(xp, e, out);
    }

    /** exp of one n x n matrix (n at least 2). */
    private static NdArray one(ArrayNamespace xp, NdArray a) {
        int n = a.shape(-1);
        boolean upper = allZero(xp, xp.tril(a, -1));
        boolean lower = allZero(xp, xp.triu(a, 1));
        if (upper && lower) {
            NdArray d = xp.exp(Matrices.diagonal(xp, a));
            return xp.multiply(Matrices.eye(xp, n, n, a), xp.expandDims(d, -2));
        }
        Powers h = new Powers(xp, a);
        NdArray x;
        int s = 0;
        double eta1 = Math.max(h.d(4), h.d(6));
        if (eta1 < THETA[0] && ell(xp, a, 3) == 0) {
            x = pade(xp, h, B3, 1);
        } else if (eta1 < THETA[1] && ell(xp, a, 5) == 0) {
            x = pade(xp, h, B5, 1);
        } else {
            double eta3 = Math.max(h.d(6), h.d(8));
            if (eta3 < THETA[2] && ell(xp, a, 7) == 0) {
                x = pade(xp, h, B7, 1);
            } else if (eta3 < THETA[3] && ell(xp, a, 9) == 0) {
                x = pade(xp, h, B9, 1);
            } else {
                double eta5 = Math.min(eta3, Math.max(h.d(8), h.d(10)));
                s = eta5 == 0 ? 0 : Math.max((int) Math.ceil(Math.log(eta5 / THETA_13) / Math.log(2)), 0);
                s += ell(xp, xp.multiply(a, Math.scalb(1.0, -s)), 13);
                x = pade13(xp, h, s);
            }
        }
        if (s > 0 && (upper || lower)) {
            x = fragment21(xp, x, a, s, upper);
        } else {
            for (int i = 0; i < s; i++) {
                x = xp.matmul(x, x);
            }
        }
        if (upper) {
            return xp.triu(x);
        }
        return lower ? xp.tril(x) : x;
    }

    private static boolean allZero(ArrayNamespace xp, NdArray x) {
        return !xp.any(xp.notEqual(x, Matrices.scalar(xp, 0, x))).booleanValue();
    }

    /** A and its even powers, computed on demand, with their exact 1-norm roots d_p = ||A^p||_1^(1/p). */
    private static final class Powers {
        final ArrayNamespace xp;
        final NdArray a;
        final NdArray ident;
        final NdArray[] even = new NdArray[6];

        Powers(ArrayNamespace xp, NdArray a) {
            this.xp = xp;
            this.a = a;
            this.ident = Matrices.eye(xp, a.shape(-1), a.shape(-1), a);
        }

        /** A^p for p in 2, 4, 6, 8, 10. */
        NdArray power(int p) {
            int k = p / 2;
            if (even[k] == null) {
                even[k] = switch (p) {
                    case 2 -> xp.matmul(a, a);
                    case 4 -> xp.matmul(power(2), power(2));
                    case 6 -> xp.matmul(power(2), power(4));
                    case 8 -> xp.matmul(power(4), power(4));
                    default -> xp.matmul(power(4), power(6));
                };
            }
            return even[k];
        }

        double d(int p) {
            return Math.pow(oneNorm(xp, power(p)), 1.0 / p);
        }
    }

    /** The 1-norm: the largest absolute column sum. */
    static double oneNorm(ArrayNamespace xp, NdArray x) {
        return xp.max(xp.sum(xp.abs(x), new int[] {-2}, null, false)).doubleValue();
    }

    /** Al-Mohy and Higham's ell(A, m): extra scaling needed for the Pade approximant's backward error. */
    private static int ell(ArrayNamespace xp, NdArray a, int m) {
        double[] c = {100800., 10059033600., 4487938430976000., 5914384781877411840000.,
            113250775606021113483283660800000000.};
        double absC = c[m == 3 ? 0 : m == 5 ? 1 : m == 7 ? 2 : m == 9 ? 3 : 4];
        NdArray abs = xp.abs(a);
        NdArray mt = xp.matrixTranspose(abs);
        NdArray v = xp.ones(new int[] {a.shape(-1), 1}, abs.dtype(), a.device());
        for (int i = 0; i < 2 * m + 1; i++) {
            v = xp.matmul(mt, v);
        }
        double powerNorm = xp.max(v).doubleValue();
        if (powerNorm == 0) {
            return 0;
        }
        double alpha = powerNorm / (oneNorm(xp, a) * absC);
        double value = Math.ceil(Math.log(alpha / Math.scalb(1.0, -53)) / Math.log(2) / (2 * m));
        return (int) Math.max(value, 0);
    }

    /** The order-(len-1) approximant r = (V - U)^{-1} (V + U) from A's even powers. */
    private static NdArray pade(ArrayNamespace xp, Powers h, double[] b, double scale) {
        NdArray uInner = xp.multiply(h.ident, b[1]);
        NdArray v = xp.multiply(h.ident, b[0]);
        for (int p = 2; p < b.length; p += 2) {
            v = xp.add(v, xp.multiply(h.power(p), b[p] * Math.pow(scale, p)));
            uInner = xp.add(uInner, xp.multiply(h.power(p), b[p + 1] * Math.pow(scale, p)));
        }
        NdArray u = xp.matmul(xp.multiply(h.a, scale), uInner);
        return solvePq(xp, u, v);
    }

    /** The order-13 approximant of 2^-s A. */
    private static NdArray pade13(ArrayNamespace xp, Powers h, int s) {
        double f = Math.scalb(1.0, -s);
        NdArray b = xp.multiply(h.a, f);
        NdArray b2 = xp.multiply(h.power(2), f * f);
        NdArray b4 = xp.multiply(h.power(4), Math.pow(f, 4));
        NdArray b6 = xp.multiply(h.power(6), Math.pow(f, 6));
        NdArray u2 = xp.matmul(b6, sum(xp, b6, B13[13], b4, B13[11], b2, B13[9]));
        NdArray u = xp.matmul(b, xp.add(u2, xp.add(sum(xp, b6, B13[7], b4, B13[5], b2, B13[3]),
                xp.multiply(h.ident, B13[1]))));
        NdArray v2 = xp.matmul(b6, sum(xp, b6, B13[12], b4, B13[10], b2, B13[8]));
        NdArray v = xp.add(v2, xp.add(sum(xp, b6, B13[6], b4, B13[4], b2, B13[2]), xp.multiply(h.ident, B13[0])));
        return solvePq(xp, u, v);
    }

    private static NdArray sum(ArrayNamespace xp, NdArray x, double cx, NdArray y, double cy, NdArray z, double cz) {
        return xp.add(xp.add(xp.multiply(x, cx), xp.multiply(y, cy)), xp.multiply(z, cz));
    }

    private static NdArray solvePq(ArrayNamespace xp, NdArray u, NdArray v) {
        NdArray p = xp.add(u, v);
        NdArray q = xp.subtract(v, u);
        try {
            return SolveFunctions.general(xp, q, p);
        } catch (LinAlgException e) {
            throw new LinAlgException("expm: the Pade denominator is exactly singular");
        }
    }

    /** Code Fragment 2.1: squaring that recomputes the diagonal and first off-diagonal of a triangular A exactly. */
    private static NdArray fragment21(ArrayNamespace xp, NdArray x0, NdArray a, int s, boolean upper) {
        int n = a.shape(-1);
        NdArray diag = Matrices.diagonal(xp, a);
        NdArray off = Matrices.diagonal(xp, upper ? Matrices.cols(Matrices.rows(a, 0, n - 1), 1, n)
                : Matrices.cols(Matrices.rows(a, 1, n), 0, n - 1));
        NdArray diagMask = xp.notEqual(Matrices.eye(xp, n, n, a), Matrices.scalar(xp, 0, a));
        NdArray offMask = xp.notEqual(xp.eye(n, n, upper ? 1 : -1, a.dtype(), a.device()), Matrices.scalar(xp, 0, a));
        NdArray zero = xp.zeros(new int[] {1}, a.dtype(), a.device());
        NdArray x = xp.where(diagMask, xp.exp(xp.multiply(diag, Math.scalb(1.0, -s))), x0);
        for (int i = s - 1; i >= 0; i--) {
            x = xp.matmul(x, x);
            double f = Math.scalb(1.0, -i);
            NdArray scaled = xp.multiply(diag, f);
            x = xp.where(diagMask, xp.exp(scaled), x);
            NdArray values = xp.multiply(expSinch(xp, scaled), xp.multiply(off, f));
            NdArray byColumn = upper ? xp.concat(List.of(zero, values), -1) : xp.concat(List.of(values, zero), -1);
            x = xp.where(offMask, byColumn, x);
        }
        return x;
    }

    /** Higham's (10.42): (exp(x[i+1]) - exp(x[i])) / (x[i+1] - x[i]), or exp(x[i]) where they are equal. */
    private static NdArray expSinch(ArrayNamespace xp, NdArray x) {
        int n = (int) x.size();
        NdArray e = xp.exp(x);
        NdArray lo = x.get(org.xpsci.xp.Index.range(0, n - 1));
        NdArray hi = x.get(org.xpsci.xp.Index.range(1, n));
        NdArray diff = xp.subtract(hi, lo);
        NdArray eDiff = xp.subtract(e.get(org.xpsci.xp.Index.range(1, n)), e.get(org.xpsci.xp.Index.range(0, n - 1)));
        NdArray equal = xp.equal(diff, Matrices.scalar(xp, 0, diff));
        NdArray safe = xp.where(equal, Matrices.scalar(xp, 1, diff), diff);
        return xp.where(equal, xp.exp(lo), xp.divide(eDiff, safe));
    }
}
