package org.xpsci.linalg.internal;

import org.xpsci.linalg.MatrixStructure;
import org.xpsci.linalg.SolveOptions;
import org.xpsci.linalg.Trans;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.LinAlgException;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/** scipy.linalg's {@code solve}, {@code solve_triangular}, {@code inv} and {@code det}. */
public final class SolveFunctions {

    private SolveFunctions() {
    }

    /** {@code solve(a, b, assume_a, lower, check_finite, transposed)}. */
    public static NdArray solve(NdArray a0, NdArray b0, SolveOptions o) {
        ArrayNamespace xp = Xp.namespace(a0, b0);
        Checks.finiteIf(o.checkFinite(), xp, a0, b0);
        DType dt = Checks.lapackType(xp, a0, b0);
        NdArray a = Checks.cast(xp, a0.ndim() >= 2 ? a0 : xp.reshape(a0, 1, -1), dt);
        NdArray b = Checks.cast(xp, b0, dt);
        if (a.shape(-1) != a.shape(-2)) {
            throw new LinAlgException("Expected square matrix, got a1.shape=" + Checks.shape(a));
        }
        if (o.transposed() && dt.isComplexFloating()) {
            throw new IllegalArgumentException("transposed=true is not supported for complex a: scipy.linalg.solve"
                    + " can currently not solve a^T x = b or a^H x = b for complex matrices");
        }
        boolean scalarA = a.size() == 1;
        NdArray bm = b.ndim() <= 1 ? xp.reshape(b, -1, 1) : b;
        if (bm.shape(-2) != a.shape(-1) && !scalarA) {
            throw new IllegalArgumentException("incompatible shapes: a1.shape=" + Checks.shape(a) + " and b1.shape="
                    + Checks.shape(bm));
        }
        if (scalarA) {
            NdArray x = solveScalar(xp, a, bm);
            return b.ndim() <= 1 ? xp.reshape(x, -1) : x;
        }
        Rhs r = Rhs.align(xp, a, b, "incompatible shapes");
        if (r.a().size() == 0 || r.b().size() == 0) {
            return r.result(xp, xp.zeros(r.b().shape(), dt, b.device()));
        }
        MatrixStructure s = o.assumeA() == null ? MatrixStructure.GENERAL : o.assumeA();
        return r.result(xp, structured(xp, s, r.a(), r.b(), o.lower(), o.transposed()));
    }

    private static NdArray solveScalar(ArrayNamespace xp, NdArray a, NdArray b) {
        NdArray value = xp.reshape(a, new int[0]);
        if (!xp.any(xp.notEqual(value, Matrices.scalar(xp, 0, value))).booleanValue()) {
            throw new LinAlgException("A singular matrix detected.");
        }
        return xp.divide(b, value);
    }

    private static NdArray structured(ArrayNamespace xp, MatrixStructure s, NdArray a, NdArray b, boolean lower,
                                      boolean transposed) {
        NdArray op = transposed ? xp.matrixTranspose(a) : a;
        switch (s) {
            case DIAGONAL: {
                NdArray d = Matrices.diagonal(xp, a);
                Singular.check(xp, xp.any(xp.equal(d, Matrices.scalar(xp, 0, d)), new int[] {-1}, false));
                return xp.divide(b, xp.expandDims(d, -1));
            }
            case UPPER_TRIANGULAR:
            case LOWER_TRIANGULAR: {
                Singular.check(xp, TriangularDispatch.zeroDiagonalFlags(xp, a));
                return TriangularDispatch.solve(xp, a, b, s == MatrixStructure.LOWER_TRIANGULAR, false,
                        transposed ? Trans.T : Trans.N);
            }
            case TRIDIAGONAL:
                return general(xp, xp.tril(xp.triu(op, -1), 1), b);
            case SYMMETRIC:
                return general(xp, Matrices.fromTriangle(xp, a, lower, false), b);
            case HERMITIAN:
                return general(xp, Matrices.fromTriangle(xp, a, lower, true), b);
            case POSITIVE_DEFINITE:
                return positiveDefinite(xp, a, b, lower);
            default:
                return general(xp, op, b);
        }
    }

    /** Cholesky, then two triangular solves; a failure is reported as SciPy's batched solver does. */
    private static NdArray positiveDefinite(ArrayNamespace xp, NdArray a, NdArray b, boolean lower) {
        CholeskyDispatch.Outcome c = CholeskyDispatch.factor(xp, a, lower);
        if (!c.ok()) {
            throw new LinAlgException("A singular matrix detected: slice(s) " + c.failed() + " are singular.");
        }
        NdArray f = c.factor();
        if (lower) {
            NdArray y = TriangularDispatch.solve(xp, f, b, true, false, Trans.N);
            return TriangularDispatch.solve(xp, f, y, true, false, Trans.C);
        }
        NdArray y = TriangularDispatch.solve(xp, f, b, false, false, Trans.C);
        return TriangularDispatch.solve(xp, f, y, false, false, Trans.N);
    }

