package org.xpsci.xp.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.DlpackTensor;

/**
 * Java values to host storage with NumPy's conversions. Expected values are NumPy's, with the expression that
 * gives them in a comment.
 */
class HostDataTest {

    /** 2**60 + 2**36 + 1: halfway between two float32 values after a first rounding to float64. */
    private static final long TIE_AFTER_DOUBLE = (1L << 60) + (1L << 36) + 1;

    @Test
    void dtypesAreInferredAsNumpyDoes() {
        assertEquals(DType.FLOAT64, HostData.of(new double[][] {{1}}, null).dtype());
        assertEquals(DType.FLOAT32, HostData.of(new float[] {1}, null).dtype());
        assertEquals(DType.INT32, HostData.of(new int[][][] {{{1}}}, null).dtype());
        assertEquals(DType.INT8, HostData.of(new byte[] {1}, null).dtype());
        assertEquals(DType.BOOL, HostData.of(new boolean[] {true}, null).dtype());
        // np.asarray([True, 2]).dtype, [1, 2.5, 3], [1j, 2], []
        assertEquals(DType.INT64, HostData.of(new Object[] {true, 2}, null).dtype());
        assertEquals(DType.FLOAT64, HostData.of(new Number[] {1, 2.5, 3L}, null).dtype());
        assertEquals(DType.COMPLEX128, HostData.of(new Object[] {new Complex(0, 1), 2}, null).dtype());
        assertEquals(DType.FLOAT64, HostData.of(new Object[0], null).dtype());
        assertEquals(DType.BOOL, HostData.of(false, null).dtype());
        assertEquals(DType.INT64, HostData.of(7, null).dtype());
        assertEquals(DType.COMPLEX128, HostData.of(new Complex(1, -1), null).dtype());
    }

    @Test
    void nestedArraysBecomeCContiguousStorage() {
        HostData h = HostData.of(new double[][] {{1.9, -1.9}, {2.5, -0.5}}, DType.INT16);
        assertArrayEquals(new int[] {2, 2}, h.shape());
        // np.asarray([[1.9, -1.9], [2.5, -0.5]]).astype(np.int16)
        assertArrayEquals(new short[] {1, -1, 2, 0}, (short[]) h.data());
        HostData s = HostData.of(2.5, null);
        assertArrayEquals(new int[0], s.shape());
        assertArrayEquals(new double[] {2.5}, (double[]) s.data());
        HostData c = HostData.of(new Complex[] {new Complex(1, 2), new Complex(-0.0, -1)}, DType.COMPLEX64);
        assertArrayEquals(new float[] {1, 2, -0.0f, -1}, (float[]) c.data());
    }

    @Test
    void primitiveArraysConvertAsAstypeAndScalarsAsPythonScalars() {
        // np.array([2**60 + 2**36 + 1]).astype(np.float32): one rounding
        assertEquals(0x1.000002p60f, ((float[]) HostData.of(new long[] {TIE_AFTER_DOUBLE}, DType.FLOAT32).data())[0]);
        // np.array([2**60 + 2**36 + 1]).astype(np.complex64).real
        assertEquals(0x1.000002p60f, ((float[]) HostData.of(new long[] {TIE_AFTER_DOUBLE}, DType.COMPLEX64).data())[0]);
        // np.asarray([2**60 + 2**36 + 1], dtype=np.float32): a Python int goes through float64
        assertEquals(0x1p60f, ((float[]) HostData.of(new Object[] {TIE_AFTER_DOUBLE}, DType.FLOAT32).data())[0]);
        // np.asarray([2.0**63 + 4096], dtype=np.uint64)
        assertEquals(Long.parseUnsignedLong("9223372036854779904"),
                ((long[]) HostData.of(new double[] {0x1p63 + 4096}, DType.UINT64).data())[0]);
        // np.array([-1, 300]).astype(np.uint8)
        assertArrayEquals(new byte[] {(byte) 255, 44}, (byte[]) HostData.of(new long[] {-1, 300}, DType.UINT8).data());
        // np.array([nan, 0.0, -0.0]).astype(bool)
        assertArrayEquals(new byte[] {1, 0, 0}, (byte[]) HostData.of(new double[] {Double.NaN, 0, -0.0}, DType.BOOL)
                .data());
    }

    @Test
    void badInputIsAClearError() {
        // np.full(2, 300, dtype=np.int8): OverflowError
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HostData.of(new Object[] {300L}, DType.INT8));
        assertTrue(e.getMessage().contains("300") && e.getMessage().contains("int8"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> HostData.of(new double[][] {{1, 2}, {3}}, null));
        assertTrue(e.getMessage().contains("rectangular") && e.getMessage().contains("length 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> HostData.of(new Object[] {1, "two"}, null));
        assertTrue(e.getMessage().contains("String"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> HostData.of(new Complex(1, 1), DType.FLOAT64));
        assertTrue(e.getMessage().contains("complex dtype") && e.getMessage().contains("float64"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> HostData.of(new char[] {'a'}, null));
        assertTrue(e.getMessage().contains("char"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> HostData.of("text", null));
        assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> HostData.of(null, null));
        assertTrue(e.getMessage().contains("null"), e.getMessage());
    }

    @Test
    void storageIsCheckedBeforeItIsRead() {
        assertEquals(3, HostStorage.capacity(new double[6], DType.COMPLEX128));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HostStorage.allocate(DType.COMPLEX64, HostStorage.MAX_ELEMENTS));
        assertTrue(e.getMessage().contains("complex64") && e.getMessage().contains("slots"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> HostStorage.checkTensor(DlpackTensor.host(new int[4], DType.FLOAT32, 4)));
        assertTrue(e.getMessage().contains("int[]") && e.getMessage().contains("float32"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> HostStorage.checkTensor(
                DlpackTensor.host(new double[4], DType.FLOAT64, new int[] {3}, new int[] {-2}, 3, null)));
        assertTrue(e.getMessage().contains("-1..3") && e.getMessage().contains("4 elements"), e.getMessage());
        HostStorage.checkTensor(DlpackTensor.host(new double[0], DType.FLOAT64, new int[] {0, 5}, new int[] {5, 1},
                0, null));
    }
}
