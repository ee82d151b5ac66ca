package org.xpsci.xp.cpu;

import org.xpsci.xp.cpu.kernel.Loader;

/** Writes structured values into freshly allocated (zeroed, contiguous) stacks of matrices. */
final class MatrixFill {

    private static final double[] ONE = {1};

    private MatrixFill() {
    }

    /** Puts ones on the main diagonal of each of the {@code count} r x c matrices of out (any dtype). */
    static void identity(CpuArray out, int count, int r, int c) {
        int d = Math.min(r, c);
        for (int b = 0; b < count; b++) {
            for (int i = 0; i < d; i++) {
                Loader.fromDouble(ONE, 1, out.data(), out.dtype(), b * r * c + i * c + i, 1);
            }
        }
    }
}
