package org.xpsci.xp.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.HostBuffer;

/** Scalar conversions of one-element arrays, as NumPy's float(), int(), bool() and complex() of them. */
class ScalarConversionsTest {

    private static Supplier<HostBuffer> one(Object data, DType dtype, int... shape) {
        return () -> new HostBuffer(data, dtype, shape, new int[shape.length], 0);
    }

    private static final Supplier<HostBuffer> NEVER = () -> {
        throw new AssertionError("the element is read only after the checks pass");
    };

    @Test
    void convertsTheOneElement() {
        // float(np.array([[2**64 - 1]], dtype=np.uint64)), int(np.uint64(2**64 - 1)) as a bit pattern
        assertEquals(0x1p64, ScalarConversions.toDouble(DType.UINT64, new int[] {1, 1},
                one(new long[] {-1}, DType.UINT64, 1, 1)));
        assertEquals(-1L, ScalarConversions.toLong(DType.UINT64, new int[0], one(new long[] {-1}, DType.UINT64)));
        assertEquals(200L, ScalarConversions.toLong(DType.UINT8, new int[0], one(new byte[] {(byte) 200},
                DType.UINT8)));
        // bool(np.float64('nan')), bool(np.complex128(0j))
        assertTrue(ScalarConversions.toBoolean(new int[0], one(new double[] {Double.NaN}, DType.FLOAT64)));
        assertFalse(ScalarConversions.toBoolean(new int[0], one(new double[] {0, -0.0}, DType.COMPLEX128)));
        assertEquals(new Complex(1, -2), ScalarConversions.toComplex(new int[] {1}, one(new float[] {1, -2},
                DType.COMPLEX64, 1)));
    }

    @Test
    void refusesBeforeReading() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScalarConversions.toDouble(DType.COMPLEX128, new int[0], NEVER));
        assertTrue(e.getMessage().contains("imaginary"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ScalarConversions.toLong(DType.FLOAT32, new int[0], NEVER));
        assertTrue(e.getMessage().contains("float32") && e.getMessage().contains("doubleValue"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ScalarConversions.toBoolean(new int[] {2}, NEVER));
        assertTrue(e.getMessage().contains("one element") && e.getMessage().contains("(2,)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ScalarConversions.toLong(DType.INT64, new int[] {0},
                NEVER));
        assertTrue(e.getMessage().contains("longValue") && e.getMessage().contains("(0,)"), e.getMessage());
    }
}
