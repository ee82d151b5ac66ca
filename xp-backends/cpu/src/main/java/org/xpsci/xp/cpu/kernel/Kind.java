package org.xpsci.xp.cpu.kernel;

import org.xpsci.xp.DType;

/**
 * The compute kinds of the cpu kernels. Every dtype is computed in one kind: integers widened to 64 bits
 * (signed or unsigned semantics), float32 in float, float64 in double, both complex dtypes as interleaved
 * doubles, bool as bytes. Kernels are written once per kind, never once per dtype.
 */
public enum Kind {
    /** bool, as bytes holding 0 or 1. */
    BOOL,
    /** Signed integers, computed as {@code long}. */
    LONG,
    /** Unsigned integers, computed as {@code long} with unsigned semantics where they differ. */
    ULONG,
    /** float32, computed as {@code float}. */
    FLOAT,
    /** float64, computed as {@code double}. */
    DOUBLE,
    /** complex64 and complex128, computed as interleaved {@code double} pairs. */
    COMPLEX;

    /** The kind a dtype is computed in. */
    public static Kind of(DType d) {
        return switch (d) {
            case BOOL -> BOOL;
            case INT8, INT16, INT32, INT64 -> LONG;
            case UINT8, UINT16, UINT32, UINT64 -> ULONG;
            case FLOAT32 -> FLOAT;
            case FLOAT64 -> DOUBLE;
            case COMPLEX64, COMPLEX128 -> COMPLEX;
        };
    }

    /** Whether a dtype's storage is exactly this kind's scratch array type (so blocks can be used in place). */
    public boolean storedNatively(DType d) {
        return switch (this) {
            case BOOL -> d == DType.BOOL;
            case LONG, ULONG -> d == DType.INT64 || d == DType.UINT64;
            case FLOAT -> d == DType.FLOAT32;
            case DOUBLE -> d == DType.FLOAT64;
            case COMPLEX -> d == DType.COMPLEX128;
        };
    }
}
