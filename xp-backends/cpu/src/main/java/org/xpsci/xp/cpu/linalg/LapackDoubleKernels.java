package org.xpsci.xp.cpu.linalg;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.openblas.global.openblas;

/**
 * {@link MatrixKernels} for float64 on OpenBLAS's LAPACK (used when {@link OpenBlas#available()}): Cholesky
 * {@code dpotrf}, LU {@code dgetrf}/{@code dgetrs}, QR {@code dgeqrf}/{@code dorgqr}, SVD {@code dgesdd} (SciPy's
 * default driver) and the symmetric eigensolver {@code dsyevr} (SciPy's default 'evr'). Each matrix is copied
 * into native memory, factored by LAPACKE in row-major layout on a {@link NativeStack} thread and copied back;
 * determinants from the factors are the own kernels' ({@link DoubleMatrixKernels}).
 *
 * <p>The float32 twin, {@code LapackFloatKernels} (on the {@code s} routines), is generated from this file by
 * the build.
 */
final class LapackDoubleKernels implements MatrixKernels {

    static final LapackDoubleKernels INSTANCE = new LapackDoubleKernels();

    private static final int ROW = openblas.LAPACK_ROW_MAJOR;
    private static final MatrixKernels OWN = DoubleMatrixKernels.INSTANCE;

    private LapackDoubleKernels() {
    }

    @Override
    public boolean cholesky(Object storage, int off, int n, boolean upper) {
        double[] a = (double[]) storage;
        if (n == 0) {
            return true;
        }
        try (DoublePointer p = load(a, off, n * n)) {
            if (NativeStack.run(() -> openblas.LAPACKE_dpotrf(ROW, (byte) (upper ? 'U' : 'L'), n, p, n)) != 0) {
                return false;
            }
            p.get(a, off, n * n);
        }
        for (int i = 0; i < n; i++) {
            if (!(a[off + i * n + i] > 0)) {
                return false;
            }
            for (int j = 0; j < n; j++) {
                if (upper ? j < i : j > i) {
                    a[off + i * n + j] = 0;
                }
            }
        }
        return true;
    }

    @Override
    public int luFactor(Object storage, int off, int n, int[] piv, boolean parallel) {
        double[] a = (double[]) storage;
        if (n == 0) {
            return 0;
        }
        int info;
        try (DoublePointer p = load(a, off, n * n); IntPointer ipiv = new IntPointer((long) n)) {
            info = NativeStack.run(() -> openblas.LAPACKE_dgetrf(ROW, n, n, p, n, ipiv));
            p.get(a, off, n * n);
            ipiv.get(piv, 0, n);
        }
        for (int j = 0; j < n; j++) {
            piv[j]--;
        }
        return Math.max(info, 0);
    }

    @Override
    public void luSolve(Object lu, int off, int n, int[] piv, Object storage, int bOff, int nrhs, boolean parallel) {
        double[] b = (double[]) storage;
        if (n == 0 || nrhs == 0) {
            return;
        }
        int[] ones = new int[n];
        for (int j = 0; j < n; j++) {
            ones[j] = piv[j] + 1;
        }
        try (DoublePointer p = load((double[]) lu, off, n * n); IntPointer ipiv = new IntPointer(ones);
             DoublePointer pb = load(b, bOff, n * nrhs)) {
            NativeStack.run(() -> openblas.LAPACKE_dgetrs(ROW, (byte) 'N', n, nrhs, p, n, ipiv, pb, nrhs));
            pb.get(b, bOff, n * nrhs);
        }
    }

    @Override
    public void det(Object lu, int off, int n, int[] piv, Object out, int outOff) {
        OWN.det(lu, off, n, piv, out, outOff);
    }

    @Override
    public void slogdet(Object lu, int off, int n, int[] piv, Object sign, int signOff, Object logabs, int logOff) {
        OWN.slogdet(lu, off, n, piv, sign, signOff, logabs, logOff);
    }

