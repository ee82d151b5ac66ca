package org.xpsci.linalg.internal;

import org.xpsci.linalg.EighOptions;
import org.xpsci.linalg.QrMode;
import org.xpsci.linalg.QrResult;
import org.xpsci.linalg.Trans;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.EighResult;
import org.xpsci.xp.Index;
import org.xpsci.xp.LinAlgException;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.SvdResult;
import org.xpsci.xp.Xp;

/** scipy.linalg's {@code qr}, {@code svd}, {@code svdvals}, {@code eigh} and {@code eigvalsh}. */
public final class DecompositionFunctions {

    private DecompositionFunctions() {
    }

    /** {@code qr(a, mode, pivoting, check_finite)}. */
    public static QrResult qr(NdArray a0, QrMode mode, boolean pivoting, boolean checkFinite) {
        ArrayNamespace xp = Xp.namespace(a0);
        Checks.finiteIf(checkFinite, xp, a0);
        Checks.atLeast2d(a0, "expected a 2-D array; got shape " + Checks.shape(a0));
        NdArray a = Checks.cast(xp, a0, Checks.lapackType(xp, a0));
        int m = a.shape(-2);
        int n = a.shape(-1);
        int k = Math.min(m, n);
        PortableQr.Factors f = QrDispatch.qr(xp, a, mode, pivoting);
        NdArray p = pivoting ? xp.astype(f.perm(), DType.INT32) : null;
        if (mode == QrMode.R) {
            return new QrResult(null, f.r(), p);
        }
        if (mode == QrMode.ECONOMIC) {
            return new QrResult(Matrices.cols(f.q(), 0, k), Matrices.rows(f.r(), 0, k), p);
        }
        return new QrResult(f.q(), f.r(), p);
    }

    /** {@code svd(a, full_matrices, check_finite)}. */
    public static SvdResult svd(NdArray a0, boolean fullMatrices, boolean checkFinite) {
        ArrayNamespace xp = Xp.namespace(a0);
        NdArray a = matrix(xp, a0, checkFinite);
        return SvdDispatch.svd(xp, a, fullMatrices);
    }

    /** {@code svdvals(a, check_finite)}. */
    public static NdArray svdvals(NdArray a0, boolean checkFinite) {
        ArrayNamespace xp = Xp.namespace(a0);
        NdArray a = matrix(xp, a0, checkFinite);
        return SvdDispatch.svdvals(xp, a);
    }

    private static NdArray matrix(ArrayNamespace xp, NdArray a0, boolean checkFinite) {
        Checks.finiteIf(checkFinite, xp, a0);
        Checks.atLeast2d(a0, "expected matrix; got shape " + Checks.shape(a0));
        return Checks.cast(xp, a0, Checks.lapackType(xp, a0));
    }

    /**
     * {@code eigh(a, b, lower, eigvals_only, type, check_finite, subset_by_index, subset_by_value)}; b may be
     * null for the standard problem. With eigvals_only the result's eigenvectors are null.
     */
    public static EighResult eigh(NdArray a0, NdArray b0, EighOptions o) {
        ArrayNamespace xp = Xp.namespace(a0, b0);
        Checks.finiteIf(o.checkFinite(), xp, a0, b0);
        Checks.square(a0, "expected square \"a\" matrix; got shape " + Checks.shape(a0));
        validate(a0, b0, o);
        DType dt = Checks.lapackType(xp, a0, b0);
        NdArray a = Checks.cast(xp, a0, dt);
        int n = a.shape(-1);
        boolean vectors = !o.eigvalsOnly();
        NdArray h = Matrices.fromTriangle(xp, a, o.lower(), true);
        EighResult r;
        if (b0 == null) {
            r = EighDispatch.eigh(xp, h, vectors);
        } else {
            r = generalized(xp, h, Checks.cast(xp, b0, dt), o, vectors);
        }
        return subset(xp, r, o, n);
    }

