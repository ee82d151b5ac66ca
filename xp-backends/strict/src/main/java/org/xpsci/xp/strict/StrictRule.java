package org.xpsci.xp.strict;

import org.xpsci.xp.PortabilityException;

/**
 * The catalogue of rules the strict backend enforces: each a use that the array API standard (2024.12) leaves
 * unspecified, implementation-defined or outside its scope, so code relying on it is not portable. A
 * violation throws a {@link PortabilityException} whose message starts with {@code [}{@link #label()}{@code ]}.
 */
public enum StrictRule {

    /**
     * Operands of two kinds (bool, signed integer, unsigned integer, real or complex floating) meet in one
     * function: int + float, bool + int, uint64 + int64, a float scalar with an integer array, comparisons
     * across kinds. The standard defines promotion only within a kind.
     */
    MIXED_KIND_PROMOTION("mixed-kind promotion"),
    /**
     * A function is called on a dtype the standard does not require it to accept ("Should have a
     * floating-point data type"): sin of an integer array, sum of bool, sort of complex, fft of real input.
     */
    DTYPE_CATEGORY("dtype category"),
    /**
     * Arguments the standard says should share one dtype do not: clip bounds, diff's prepend/append,
     * meshgrid's arrays, nextafter's operands.
     */
    MATCHING_DTYPES("matching dtypes"),
    /** astype from a complex dtype to a real one, which the standard says should not be permitted. */
    COMPLEX_TO_REAL_CAST("complex to real cast"),
    /** A multi-axis index without an ellipsis that does not index every axis ({@code x[0]} of a 2-d x). */
    MULTI_AXIS_INDEX("multi-axis index"),
    /** A boolean mask that is not the sole index ({@code x[mask, 0]}, {@code x[..., mask]}). */
    MASK_WITH_OTHER_INDICES("boolean mask with other indices"),
    /** An integer array used in get/set; the standard's portable form is take or take_along_axis. */
    INTEGER_ARRAY_INDEX("integer array index"),
    /** A slice whose start or stop lies outside [-n, n] for an axis of length n (unspecified clipping). */
    OUT_OF_BOUNDS_SLICE("out-of-bounds slice"),
    /**
     * An in-place {@code set} on an array that shares memory with another array (a view, an array that has
     * views, an array exported zero-copy through DLPack or built over a Java array without a copy).
     */
    SHARED_MEMORY_WRITE("set on shared memory"),
    /**
     * Direct host-memory access. Strict arrays grant none ({@link org.xpsci.xp.Xp#hostBuffer} is empty), so
     * consumer fast paths stay off; explicit transfers through DLPack still work.
     */
    HOST_BUFFER("host buffer"),
    /** A conversion to a Java scalar (doubleValue, longValue, ...) of an array that is not 0-d. */
    SCALAR_CONVERSION("0-d conversion"),
    /**
     * An argument of a rank the standard leaves unspecified or forbids: a 0-d input to nonzero, take or the
     * cumulative functions, take indices that are not 1-d, a 0-d operand of matmul.
     */
    UNSPECIFIED_RANK("unspecified rank"),
    /** max or min over zero elements, whose value the standard leaves implementation-defined. */
    EMPTY_REDUCTION("empty reduction"),
    /** An argument the standard requires is missing: squeeze without axes. */
    REQUIRED_ARGUMENT("required argument");

    private final String label;

    StrictRule(String label) {
        this.label = label;
    }

    /** The rule's short name, as it appears in brackets at the start of the error message. */
    public String label() {
        return label;
    }

    /** The exception for a violation of this rule, {@code detail} saying what was attempted and what is accepted. */
    public PortabilityException violation(String detail) {
        return new PortabilityException(label, detail);
    }
}
