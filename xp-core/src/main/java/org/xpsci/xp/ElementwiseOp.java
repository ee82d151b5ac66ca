package org.xpsci.xp;

import java.util.Locale;
import java.util.Optional;

/**
 * The table of 66 of the standard's 67 elementwise functions (the 67th, {@code clip}, takes optional bounds and
 * has its own method, {@link ArrayNamespace#clip}): name, arity, the dtype category the standard requires of
 * the inputs, and the rule for the result's dtype. Backends dispatch on it
 * ({@link ArrayNamespace#unary}, {@link ArrayNamespace#binary}); the strict backend checks inputs against it;
 * the compliance suite derives its dtype properties from it.
 */
public enum ElementwiseOp {
    ABS(1, DTypeCategory.NUMERIC, Result.REAL),
    ACOS(1, DTypeCategory.FLOATING, Result.SAME),
    ACOSH(1, DTypeCategory.FLOATING, Result.SAME),
    ADD(2, DTypeCategory.NUMERIC, Result.SAME),
    ASIN(1, DTypeCategory.FLOATING, Result.SAME),
    ASINH(1, DTypeCategory.FLOATING, Result.SAME),
    ATAN(1, DTypeCategory.FLOATING, Result.SAME),
    ATAN2(2, DTypeCategory.REAL_FLOATING, Result.SAME),
    ATANH(1, DTypeCategory.FLOATING, Result.SAME),
    BITWISE_AND(2, DTypeCategory.INTEGER_OR_BOOL, Result.SAME),
    BITWISE_LEFT_SHIFT(2, DTypeCategory.INTEGER, Result.SAME),
    BITWISE_INVERT(1, DTypeCategory.INTEGER_OR_BOOL, Result.SAME),
    BITWISE_OR(2, DTypeCategory.INTEGER_OR_BOOL, Result.SAME),
    BITWISE_RIGHT_SHIFT(2, DTypeCategory.INTEGER, Result.SAME),
    BITWISE_XOR(2, DTypeCategory.INTEGER_OR_BOOL, Result.SAME),
    CEIL(1, DTypeCategory.REAL_NUMERIC, Result.SAME),
    CONJ(1, DTypeCategory.NUMERIC, Result.SAME),
    COPYSIGN(2, DTypeCategory.REAL_FLOATING, Result.SAME),
    COS(1, DTypeCategory.FLOATING, Result.SAME),
    COSH(1, DTypeCategory.FLOATING, Result.SAME),
    DIVIDE(2, DTypeCategory.FLOATING, Result.SAME),
    EQUAL(2, DTypeCategory.ANY, Result.BOOL),
    EXP(1, DTypeCategory.FLOATING, Result.SAME),
    EXPM1(1, DTypeCategory.FLOATING, Result.SAME),
    FLOOR(1, DTypeCategory.REAL_NUMERIC, Result.SAME),
    FLOOR_DIVIDE(2, DTypeCategory.REAL_NUMERIC, Result.SAME),
    GREATER(2, DTypeCategory.REAL_NUMERIC, Result.BOOL),
    GREATER_EQUAL(2, DTypeCategory.REAL_NUMERIC, Result.BOOL),
    HYPOT(2, DTypeCategory.REAL_FLOATING, Result.SAME),
    IMAG(1, DTypeCategory.NUMERIC, Result.REAL),
    ISFINITE(1, DTypeCategory.NUMERIC, Result.BOOL),
    ISINF(1, DTypeCategory.NUMERIC, Result.BOOL),
    ISNAN(1, DTypeCategory.NUMERIC, Result.BOOL),
    LESS(2, DTypeCategory.REAL_NUMERIC, Result.BOOL),
    LESS_EQUAL(2, DTypeCategory.REAL_NUMERIC, Result.BOOL),
    LOG(1, DTypeCategory.FLOATING, Result.SAME),
    LOG1P(1, DTypeCategory.FLOATING, Result.SAME),
    LOG2(1, DTypeCategory.FLOATING, Result.SAME),
    LOG10(1, DTypeCategory.FLOATING, Result.SAME),
    LOGADDEXP(2, DTypeCategory.REAL_FLOATING, Result.SAME),
    LOGICAL_AND(2, DTypeCategory.BOOL, Result.BOOL),
    LOGICAL_NOT(1, DTypeCategory.BOOL, Result.BOOL),
    LOGICAL_OR(2, DTypeCategory.BOOL, Result.BOOL),
    LOGICAL_XOR(2, DTypeCategory.BOOL, Result.BOOL),
    MAXIMUM(2, DTypeCategory.REAL_NUMERIC, Result.SAME),
    MINIMUM(2, DTypeCategory.REAL_NUMERIC, Result.SAME),
    MULTIPLY(2, DTypeCategory.NUMERIC, Result.SAME),
    NEGATIVE(1, DTypeCategory.NUMERIC, Result.SAME),
    NEXTAFTER(2, DTypeCategory.REAL_FLOATING, Result.SAME),
    NOT_EQUAL(2, DTypeCategory.ANY, Result.BOOL),
    POSITIVE(1, DTypeCategory.NUMERIC, Result.SAME),
    POW(2, DTypeCategory.NUMERIC, Result.SAME),
    REAL(1, DTypeCategory.NUMERIC, Result.REAL),
    RECIPROCAL(1, DTypeCategory.FLOATING, Result.SAME),
    REMAINDER(2, DTypeCategory.REAL_NUMERIC, Result.SAME),
    ROUND(1, DTypeCategory.NUMERIC, Result.SAME),
    SIGN(1, DTypeCategory.NUMERIC, Result.SAME),
    SIGNBIT(1, DTypeCategory.REAL_FLOATING, Result.BOOL),
    SIN(1, DTypeCategory.FLOATING, Result.SAME),
    SINH(1, DTypeCategory.FLOATING, Result.SAME),
    SQUARE(1, DTypeCategory.NUMERIC, Result.SAME),
    SQRT(1, DTypeCategory.FLOATING, Result.SAME),
    SUBTRACT(2, DTypeCategory.NUMERIC, Result.SAME),
    TAN(1, DTypeCategory.FLOATING, Result.SAME),
    TANH(1, DTypeCategory.FLOATING, Result.SAME),
    TRUNC(1, DTypeCategory.REAL_NUMERIC, Result.SAME);

