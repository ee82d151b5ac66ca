package org.xpsci.xp;

/**
 * The dtype categories the array API standard uses to say which inputs a function accepts
 * ("Should have a real-valued floating-point data type", ...).
 */
public enum DTypeCategory {
    /** Every dtype. */
    ANY("any"),
    /** bool only. */
    BOOL("boolean"),
    /** Signed and unsigned integers. */
    INTEGER("integer"),
    /** Integers and bool. */
    INTEGER_OR_BOOL("integer or boolean"),
    /** Every dtype but bool. */
    NUMERIC("numeric"),
    /** Integers and real floats. */
    REAL_NUMERIC("real-valued numeric"),
    /** Real and complex floats. */
    FLOATING("floating-point"),
    /** float32 and float64. */
    REAL_FLOATING("real-valued floating-point"),
    /** complex64 and complex128. */
    COMPLEX_FLOATING("complex floating-point");

    private final String description;

    DTypeCategory(String description) {
        this.description = description;
    }

    /** The category as the standard words it, e.g. "real-valued floating-point". */
    public String description() {
        return description;
    }

    /** Whether {@code dtype} belongs to this category. */
    public boolean accepts(DType dtype) {
        return switch (this) {
            case ANY -> true;
            case BOOL -> dtype.isBool();
            case INTEGER -> dtype.isIntegral();
            case INTEGER_OR_BOOL -> dtype.isIntegral() || dtype.isBool();
            case NUMERIC -> dtype.isNumeric();
            case REAL_NUMERIC -> dtype.isRealNumeric();
            case FLOATING -> dtype.isFloating();
            case REAL_FLOATING -> dtype.isRealFloating();
            case COMPLEX_FLOATING -> dtype.isComplexFloating();
        };
    }
}