    /** LU with partial pivoting: the extension's solve where present, else LU factors and two solves. */
    static NdArray general(ArrayNamespace xp, NdArray a, NdArray b) {
        if (Dispatch.extension(xp)) {
            try {
                return xp.linalg().solve(a, b);
            } catch (LinAlgException e) {
                throw Singular.error(xp, zeroDeterminant(xp, a));
            }
        }
        LuDispatch.Parts p = LuDispatch.factor(xp, a);
        Singular.check(xp, p.zeroPivot());
        return LuDispatch.solve(xp, p.lu(), p.piv(), b, Trans.N);
    }

    /** Which matrices have an exactly zero LU pivot, from the extension's slogdet (sign 0). */
    private static NdArray zeroDeterminant(ArrayNamespace xp, NdArray a) {
        NdArray sign = xp.linalg().slogdet(a).sign();
        return xp.equal(sign, Matrices.scalar(xp, 0, sign));
    }

    /** {@code solve_triangular(a, b, trans, lower, unit_diagonal, check_finite)}. */
    public static NdArray solveTriangular(NdArray a0, NdArray b0, Trans trans, boolean lower, boolean unitDiagonal,
                                          boolean checkFinite) {
        ArrayNamespace xp = Xp.namespace(a0, b0);
        Checks.finiteIf(checkFinite, xp, a0, b0);
        Checks.square(a0, "expected square matrix; got a.shape=" + Checks.shape(a0));
        DType dt = Checks.lapackType(xp, a0, b0);
        NdArray a = Checks.cast(xp, a0, dt);
        NdArray b = Checks.cast(xp, b0, dt);
        Rhs r = Rhs.align(xp, a, b, "shapes of a " + Checks.shape(a0) + " and b " + Checks.shape(b0)
                + " are incompatible");
        if (r.b().size() == 0) {
            return r.result(xp, xp.zeros(r.b().shape(), dt, b.device()));
        }
        if (!unitDiagonal) {
            long zero = TriangularDispatch.firstZeroDiagonal(xp, r.a());
            if (zero >= 0) {
                throw new LinAlgException("singular matrix: resolution failed at diagonal " + zero);
            }
        }
        return r.result(xp, TriangularDispatch.solve(xp, r.a(), r.b(), lower, unitDiagonal, trans));
    }

    /** {@code inv(a, check_finite)}. */
    public static NdArray inv(NdArray a0, boolean checkFinite) {
        ArrayNamespace xp = Xp.namespace(a0);
        Checks.finiteIf(checkFinite, xp, a0);
        Checks.atLeast2d(a0, "Expected at least ndim=2, got a1.ndim=" + a0.ndim());
        Checks.square(a0, "Expected square matrix, got a1.shape=" + Checks.shape(a0));
        NdArray a = Checks.cast(xp, a0, Checks.lapackType(xp, a0));
        if (a.size() == 0) {
            return xp.zeros(a.shape(), a.dtype(), a.device());
        }
        if (Dispatch.extension(xp)) {
            try {
                return xp.linalg().inv(a);
            } catch (LinAlgException e) {
                throw Singular.error(xp, zeroDeterminant(xp, a));
            }
        }
        int n = a.shape(-1);
        LuDispatch.Parts p = LuDispatch.factor(xp, a);
        Singular.check(xp, p.zeroPivot());
        return LuDispatch.solve(xp, p.lu(), p.piv(), Matrices.eye(xp, n, n, a), Trans.N);
    }

    /** {@code det(a, check_finite)}: float64 (complex128) whatever the input precision, as SciPy returns. */
    public static NdArray det(NdArray a0, boolean checkFinite) {
        ArrayNamespace xp = Xp.namespace(a0);
        Checks.finiteIf(checkFinite, xp, a0);
        Checks.atLeast2d(a0, "The input array must be at least two-dimensional.");
        Checks.square(a0, "Last 2 dimensions of the array must be square but received shape " + Checks.shape(a0)
                + ".");
        DType dt = Checks.lapackType(xp, a0).isComplexFloating() ? DType.COMPLEX128 : DType.FLOAT64;
        NdArray a = Checks.cast(xp, a0, dt);
        int n = a.shape(-1);
        if (n == 0) {
            return xp.ones(Matrices.batch(a), dt, a.device());
        }
        if (Dispatch.extension(xp)) {
            return xp.linalg().det(a);
        }
        LuDispatch.Parts p = LuDispatch.factor(xp, a);
        NdArray product = xp.prod(Matrices.diagonal(xp, p.lu()), new int[] {-1}, null, false);
        NdArray ids = xp.astype(xp.arange(n), p.piv().dtype());
        NdArray flips = xp.where(xp.notEqual(p.piv(), ids), Matrices.scalar(xp, -1, a), Matrices.scalar(xp, 1, a));
        return xp.multiply(product, xp.prod(flips, new int[] {-1}, null, false));
    }
}
