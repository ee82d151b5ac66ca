package org.xpsci.xp.cuda.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The row-major to column-major mapping of matmul onto cuBLAS gemm, checked by running the BLAS definition of
 * gemm (column-major, op(A) op(B)) on the host with the operands LinearAlgebraFunctions passes, for contiguous,
 * transposed and sliced layouts, against the plain row-major product.
 */
class GemmOperandTest {

    /** A row-major view: element (i, j) at off + i*rs + j*cs of data. */
    private record View(double[] data, int off, int rs, int cs) {
        double at(int i, int j) {
            return data[off + i * rs + j * cs];
        }
    }

    /** BLAS gemm: C (m x n, column-major, ldc) = op(A) op(B), op(X) = X or X^T of a column-major X. */
    private static double[] gemm(boolean ta, boolean tb, int m, int n, int k, double[] a, int aoff, int lda,
                                 double[] b, int boff, int ldb, int ldc) {
        double[] c = new double[ldc * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    double x = ta ? a[aoff + p + i * lda] : a[aoff + i + p * lda];
                    double y = tb ? b[boff + j + p * ldb] : b[boff + p + j * ldb];
                    s += x * y;
                }
                c[i + j * ldc] = s;
            }
        }
        return c;
    }

    /** A random M x N view in one of three layouts: 0 contiguous, 1 transposed, 2 a column slice of a wider array. */
    private static View view(Random r, int rows, int cols, int layout) {
        double[] d = new double[(rows + 2) * (cols + 3)];
        for (int i = 0; i < d.length; i++) {
            d[i] = r.nextGaussian();
        }
        return switch (layout) {
            case 0 -> new View(d, 0, cols, 1);
            case 1 -> new View(d, 0, 1, rows);
            default -> new View(d, 2, cols + 3, 1);
        };
    }

    @Test
    void cublasComputesTheRowMajorProductForEveryLayout() {
        Random r = new Random(7);
        int m = 5;
        int k = 4;
        int n = 3;
        for (int la = 0; la < 3; la++) {
            for (int lb = 0; lb < 3; lb++) {
                View a = view(r, m, k, la);
                View b = view(r, k, n, lb);
                GemmOperand ob = GemmOperand.of(b.rs, b.cs, n, k);
                GemmOperand oa = GemmOperand.of(a.rs, a.cs, k, m);
                assertTrue(ob != null && oa != null, "layouts " + la + ", " + lb);
                double[] ct = gemm(ob.transpose(), oa.transpose(), n, m, k, b.data, b.off, ob.ld(), a.data, a.off,
                        oa.ld(), n);
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        double want = 0;
                        for (int p = 0; p < k; p++) {
                            want += a.at(i, p) * b.at(p, j);
                        }
                        assertEquals(want, ct[j + i * n], 1e-12, "C[" + i + "," + j + "] layouts " + la + ", " + lb);
                    }
                }
            }
        }
    }

    @Test
    void layoutsWithoutAUnitStrideOrTooSmallALeadingDimensionAreRefused() {
        assertNull(GemmOperand.of(6, 2, 3, 3));
        assertNull(GemmOperand.of(0, 1, 3, 4));
        assertEquals(new GemmOperand(false, 7), GemmOperand.of(7, 1, 5, 2));
        assertEquals(new GemmOperand(true, 9), GemmOperand.of(1, 9, 2, 5));
    }
}
