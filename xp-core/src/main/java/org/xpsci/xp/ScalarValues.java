package org.xpsci.xp;

import java.math.BigInteger;

/** The rules for Java scalars used where the standard allows Python scalars. */
public final class ScalarValues {

    private ScalarValues() {
    }

    /**
     * The scalar kind of a boxed Java value.
     *
     * @throws IllegalArgumentException for anything but Boolean, an integral Number, a floating Number or Complex
     */
    public static Promotion.ScalarKind kindOf(Object value) {
        if (value instanceof Boolean) {
            return Promotion.ScalarKind.BOOL;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return Promotion.ScalarKind.INT;
        }
        if (value instanceof Double || value instanceof Float) {
            return Promotion.ScalarKind.FLOAT;
        }
        if (value instanceof Complex) {
            return Promotion.ScalarKind.COMPLEX;
        }
        throw new IllegalArgumentException("a scalar must be a Boolean, Long, Integer, Double, Float or Complex; got "
                + (value == null ? "null" : value.getClass().getSimpleName()));
    }

    /**
     * Checks that an integer scalar is representable in an integer dtype (NumPy 2 raises OverflowError for
     * {@code int8_array + 300}); non-integer dtypes accept any value.
     *
     * @throws IllegalArgumentException naming the value and the dtype's range
     */
    public static void checkFits(long value, DType dtype) {
        if (!dtype.isIntegral() || dtype == DType.INT64) {
            return;
        }
        IInfo info = IInfo.of(dtype);
        if (dtype == DType.UINT64) {
            if (value < 0) {
                throw outOfRange(value, info);
            }
            return;
        }
        if (value < info.minLong() || value > info.maxLong()) {
            throw outOfRange(value, info);
        }
    }

    private static IllegalArgumentException outOfRange(long value, IInfo info) {
        return new IllegalArgumentException("integer scalar " + value + " is out of bounds for " + info.dtype()
                + " (accepted: " + info.min() + " to " + info.max() + ")");
    }
}
