package org.xpsci.xp.cpu.linalg;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas;

/**
 * {@code C += alpha * A B} on float64 through OpenBLAS's {@code cblas_dgemm} (used by {@link DoubleGemm} for
 * large products when {@link OpenBlas#available()}): the strided operands are packed into row-major native
 * copies, C included (beta = 1), and C is copied back.
 *
 * <p>The float32 twin, {@code OpenBlasFloatGemm} ({@code cblas_sgemm}), is generated from this file by the build.
 */
final class OpenBlasDoubleGemm {

    private OpenBlasDoubleGemm() {
    }

    /** C (m x n) += alpha * A (m x k) B (k x n); operands are strided views as in {@link DoubleGemm}. */
    static void gemm(int m, int n, int k, double alpha,
                     double[] a, int aOff, int aRs, int aCs,
                     double[] b, int bOff, int bRs, int bCs,
                     double[] c, int cOff, int cRs, int cCs) {
        try (DoublePointer pa = pack(a, aOff, aRs, aCs, m, k); DoublePointer pb = pack(b, bOff, bRs, bCs, k, n);
             DoublePointer pc = pack(c, cOff, cRs, cCs, m, n)) {
            NativeStack.run(() -> {
                openblas.cblas_dgemm(openblas.CblasRowMajor, openblas.CblasNoTrans, openblas.CblasNoTrans, m, n,
                        k, alpha, pa, k, pb, n, 1, pc, n);
                return 0;
            });
            unpack(pc, c, cOff, cRs, cCs, m, n);
        }
    }

    /** A row-major native copy of the rows x cols view. */
    private static DoublePointer pack(double[] x, int off, int rs, int cs, int rows, int cols) {
        int len = rows * cols;
        DoublePointer p = new DoublePointer((long) len);
        if (cs == 1 && rs == cols) {
            return p.put(x, off, len);
        }
        double[] t = new double[len];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[i * cols + j] = x[off + i * rs + j * cs];
            }
        }
        return p.put(t, 0, len);
    }

    /** Copies the row-major native rows x cols result into the view. */
    private static void unpack(DoublePointer p, double[] x, int off, int rs, int cs, int rows, int cols) {
        int len = rows * cols;
        if (cs == 1 && rs == cols) {
            p.get(x, off, len);
            return;
        }
        double[] t = new double[len];
        p.get(t, 0, len);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                x[off + i * rs + j * cs] = t[i * cols + j];
            }
        }
    }
}
