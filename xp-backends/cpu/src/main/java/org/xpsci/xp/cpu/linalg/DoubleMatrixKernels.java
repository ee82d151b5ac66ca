package org.xpsci.xp.cpu.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * {@link MatrixKernels} for float64: LU and its solves on the blocked {@link DoubleLu} (GEMM speed), Cholesky,
 * QR, SVD and the symmetric eigensolver on EJML's ddense.
 *
 * <p>The float32 twin, {@code FloatMatrixKernels} (on EJML's fdense), is generated from this file by the build.
 */
@SuppressWarnings("cast") // (double) casts of Math results become the (float) casts the float32 twin needs
final class DoubleMatrixKernels implements MatrixKernels {

    static final DoubleMatrixKernels INSTANCE = new DoubleMatrixKernels();

    private DoubleMatrixKernels() {
    }

    @Override
    public boolean cholesky(Object storage, int off, int n, boolean upper) {
        double[] a = (double[]) storage;
        DMatrixRMaj m = load(a, off, n, n);
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(n, !upper);
        if (!chol.decompose(m)) {
            return false;
        }
        DMatrixRMaj t = chol.getT(null);
        for (int i = 0; i < n; i++) {
            double d = t.data[i * n + i];
            if (!(d > 0)) {
                return false;
            }
        }
        System.arraycopy(t.data, 0, a, off, n * n);
        return true;
    }

    @Override
    public int luFactor(Object a, int off, int n, int[] piv, boolean parallel) {
        return DoubleLu.factor(n, n, (double[]) a, off, n, piv, parallel);
    }

    @Override
    public void luSolve(Object lu, int off, int n, int[] piv, Object b, int bOff, int nrhs, boolean parallel) {
        DoubleLu.solve(n, (double[]) lu, off, n, piv, (double[]) b, bOff, nrhs, nrhs, false, parallel);
    }

    @Override
    public void det(Object storage, int off, int n, int[] piv, Object out, int outOff) {
        double[] lu = (double[]) storage;
        double d = parity(piv, n);
        for (int i = 0; i < n; i++) {
            d *= lu[off + i * n + i];
        }
        ((double[]) out)[outOff] = d;
    }

    @Override
    public void slogdet(Object storage, int off, int n, int[] piv, Object sign, int signOff, Object logabs,
                        int logOff) {
        double[] lu = (double[]) storage;
        double s = parity(piv, n);
        double log = 0;
        for (int i = 0; i < n; i++) {
            double u = lu[off + i * n + i];
            if (u < 0) {
                s = -s;
            }
            log += (double) Math.log(Math.abs(u));
        }
        if (log == Double.NEGATIVE_INFINITY) {
            s = 0;
        }
        ((double[]) sign)[signOff] = s;
        ((double[]) logabs)[logOff] = log;
    }

    /** +1 or -1: the sign of the row permutation. */
    static int parity(int[] piv, int n) {
        int s = 1;
        for (int j = 0; j < n; j++) {
            if (piv[j] != j) {
                s = -s;
            }
        }
        return s;
    }

    @Override
    public void qr(Object storage, int off, int m, int n, boolean complete, Object q, int qOff, Object r,
                   int rOff) {
        DMatrixRMaj a = load((double[]) storage, off, m, n);
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(m, n);
        qr.decompose(a);
        store(qr.getR(null, !complete), (double[]) r, rOff);
        if (q != null) {
            store(qr.getQ(null, !complete), (double[]) q, qOff);
        }
    }

    @Override
    public boolean svd(Object storage, int off, int m, int n, boolean full, Object u, int uOff, Object s, int sOff,
                       Object vh, int vhOff) {
        boolean vectors = u != null;
        DMatrixRMaj a = load((double[]) storage, off, m, n);
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m, n, vectors, vectors,
                !full);
        if (!svd.decompose(a)) {
            return false;
        }
        int k = Math.min(m, n);
        double[] sv = svd.getSingularValues();
        DMatrixRMaj um = vectors ? svd.getU(null, false) : null;
        DMatrixRMaj vm = vectors ? svd.getV(null, false) : null;
        SingularOps_DDRM.descendingOrder(um, false, sv, k, vm, false);
        System.arraycopy(sv, 0, (double[]) s, sOff, k);
        if (vectors) {
            store(um, (double[]) u, uOff);
            double[] v = (double[]) vh;
            int vr = vm.numCols;
            for (int i = 0; i < vr; i++) {
                for (int j = 0; j < n; j++) {
                    v[vhOff + i * n + j] = vm.data[j * vr + i];
                }
            }
        }
        return true;
    }

    @Override
    public boolean eigh(Object storage, int off, int n, Object w, int wOff, Object v, int vOff) {
        double[] a = (double[]) storage;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                a[off + i * n + j] = a[off + j * n + i];
            }
        }
        boolean vectors = v != null;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, vectors, true);
        if (!eig.decompose(load(a, off, n, n))) {
            return false;
        }
        Integer[] order = new Integer[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            values[i] = eig.getEigenvalue(i).real;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(values[x], values[y]));
        double[] wd = (double[]) w;
        for (int i = 0; i < n; i++) {
            wd[wOff + i] = values[order[i]];
            if (vectors) {
                DMatrixRMaj e = eig.getEigenVector(order[i]);
                if (e == null) {
                    return false;
                }
                double[] vd = (double[]) v;
                for (int r = 0; r < n; r++) {
                    vd[vOff + r * n + i] = e.data[r];
                }
            }
        }
        return true;
    }

    private static DMatrixRMaj load(double[] a, int off, int rows, int cols) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        System.arraycopy(a, off, m.data, 0, rows * cols);
        return m;
    }

    private static void store(DMatrixRMaj m, double[] a, int off) {
        System.arraycopy(m.data, 0, a, off, m.numRows * m.numCols);
    }
}