    @Override
    public void qr(Object storage, int off, int m, int n, boolean complete, Object q, int qOff, Object r,
                   int rOff) {
        double[] a = (double[]) storage;
        int k = Math.min(m, n);
        try (DoublePointer p = load(a, off, m * n); DoublePointer tau = new DoublePointer((long) k)) {
            NativeStack.run(() -> openblas.LAPACKE_dgeqrf(ROW, m, n, p, n, tau));
            p.get(a, off, m * n);
            upperRows(a, off, complete ? m : k, n, (double[]) r, rOff);
            if (q != null) {
                orthogonal(a, off, m, n, complete ? m : k, tau, (double[]) q, qOff);
            }
        }
    }

    /** R: the first rows of the factored matrix, zero below the diagonal. */
    private static void upperRows(double[] a, int off, int rows, int n, double[] r, int rOff) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < n; j++) {
                r[rOff + i * n + j] = j >= i ? a[off + i * n + j] : 0;
            }
        }
    }

    /** Q (m x qc) from the reflectors in the first k columns of the factored matrix ({@code dorgqr}). */
    private static void orthogonal(double[] a, int off, int m, int n, int qc, DoublePointer tau, double[] q,
                                   int qOff) {
        int k = Math.min(m, n);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < qc; j++) {
                q[qOff + i * qc + j] = j < k ? a[off + i * n + j] : 0;
            }
        }
        try (DoublePointer p = load(q, qOff, m * qc)) {
            NativeStack.run(() -> openblas.LAPACKE_dorgqr(ROW, m, qc, k, p, qc, tau));
            p.get(q, qOff, m * qc);
        }
    }

    @Override
    public boolean svd(Object storage, int off, int m, int n, boolean full, Object u, int uOff, Object s, int sOff,
                       Object vh, int vhOff) {
        boolean vectors = u != null;
        int k = Math.min(m, n);
        int uc = vectors ? (full ? m : k) : 1;
        int vr = vectors ? (full ? n : k) : 1;
        byte job = (byte) (vectors ? (full ? 'A' : 'S') : 'N');
        try (DoublePointer p = load((double[]) storage, off, m * n); DoublePointer ps = new DoublePointer((long) k);
             DoublePointer pu = new DoublePointer((long) m * uc); DoublePointer pv = new DoublePointer((long) vr * n)) {
            int info = NativeStack.run(() -> openblas.LAPACKE_dgesdd(ROW, job, m, n, p, n, ps, pu, uc, pv, n));
            if (info != 0) {
                return false;
            }
            ps.get((double[]) s, sOff, k);
            if (vectors) {
                pu.get((double[]) u, uOff, m * uc);
                pv.get((double[]) vh, vhOff, vr * n);
            }
        }
        return true;
    }

    @Override
    public boolean eigh(Object storage, int off, int n, Object w, int wOff, Object v, int vOff) {
        boolean vectors = v != null;
        try (DoublePointer p = load((double[]) storage, off, n * n); DoublePointer pw = new DoublePointer((long) n);
             DoublePointer pz = new DoublePointer(vectors ? (long) n * n : 1); IntPointer found = new IntPointer(1L);
             IntPointer support = new IntPointer(2L * n)) {
            byte job = (byte) (vectors ? 'V' : 'N');
            int info = NativeStack.run(() -> openblas.LAPACKE_dsyevr(ROW, job, (byte) 'A', (byte) 'L', n, p, n,
                    0, 0, 0, 0, 0, found, pw, pz, n, support));
            if (info != 0) {
                return false;
            }
            pw.get((double[]) w, wOff, n);
            if (vectors) {
                pz.get((double[]) v, vOff, n * n);
            }
        }
        return true;
    }

    /** A native copy of {@code len} elements of a from {@code off}. */
    private static DoublePointer load(double[] a, int off, int len) {
        DoublePointer p = new DoublePointer((long) len);
        p.put(a, off, len);
        return p;
    }
}
