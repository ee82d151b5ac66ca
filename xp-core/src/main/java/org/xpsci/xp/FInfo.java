package org.xpsci.xp;

/**
 * Machine limits of a floating-point dtype, the standard's {@code finfo} object.
 *
 * @param bits           number of bits of the (real) type
 * @param eps            difference between 1.0 and the next representable value
 * @param max            largest finite value
 * @param min            most negative finite value
 * @param smallestNormal smallest positive normal value
 * @param dtype          the dtype described (a real dtype for complex input: complex128 gives float64)
 */
public record FInfo(int bits, double eps, double max, double min, double smallestNormal, DType dtype) {

    /**
     * The limits of {@code dtype}; for complex dtypes those of the real part.
     *
     * @throws IllegalArgumentException for bool and integer dtypes
     */
    public static FInfo of(DType dtype) {
        return switch (dtype) {
            case FLOAT32, COMPLEX64 -> new FInfo(32, Math.ulp(1.0f), Float.MAX_VALUE, -Float.MAX_VALUE,
                    Float.MIN_NORMAL, DType.FLOAT32);
            case FLOAT64, COMPLEX128 -> new FInfo(64, Math.ulp(1.0), Double.MAX_VALUE, -Double.MAX_VALUE,
                    Double.MIN_NORMAL, DType.FLOAT64);
            default -> throw new IllegalArgumentException(
                    "finfo is defined for floating-point dtypes only; got " + dtype);
        };
    }
}
