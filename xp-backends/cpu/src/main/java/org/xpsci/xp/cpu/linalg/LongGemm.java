package org.xpsci.xp.cpu.linalg;

/**
 * Integer matrix multiply {@code C += A B} in 64-bit wrap-around arithmetic (NumPy's integer matmul: the
 * low bits are the same as computing in the narrower dtype). Strided operands, offsets in elements.
 */
public final class LongGemm {

    private LongGemm() {
    }

    /** {@code C += A B} with A (m, k), B (k, n), C (m, n). */
    public static void gemm(int m, int n, int k, long[] a, int aOff, int aRs, int aCs,
                            long[] b, int bOff, int bRs, int bCs, long[] c, int cOff, int cRs, int cCs) {
        for (int i = 0; i < m; i++) {
            int ci = cOff + i * cRs;
            for (int p = 0; p < k; p++) {
                long aip = a[aOff + i * aRs + p * aCs];
                int bp = bOff + p * bRs;
                if (bCs == 1 && cCs == 1) {
                    for (int j = 0; j < n; j++) {
                        c[ci + j] += aip * b[bp + j];
                    }
                } else {
                    for (int j = 0; j < n; j++) {
                        c[ci + j * cCs] += aip * b[bp + j * bCs];
                    }
                }
            }
        }
    }
}
