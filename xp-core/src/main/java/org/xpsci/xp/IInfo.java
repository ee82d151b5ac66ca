package org.xpsci.xp;

import java.math.BigInteger;

/**
 * Machine limits of an integer dtype, the standard's {@code iinfo} object.
 *
 * @param bits  number of bits
 * @param max   largest value (exact; uint64's maximum does not fit a {@code long})
 * @param min   smallest value
 * @param dtype the dtype described
 */
public record IInfo(int bits, BigInteger max, BigInteger min, DType dtype) {

    /**
     * The limits of {@code dtype}.
     *
     * @throws IllegalArgumentException for bool and floating dtypes
     */
    public static IInfo of(DType dtype) {
        if (!dtype.isIntegral()) {
            throw new IllegalArgumentException("iinfo is defined for integer dtypes only; got " + dtype);
        }
        int bits = dtype.bits();
        if (dtype.isUnsignedInteger()) {
            return new IInfo(bits, BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE), BigInteger.ZERO, dtype);
        }
        BigInteger half = BigInteger.ONE.shiftLeft(bits - 1);
        return new IInfo(bits, half.subtract(BigInteger.ONE), half.negate(), dtype);
    }

    /** {@link #max()} as a long; for uint64 this is the two's-complement bit pattern (-1). */
    public long maxLong() {
        return max.longValue();
    }

    /** {@link #min()} as a long. */
    public long minLong() {
        return min.longValue();
    }
}
