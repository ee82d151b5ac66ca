package org.xpsci.xp;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The thirteen data types of the array API standard (the standard's {@code dtype} objects).
 *
 * <p>Each constant knows its name (as NumPy spells it), its size in bytes and its kind. Kind queries mirror
 * the standard's {@code isdtype}: "bool", "signed integer", "unsigned integer", "integral", "real floating",
 * "complex floating" and "numeric".
 */
public enum DType {
    /** Boolean, stored one byte an element. */
    BOOL("bool", 1),
    /** Signed 8-bit integer. */
    INT8("int8", 1),
    /** Signed 16-bit integer. */
    INT16("int16", 2),
    /** Signed 32-bit integer. */
    INT32("int32", 4),
    /** Signed 64-bit integer. */
    INT64("int64", 8),
    /** Unsigned 8-bit integer. */
    UINT8("uint8", 1),
    /** Unsigned 16-bit integer. */
    UINT16("uint16", 2),
    /** Unsigned 32-bit integer. */
    UINT32("uint32", 4),
    /** Unsigned 64-bit integer. */
    UINT64("uint64", 8),
    /** IEEE 754 single precision. */
    FLOAT32("float32", 4),
    /** IEEE 754 double precision. */
    FLOAT64("float64", 8),
    /** Complex number of two float32 parts. */
    COMPLEX64("complex64", 8),
    /** Complex number of two float64 parts. */
    COMPLEX128("complex128", 16);

    /** The kind names accepted by {@link #isKind(String)}, as the standard's {@code isdtype} spells them. */
    public static final java.util.List<String> KINDS = java.util.List.of(
            "bool", "signed integer", "unsigned integer", "integral", "real floating", "complex floating", "numeric");

    private final String label;
    private final int itemSize;

    DType(String label, int itemSize) {
        this.label = label;
        this.itemSize = itemSize;
    }

    /** The dtype's name as NumPy and the standard spell it, e.g. {@code "float64"}. */
    public String label() {
        return label;
    }

    /** Size of one element in bytes (16 for complex128). */
    public int itemSize() {
        return itemSize;
    }

    /** Number of bits of one element. */
    public int bits() {
        return itemSize * 8;
    }

    /** True for {@link #BOOL}. */
    public boolean isBool() {
        return this == BOOL;
    }

    /** True for int8, int16, int32 and int64. */
    public boolean isSignedInteger() {
        return this == INT8 || this == INT16 || this == INT32 || this == INT64;
    }

    /** True for uint8, uint16, uint32 and uint64. */
    public boolean isUnsignedInteger() {
        return this == UINT8 || this == UINT16 || this == UINT32 || this == UINT64;
    }

    /** True for every integer dtype (signed or unsigned), false for bool. */
    public boolean isIntegral() {
        return isSignedInteger() || isUnsignedInteger();
    }

    /** True for float32 and float64. */
    public boolean isRealFloating() {
        return this == FLOAT32 || this == FLOAT64;
    }

    /** True for complex64 and complex128. */
    public boolean isComplexFloating() {
        return this == COMPLEX64 || this == COMPLEX128;
    }

    /** True for real and complex floating dtypes. */
    public boolean isFloating() {
        return isRealFloating() || isComplexFloating();
    }

    /** True for every dtype except bool. */
    public boolean isNumeric() {
        return this != BOOL;
    }

    /** True for every dtype except the complex ones (bool, integers, real floats). */
    public boolean isRealNumeric() {
        return isNumeric() && !isComplexFloating();
    }

    /**
     * The standard's {@code isdtype(dtype, kind)} for one kind name.
     *
     * @param kind one of {@link #KINDS}
     * @throws IllegalArgumentException for an unknown kind name
     */
    public boolean isKind(String kind) {
        return switch (kind) {
            case "bool" -> isBool();
            case "signed integer" -> isSignedInteger();
            case "unsigned integer" -> isUnsignedInteger();
            case "integral" -> isIntegral();
            case "real floating" -> isRealFloating();
            case "complex floating" -> isComplexFloating();
            case "numeric" -> isNumeric();
            default -> throw new IllegalArgumentException(
                    "kind must be one of " + KINDS + "; got '" + kind + "'");
        };
    }

    /** The real dtype of the same precision: complex64 gives float32, complex128 gives float64, others themselves. */
    public DType toReal() {
        return switch (this) {
            case COMPLEX64 -> FLOAT32;
            case COMPLEX128 -> FLOAT64;
            default -> this;
        };
    }

    /**
     * The complex dtype of the same precision: float32 gives complex64, float64 gives complex128.
     *
     * @throws IllegalArgumentException for bool and integer dtypes
     */
    public DType toComplex() {
        return switch (this) {
            case FLOAT32, COMPLEX64 -> COMPLEX64;
            case FLOAT64, COMPLEX128 -> COMPLEX128;
            default -> throw new IllegalArgumentException(
                    "only floating-point dtypes have a complex counterpart; got " + label);
        };
    }

    /** Machine limits of a floating dtype, the standard's {@code finfo}. */
    public FInfo finfo() {
        return FInfo.of(this);
    }

    /** Machine limits of an integer dtype, the standard's {@code iinfo}. */
    public IInfo iinfo() {
        return IInfo.of(this);
    }

    /**
     * Parses a dtype name ("float64", "int32", "complex128", ...; case-insensitive; "bool_" and the
     * Python aliases "float", "int", "complex" are accepted).
     *
     * @throws IllegalArgumentException naming the accepted names when none matches
     */
    public static DType parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "bool_": return BOOL;
            case "float", "double": return FLOAT64;
            case "int", "long": return INT64;
            case "complex": return COMPLEX128;
            default: break;
        }
        for (DType d : values()) {
            if (d.label.equals(n)) {
                return d;
            }
        }
        throw new IllegalArgumentException("dtype must be one of "
                + Arrays.stream(values()).map(DType::label).collect(Collectors.joining(", "))
                + "; got '" + name + "'");
    }

    @Override
    public String toString() {
        return label;
    }
}
