package org.xpsci.xp.cuda.internal;

import org.xpsci.xp.DType;

/**
 * The compute kinds of the cuda kernels: every dtype is computed in one of these, and kernel entry names end
 * in the kind's suffix ({@code ew_sin_f64}). Integers are widened to 64 bits (signed or unsigned) and stored
 * back with wrap-around; float32 and complex64 are computed in single precision except where a function
 * computes complex64 in double and rounds (the transcendental ones).
 */
public enum ComputeKind {
    /** bool. */
    B("b", DType.BOOL),
    /** Signed integers as int64. */
    I64("i64", DType.INT64),
    /** Unsigned integers as uint64. */
    U64("u64", DType.UINT64),
    /** float32. */
    F32("f32", DType.FLOAT32),
    /** float64. */
    F64("f64", DType.FLOAT64),
    /** complex64 (float2). */
    C64("c64", DType.COMPLEX64),
    /** complex128 (double2). */
    C128("c128", DType.COMPLEX128);

    private final String suffix;
    private final DType natural;

    ComputeKind(String suffix, DType natural) {
        this.suffix = suffix;
        this.natural = natural;
    }

    /** The suffix of kernel entry names. */
    public String suffix() {
        return suffix;
    }

    /** The dtype whose storage is exactly this kind (int64 for I64, ...). */
    public DType natural() {
        return natural;
    }

    /** The kind a dtype is computed in. */
    public static ComputeKind of(DType d) {
        return switch (d) {
            case BOOL -> B;
            case INT8, INT16, INT32, INT64 -> I64;
            case UINT8, UINT16, UINT32, UINT64 -> U64;
            case FLOAT32 -> F32;
            case FLOAT64 -> F64;
            case COMPLEX64 -> C64;
            case COMPLEX128 -> C128;
        };
    }

    /** The PTX module of the elementwise kernels of this kind (ew_int holds both integer kinds). */
    public String elementwiseModule() {
        return this == I64 || this == U64 ? "ew_int" : "ew_" + suffix;
    }

    /** The code a kernel receives for a dtype (its ordinal, as xp_common.cuh defines). */
    public static int code(DType d) {
        return d.ordinal();
    }
}
