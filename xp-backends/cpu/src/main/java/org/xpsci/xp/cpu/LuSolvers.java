package org.xpsci.xp.cpu;

import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.Promotion;
import org.xpsci.xp.SlogdetResult;
import org.xpsci.xp.cpu.linalg.MatrixKernels;

/**
 * The functions of the linalg extension built on the LU factorisation (det, slogdet, inv, solve) and
 * matrix_power, batched over leading axes. Real matrices go through the blocked, GEMM-based LU.
 */
final class LuSolvers {

    private final CpuNamespace ns;
    private final Decompositions decompositions;

    LuSolvers(CpuNamespace ns, Decompositions decompositions) {
        this.ns = ns;
        this.decompositions = decompositions;
    }

    CpuArray det(CpuArray x) {
        MatrixChecks.square("det", x);
        CpuArray a = decompositions.workingCopy(x);
        int n = Decompositions.rows(x);
        int count = Decompositions.count(x);
        CpuArray out = CpuArray.allocate(ns, a.dtype(), MatrixStack.batchShape(x));
        MatrixKernels k = MatrixKernels.of(a.dtype());
        BatchLoop.run(count, BatchLoop.cube(n), (i, par) -> {
            int[] piv = new int[n];
            k.luFactor(a.data(), i * n * n, n, piv, par);
            k.det(a.data(), i * n * n, n, piv, out.data(), i);
        });
        return out;
    }

    SlogdetResult slogdet(CpuArray x) {
        MatrixChecks.square("slogdet", x);
        CpuArray a = decompositions.workingCopy(x);
        int n = Decompositions.rows(x);
        int count = Decompositions.count(x);
        int[] batch = MatrixStack.batchShape(x);
        CpuArray sign = CpuArray.allocate(ns, a.dtype(), batch);
        CpuArray logabs = CpuArray.allocate(ns, a.dtype().toReal(), batch);
        MatrixKernels k = MatrixKernels.of(a.dtype());
        BatchLoop.run(count, BatchLoop.cube(n), (i, par) -> {
            int[] piv = new int[n];
            k.luFactor(a.data(), i * n * n, n, piv, par);
            k.slogdet(a.data(), i * n * n, n, piv, sign.data(), i, logabs.data(), i);
        });
        return new SlogdetResult(sign, logabs);
    }

    CpuArray inv(CpuArray x) {
        MatrixChecks.square("inv", x);
        CpuArray a = decompositions.workingCopy(x);
        int n = Decompositions.rows(x);
        int count = Decompositions.count(x);
        CpuArray out = CpuArray.allocate(ns, a.dtype(), x.shapeRef());
        MatrixFill.identity(out, count, n, n);
        factorAndSolve(a, out, count, n, n);
        return out;
    }

    /**
     * {@code solve(x1, x2)}: x2 is one vector when it is 1-d, else a stack of (M, K) matrices whose batch axes
     * broadcast with x1's (NumPy 2 and the 2024.12 standard).
     */
    CpuArray solve(CpuArray x1, CpuArray x2) {
        MatrixChecks.square("solve", x1);
        DType dt = MatrixChecks.floating(Promotion.resultType(x1.dtype(), x2.dtype(), Promotion.Rules.NUMPY));
        int n = Decompositions.rows(x1);
        boolean vector = x2.ndim() == 1;
        if (x2.ndim() == 0 || (vector ? x2.shapeRef()[0] : Decompositions.rows(x2)) != n) {
            throw new IllegalArgumentException("solve: x2 must have shape (" + n + ",) or (..., " + n + ", K) to match"
                    + " x1 of shape " + Broadcast.format(x1.shapeRef()) + "; got " + Broadcast.format(x2.shapeRef()));
        }
        int[] batch = vector ? MatrixStack.batchShape(x1) : LinearAlgebraFunctions.batchShape("solve", x1, x2);
        int nrhs = vector ? 1 : Decompositions.cols(x2);
        int[] bShape = vector ? Decompositions.withTail(batch, n) : Decompositions.withTail(batch, n, nrhs);
        CpuArray a = ns.dataTypes().copy(ns.manipulation().broadcastTo(x1, Decompositions.withTail(batch, n, n)), dt);
        CpuArray b = ns.dataTypes().copy(ns.manipulation().broadcastTo(x2, bShape), dt);
        int count = Math.toIntExact(org.xpsci.xp.Axes.size(batch));
        factorAndSolve(a, b, count, n, nrhs);
        return b;
    }

    /** Factors each n x n matrix of a in place and solves into the n x nrhs matrices of b. */
    private static void factorAndSolve(CpuArray a, CpuArray b, int count, int n, int nrhs) {
        MatrixKernels k = MatrixKernels.of(a.dtype());
        boolean[] singular = new boolean[count];
        BatchLoop.run(count, BatchLoop.cube(n) + (long) n * n * nrhs, (i, par) -> {
            int[] piv = new int[n];
            if (k.luFactor(a.data(), i * n * n, n, piv, par) != 0) {
                singular[i] = true;
                return;
            }
            k.luSolve(a.data(), i * n * n, n, piv, b.data(), i * n * nrhs, nrhs, par);
        });
        MatrixChecks.failIfAny(singular, "Singular matrix");
    }

    /** {@code matrix_power}: repeated squaring; a negative power inverts first; 0 gives identities. */
    CpuArray matrixPower(CpuArray x, int power) {
        MatrixChecks.square("matrix_power", x);
        int n = Decompositions.rows(x);
        if (power == 0) {
            CpuArray out = CpuArray.allocate(ns, x.dtype(), x.shapeRef());
            MatrixFill.identity(out, Decompositions.count(x), n, n);
            return out;
        }
        CpuArray base = power < 0 ? inv(x) : x;
        long e = Math.abs((long) power);
        int[] batch = MatrixStack.batchShape(x);
        CpuArray result = null;
        CpuArray z = null;
        while (e > 0) {
            z = z == null ? base : ns.linearAlgebra().product(z, z, batch, z.dtype());
            if ((e & 1) != 0) {
                result = result == null ? z : ns.linearAlgebra().product(result, z, batch, z.dtype());
            }
            e >>= 1;
        }
        return result == x ? ns.copyOf(x) : result;
    }
}
