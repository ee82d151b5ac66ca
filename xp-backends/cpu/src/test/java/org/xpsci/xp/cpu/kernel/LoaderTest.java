package org.xpsci.xp.cpu.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.xpsci.xp.DType;

/** Loads of 64-bit integers into float32 blocks round once, as NumPy's casts do. */
class LoaderTest {

    /** 2**60 + 2**36 + 1: through float64 it becomes a float32 tie and rounds to even, 2**60. */
    private static final long V = (1L << 60) + (1L << 36) + 1;

    @Test
    void int64ToFloat32RoundsOnce() {
        float[] out = new float[4];
        Loader.toFloat(new long[] {V, -V, 3, -7}, DType.INT64, 0, 1, 4, out);
        // np.array([2**60 + 2**36 + 1, -(2**60 + 2**36 + 1), 3, -7]).astype(np.float32)
        assertArrayEquals(new float[] {0x1.000002p60f, -0x1.000002p60f, 3, -7}, out);
    }

    @Test
    void uint64ToFloat32RoundsOnceAndUnsigned() {
        float[] out = new float[3];
        long big = Long.MIN_VALUE + (1L << 39) + 1; // 2**63 + 2**39 + 1
        Loader.toFloat(new long[] {big, 0, -1L, 0, 5}, DType.UINT64, 0, 2, 3, out);
        // np.array([2**63 + 2**39 + 1, 2**64 - 1, 5], dtype=np.uint64).astype(np.float32), read with stride 2
        assertArrayEquals(new float[] {0x1.000002p63f, 0x1p64f, 5}, out);
    }
}
