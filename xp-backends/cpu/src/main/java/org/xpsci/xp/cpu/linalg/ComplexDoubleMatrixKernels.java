package org.xpsci.xp.cpu.linalg;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_ZDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * {@link MatrixKernels} for complex128: LU and Cholesky in {@link ComplexDoubleLu} and
 * {@link ComplexDoubleCholesky}, QR on EJML's zdense, and the Hermitian eigensolver and SVD by the Jacobi
 * methods of {@link ComplexDoubleJacobi} (EJML has neither for complex matrices).
 *
 * <p>The complex64 twin, {@code ComplexFloatMatrixKernels}, is generated from this file by the build.
 */
@SuppressWarnings("cast") // (double) casts of Math results become the (float) casts the float32 twin needs
final class ComplexDoubleMatrixKernels implements MatrixKernels {

    static final ComplexDoubleMatrixKernels INSTANCE = new ComplexDoubleMatrixKernels();

    private ComplexDoubleMatrixKernels() {
    }

    @Override
    public boolean cholesky(Object a, int off, int n, boolean upper) {
        return ComplexDoubleCholesky.factor(n, (double[]) a, off, upper);
    }

    @Override
    public int luFactor(Object a, int off, int n, int[] piv, boolean parallel) {
        return ComplexDoubleLu.factor(n, (double[]) a, off, piv);
    }

    @Override
    public void luSolve(Object lu, int off, int n, int[] piv, Object b, int bOff, int nrhs, boolean parallel) {
        ComplexDoubleLu.solve(n, (double[]) lu, off, piv, (double[]) b, bOff, nrhs);
    }

    @Override
    public void det(Object storage, int off, int n, int[] piv, Object out, int outOff) {
        double[] lu = (double[]) storage;
        double re = DoubleMatrixKernels.parity(piv, n);
        double im = 0;
        for (int i = 0; i < n; i++) {
            int e = 2 * (off + i * n + i);
            double r = re * lu[e] - im * lu[e + 1];
            im = re * lu[e + 1] + im * lu[e];
            re = r;
        }
        double[] o = (double[]) out;
        o[2 * outOff] = re;
        o[2 * outOff + 1] = im;
    }

    @Override
    public void slogdet(Object storage, int off, int n, int[] piv, Object sign, int signOff, Object logabs,
                        int logOff) {
        double[] lu = (double[]) storage;
        double re = DoubleMatrixKernels.parity(piv, n);
        double im = 0;
        double log = 0;
        for (int i = 0; i < n; i++) {
            int e = 2 * (off + i * n + i);
            double mag = (double) Math.hypot(lu[e], lu[e + 1]);
            log += (double) Math.log(mag);
            if (mag > 0) {
                double ur = lu[e] / mag;
                double ui = lu[e + 1] / mag;
                double r = re * ur - im * ui;
                im = re * ui + im * ur;
                re = r;
            }
        }
        if (log == Double.NEGATIVE_INFINITY) {
            re = 0;
            im = 0;
        }
        double[] s = (double[]) sign;
        s[2 * signOff] = re;
        s[2 * signOff + 1] = im;
        ((double[]) logabs)[logOff] = log;
    }

    @Override
    public void qr(Object storage, int off, int m, int n, boolean complete, Object q, int qOff, Object r,
                   int rOff) {
        ZMatrixRMaj a = new ZMatrixRMaj(m, n);
        System.arraycopy((double[]) storage, 2 * off, a.data, 0, 2 * m * n);
        QRDecomposition<ZMatrixRMaj> qr = DecompositionFactory_ZDRM.qr(m, n);
        qr.decompose(a);
        ZMatrixRMaj rm = qr.getR(null, !complete);
        System.arraycopy(rm.data, 0, (double[]) r, 2 * rOff, 2 * rm.numRows * rm.numCols);
        if (q != null) {
            ZMatrixRMaj qm = qr.getQ(null, !complete);
            System.arraycopy(qm.data, 0, (double[]) q, 2 * qOff, 2 * qm.numRows * qm.numCols);
        }
    }

    @Override
    public boolean svd(Object a, int off, int m, int n, boolean full, Object u, int uOff, Object s, int sOff,
                       Object vh, int vhOff) {
        return ComplexDoubleJacobi.svd(m, n, (double[]) a, off, full, (double[]) u, uOff, (double[]) s, sOff,
                (double[]) vh, vhOff);
    }

    @Override
    public boolean eigh(Object a, int off, int n, Object w, int wOff, Object v, int vOff) {
        return ComplexDoubleJacobi.eigh(n, (double[]) a, off, (double[]) w, wOff, (double[]) v, vOff);
    }
}