    private static void validate(NdArray a, NdArray b, EighOptions o) {
        int n = a.shape(-1);
        if (b != null) {
            Checks.square(b, "expected square \"b\" matrix; got shape " + Checks.shape(b));
            if (b.shape(-1) != n) {
                throw new IllegalArgumentException("wrong b dimensions " + Checks.shape(b) + ", should be "
                        + Checks.shape(a));
            }
            if (o.type() < 1 || o.type() > 3) {
                throw new IllegalArgumentException("\"type\" keyword only accepts 1, 2, and 3; got " + o.type());
            }
        }
        if (o.subsetByIndex() != null && o.subsetByValue() != null) {
            throw new IllegalArgumentException("Either index or value subset can be requested.");
        }
        int[] idx = o.subsetByIndex();
        if (idx != null && (idx.length != 2 || !(0 <= idx[0] && idx[0] <= idx[1] && idx[1] < n))) {
            throw new IllegalArgumentException("Requested eigenvalue indices are not valid. Valid range is [0, "
                    + (n - 1) + "] and start <= end, but start=" + (idx.length > 0 ? idx[0] : "?") + ", end="
                    + (idx.length > 1 ? idx[1] : "?") + " is given");
        }
        double[] val = o.subsetByValue();
        if (val != null && (val.length != 2 || !(val[0] < val[1]))) {
            throw new IllegalArgumentException("Requested eigenvalue bounds are not valid. Valid range is (-inf, inf)"
                    + " and low < high, but low=" + (val.length > 0 ? val[0] : "?") + ", high="
                    + (val.length > 1 ? val[1] : "?") + " is given");
        }
    }

    /** Reduces a v = w b v (type 1), a b v = w v (2) or b a v = w v (3) to a standard problem via b = L L^H. */
    private static EighResult generalized(ArrayNamespace xp, NdArray h, NdArray b, EighOptions o, boolean vectors) {
        CholeskyDispatch.Outcome c = CholeskyDispatch.factor(xp, b, o.lower());
        if (!c.ok()) {
            throw new LinAlgException("The leading minor of order " + c.failedMinor() + " of B is not positive"
                    + " definite. The factorization of B could not be completed and no eigenvalues or eigenvectors"
                    + " were computed.");
        }
        NdArray l = o.lower() ? c.factor() : Matrices.conjT(xp, c.factor());
        NdArray standard;
        if (o.type() == 1) {
            NdArray y = TriangularDispatch.solve(xp, l, h, true, false, Trans.N);
            standard = Matrices.conjT(xp, TriangularDispatch.solve(xp, l, Matrices.conjT(xp, y), true, false,
                    Trans.N));
        } else {
            standard = xp.matmul(Matrices.conjT(xp, l), xp.matmul(h, l));
        }
        NdArray hermitian = xp.multiply(xp.add(standard, Matrices.conjT(xp, standard)), 0.5);
        EighResult r = EighDispatch.eigh(xp, hermitian, vectors);
        if (!vectors) {
            return r;
        }
        NdArray v = o.type() == 3 ? xp.matmul(l, r.eigenvectors())
                : TriangularDispatch.solve(xp, l, r.eigenvectors(), true, false, Trans.C);
        return new EighResult(r.eigenvalues(), v);
    }

    /** Keeps the requested eigenvalues (and eigenvectors). */
    private static EighResult subset(ArrayNamespace xp, EighResult r, EighOptions o, int n) {
        int from;
        int to;
        if (o.subsetByIndex() != null) {
            from = o.subsetByIndex()[0];
            to = o.subsetByIndex()[1] + 1;
        } else if (o.subsetByValue() != null) {
            int[] range = valueRange(xp, r.eigenvalues(), o.subsetByValue());
            from = range[0];
            to = range[1];
        } else {
            return r;
        }
        NdArray w = r.eigenvalues().get(Index.ellipsis(), Index.range(from, to));
        NdArray v = r.eigenvectors() == null ? null : Matrices.cols(r.eigenvectors(), from, to);
        return new EighResult(w, v);
    }

    /** The index range of the eigenvalues in (low, high]; every matrix of a batch must have the same one. */
    private static int[] valueRange(ArrayNamespace xp, NdArray w, double[] bounds) {
        NdArray low = Matrices.scalar(xp, bounds[0], w);
        NdArray high = Matrices.scalar(xp, bounds[1], w);
        NdArray below = xp.sum(xp.astype(xp.lessEqual(w, low), DType.INT64), new int[] {-1}, null, false);
        NdArray upTo = xp.sum(xp.astype(xp.lessEqual(w, high), DType.INT64), new int[] {-1}, null, false);
        long from = xp.min(below).longValue();
        long to = xp.min(upTo).longValue();
        if (from != xp.max(below).longValue() || to != xp.max(upTo).longValue()) {
            throw new IllegalArgumentException("subset_by_value selects different numbers of eigenvalues in the"
                    + " matrices of the batch; batched results must have one shape");
        }
        return new int[] {(int) from, (int) Math.max(from, to)};
    }
}
