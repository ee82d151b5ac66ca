package org.xpsci.xp.cpu.linalg;

/**
 * Complex matrix multiply {@code C += A B} on interleaved complex128 storage ({@code zgemm}), as four real
 * products over the real and imaginary parts, which {@link DoubleGemm} reads in place through doubled
 * strides. Offsets and strides are in complex elements.
 *
 * <p>The complex64 twin, {@code ComplexFloatGemm}, is generated from this file by the build.
 */
public final class ComplexDoubleGemm {

    private ComplexDoubleGemm() {
    }

    /** {@code C += A B} with A (m, k), B (k, n), C (m, n); {@code parallel} false stays on this thread. */
    public static void gemm(int m, int n, int k,
                            double[] a, int aOff, int aRs, int aCs,
                            double[] b, int bOff, int bRs, int bCs,
                            double[] c, int cOff, int cRs, int cCs, boolean parallel) {
        int ar = 2 * aOff;
        int br = 2 * bOff;
        int cr = 2 * cOff;
        DoubleGemm.gemm(m, n, k, 1, a, ar, 2 * aRs, 2 * aCs, b, br, 2 * bRs, 2 * bCs, c, cr, 2 * cRs, 2 * cCs,
                parallel);
        DoubleGemm.gemm(m, n, k, -1, a, ar + 1, 2 * aRs, 2 * aCs, b, br + 1, 2 * bRs, 2 * bCs, c, cr, 2 * cRs,
                2 * cCs, parallel);
        DoubleGemm.gemm(m, n, k, 1, a, ar, 2 * aRs, 2 * aCs, b, br + 1, 2 * bRs, 2 * bCs, c, cr + 1, 2 * cRs,
                2 * cCs, parallel);
        DoubleGemm.gemm(m, n, k, 1, a, ar + 1, 2 * aRs, 2 * aCs, b, br, 2 * bRs, 2 * bCs, c, cr + 1, 2 * cRs,
                2 * cCs, parallel);
    }
}