    /** How the result dtype follows from the (promoted) input dtype. */
    public enum Result {
        /** The promoted input dtype. */
        SAME,
        /** bool. */
        BOOL,
        /** The real dtype of the input's precision (complex128 gives float64; real dtypes themselves). */
        REAL
    }

    private final int arity;
    private final DTypeCategory category;
    private final Result result;

    ElementwiseOp(int arity, DTypeCategory category, Result result) {
        this.arity = arity;
        this.category = category;
        this.result = result;
    }

    /** 1 or 2. */
    public int arity() {
        return arity;
    }

    /** The dtype category the standard requires of the inputs. */
    public DTypeCategory category() {
        return category;
    }

    /** The result dtype rule. */
    public Result result() {
        return result;
    }

    /** The standard's name, e.g. {@code "bitwise_left_shift"}. */
    public String standardName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Java method name in {@link ArrayNamespace}, e.g. {@code "bitwiseLeftShift"}. */
    public String methodName() {
        String[] parts = standardName().split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }

    /** The result dtype for a (promoted) input dtype. */
    public DType resultDType(DType promoted) {
        return switch (result) {
            case SAME -> promoted;
            case BOOL -> DType.BOOL;
            case REAL -> promoted.toReal();
        };
    }

    /**
     * The dtype this function computes in on the backends that go beyond the standard as NumPy does (cpu,
     * cuda), given the promoted input dtype: the dtype itself where the standard's category accepts it; float64
     * for integer and bool input to a floating-point function (for every integer width, where NumPy picks
     * float16 or float32 for the narrow ones); bool for any input to a logical function, and for bool input to
     * a numeric one (whose kernels define a bool meaning, as comparisons and maximum do, or refuse it). Empty
     * where NumPy has no loop for the dtype either (bitwise functions of floats, floor or atan2 of complex).
     */
    public Optional<DType> numpyComputeType(DType promoted) {
        DTypeCategory c = category;
        if (c.accepts(promoted)) {
            return Optional.of(promoted);
        }
        if ((c == DTypeCategory.FLOATING || c == DTypeCategory.REAL_FLOATING) && !promoted.isFloating()) {
            return Optional.of(DType.FLOAT64);
        }
        if (c == DTypeCategory.BOOL
                || (c == DTypeCategory.NUMERIC || c == DTypeCategory.REAL_NUMERIC) && promoted.isBool()) {
            return Optional.of(DType.BOOL);
        }
        return Optional.empty();
    }

    /** The op with the given standard name ("sin", "bitwise_and", ...). */
    public static ElementwiseOp byStandardName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
