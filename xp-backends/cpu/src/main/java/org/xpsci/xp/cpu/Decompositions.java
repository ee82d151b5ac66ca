package org.xpsci.xp.cpu;

import java.util.Arrays;
import org.xpsci.xp.DType;
import org.xpsci.xp.EighResult;
import org.xpsci.xp.QrResult;
import org.xpsci.xp.SvdResult;
import org.xpsci.xp.cpu.linalg.MatrixKernels;

/**
 * The factorisations of the linalg extension (cholesky, qr, svd, svdvals, eigh, eigvalsh), batched over the
 * leading axes: each input is copied once into a contiguous stack of its computing dtype, and each matrix is
 * handed to the dtype's {@link MatrixKernels}.
 */
final class Decompositions {

    private final CpuNamespace ns;

    Decompositions(CpuNamespace ns) {
        this.ns = ns;
    }

    /** A contiguous copy of x in its computing dtype (the kernels work in place on it). */
    CpuArray workingCopy(CpuArray x) {
        return ns.dataTypes().copy(x, MatrixChecks.floating(x.dtype()));
    }

    CpuArray cholesky(CpuArray x, boolean upper) {
        MatrixChecks.square("cholesky", x);
        CpuArray a = workingCopy(x);
        int n = x.shapeRef()[x.ndim() - 1];
        int count = count(x);
        MatrixKernels k = MatrixKernels.of(a.dtype());
        boolean[] failed = new boolean[count];
        BatchLoop.run(count, BatchLoop.cube(n) / 3, (i, par) -> failed[i] = !k.cholesky(a.data(), i * n * n, n, upper));
        MatrixChecks.failIfAny(failed, "Matrix is not positive definite");
        return a;
    }

    QrResult qr(CpuArray x, String mode) {
        boolean complete;
        if ("reduced".equals(mode)) {
            complete = false;
        } else if ("complete".equals(mode)) {
            complete = true;
        } else {
            throw new IllegalArgumentException("qr mode must be 'reduced' or 'complete'; got '" + mode + "'");
        }
        MatrixChecks.stacked("qr", x);
        CpuArray a = workingCopy(x);
        int m = rows(x);
        int n = cols(x);
        int kk = Math.min(m, n);
        int qc = complete ? m : kk;
        int rr = complete ? m : kk;
        CpuArray q = allocate(x, a.dtype(), m, qc);
        CpuArray r = allocate(x, a.dtype(), rr, n);
        int count = count(x);
        if (kk == 0) {
            MatrixFill.identity(q, count, m, qc);
            return new QrResult(q, r);
        }
        MatrixKernels k = MatrixKernels.of(a.dtype());
        BatchLoop.run(count, (long) m * n * kk, (i, par) -> k.qr(a.data(), i * m * n, m, n, complete, q.data(),
                i * m * qc, r.data(), i * rr * n));
        return new QrResult(q, r);
    }

    SvdResult svd(CpuArray x, boolean full) {
        MatrixChecks.stacked("svd", x);
        CpuArray a = workingCopy(x);
        int m = rows(x);
        int n = cols(x);
        int kk = Math.min(m, n);
        int uc = full ? m : kk;
        int vr = full ? n : kk;
        CpuArray u = allocate(x, a.dtype(), m, uc);
        CpuArray vh = allocate(x, a.dtype(), vr, n);
        CpuArray s = CpuArray.allocate(ns, a.dtype().toReal(), withTail(MatrixStack.batchShape(x), kk));
        int count = count(x);
        if (kk == 0) {
            MatrixFill.identity(u, count, m, uc);
            MatrixFill.identity(vh, count, vr, n);
            return new SvdResult(u, s, vh);
        }
        MatrixKernels k = MatrixKernels.of(a.dtype());
        boolean[] failed = new boolean[count];
        BatchLoop.run(count, (long) m * n * kk, (i, par) -> failed[i] = !k.svd(a.data(), i * m * n, m, n, full,
                u.data(), i * m * uc, s.data(), i * kk, vh.data(), i * vr * n));
        MatrixChecks.failIfAny(failed, "SVD did not converge");
        return new SvdResult(u, s, vh);
    }

    CpuArray svdvals(CpuArray x) {
        MatrixChecks.stacked("svdvals", x);
        CpuArray a = workingCopy(x);
        int m = rows(x);
        int n = cols(x);
        int kk = Math.min(m, n);
        CpuArray s = CpuArray.allocate(ns, a.dtype().toReal(), withTail(MatrixStack.batchShape(x), kk));
        int count = count(x);
        if (kk == 0) {
            return s;
        }
        MatrixKernels k = MatrixKernels.of(a.dtype());
        boolean[] failed = new boolean[count];
        BatchLoop.run(count, (long) m * n * kk, (i, par) -> failed[i] = !k.svd(a.data(), i * m * n, m, n, false,
                null, 0, s.data(), i * kk, null, 0));
        MatrixChecks.failIfAny(failed, "SVD did not converge");
        return s;
    }

    EighResult eigh(CpuArray x) {
        MatrixChecks.square("eigh", x);
        CpuArray a = workingCopy(x);
        int n = rows(x);
        CpuArray w = CpuArray.allocate(ns, a.dtype().toReal(), withTail(MatrixStack.batchShape(x), n));
        CpuArray v = allocate(x, a.dtype(), n, n);
        int count = count(x);
        MatrixKernels k = MatrixKernels.of(a.dtype());
        boolean[] failed = new boolean[count];
        BatchLoop.run(count, BatchLoop.cube(n), (i, par) -> failed[i] = n > 0 && !k.eigh(a.data(), i * n * n, n,
                w.data(), i * n, v.data(), i * n * n));
        MatrixChecks.failIfAny(failed, "Eigenvalues did not converge");
        return new EighResult(w, v);
    }

    CpuArray eigvalsh(CpuArray x) {
        MatrixChecks.square("eigvalsh", x);
        CpuArray a = workingCopy(x);
        int n = rows(x);
        CpuArray w = CpuArray.allocate(ns, a.dtype().toReal(), withTail(MatrixStack.batchShape(x), n));
        int count = count(x);
        MatrixKernels k = MatrixKernels.of(a.dtype());
        boolean[] failed = new boolean[count];
        BatchLoop.run(count, BatchLoop.cube(n), (i, par) -> failed[i] = n > 0 && !k.eigh(a.data(), i * n * n, n,
                w.data(), i * n, null, 0));
        MatrixChecks.failIfAny(failed, "Eigenvalues did not converge");
        return w;
    }

    private CpuArray allocate(CpuArray like, DType dt, int r, int c) {
        return CpuArray.allocate(ns, dt, withTail(MatrixStack.batchShape(like), r, c));
    }

    /** The batch shape followed by the given trailing dimensions. */
    static int[] withTail(int[] batch, int... tail) {
        int[] s = Arrays.copyOf(batch, batch.length + tail.length);
        System.arraycopy(tail, 0, s, batch.length, tail.length);
        return s;
    }

    static int count(CpuArray x) {
        return Math.toIntExact(org.xpsci.xp.Axes.size(MatrixStack.batchShape(x)));
    }

    static int rows(CpuArray x) {
        return x.shapeRef()[x.ndim() - 2];
    }

    static int cols(CpuArray x) {
        return x.shapeRef()[x.ndim() - 1];
    }
}
