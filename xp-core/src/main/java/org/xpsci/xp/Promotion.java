package org.xpsci.xp;

/**
 * Type promotion, implemented once for every backend: the array API standard's lattice and, as an opt-in
 * extension, NumPy's mixed-kind rules.
 *
 * <p>The standard defines promotion only within a kind (bool with bool, integers with integers, floating with
 * floating). {@link Rules#STANDARD} throws a {@link PromotionException} for anything else;
 * {@link Rules#NUMPY} adds NumPy 2's rules for bool with numbers, integers with floats and uint64 with signed
 * integers. Promotion depends on dtypes only, never on values or ranks.
 */
public final class Promotion {

    /** Which promotion rules a backend follows. */
    public enum Rules {
        /** The standard's lattice only; mixed-kind promotion is an error. */
        STANDARD,
        /** The standard's lattice plus NumPy 2's mixed-kind rules. */
        NUMPY
    }

    /** The kind of a Java scalar operand (a Python scalar in the standard). */
    public enum ScalarKind {
        /** A {@code boolean}. */
        BOOL,
        /** A {@code long} (or int). */
        INT,
        /** A {@code double}. */
        FLOAT,
        /** A {@link Complex}. */
        COMPLEX
    }

    private Promotion() {
    }

    /**
     * The dtype two dtypes promote to under the standard's lattice.
     *
     * @throws PromotionException when the standard does not define the pair (mixed kinds, uint64 with signed)
     */
    public static DType resultType(DType a, DType b) {
        return resultType(a, b, Rules.STANDARD);
    }

    /**
     * The dtype two dtypes promote to under {@code rules}.
     *
     * @throws PromotionException when the rules do not define the pair
     */
    public static DType resultType(DType a, DType b, Rules rules) {
        DType r = standard(a, b);
        if (r != null) {
            return r;
        }
        if (rules == Rules.NUMPY) {
            return numpy(a, b);
        }
        throw new PromotionException("Promotion of " + a + " and " + b + " is not defined by the array API "
                + "standard (mixed-kind promotion); cast one operand explicitly with astype");
    }

    /** The dtype of a sequence of dtypes promoted pairwise under {@code rules}. */
    public static DType resultType(Rules rules, DType first, DType... rest) {
        DType r = first;
        for (DType d : rest) {
            r = resultType(r, d, rules);
        }
        return r;
    }

    /**
     * Whether {@code from} can be cast to {@code to} without leaving the promotion rules (the standard's
     * {@code can_cast}).
     */
    public static boolean canCast(DType from, DType to, Rules rules) {
        if (from == to) {
            return true;
        }
        try {
            return resultType(from, to, rules) == to;
        } catch (PromotionException e) {
            return false;
        }
    }

    /**
     * The dtype a Java scalar takes when combined with an array of {@code arrayDtype} (the standard's rule for
     * Python scalars: the scalar adopts the array's dtype when the kinds are compatible).
     *
     * @throws PromotionException under {@link Rules#STANDARD} when the kinds are not compatible
     */
    public static DType scalarType(DType arrayDtype, ScalarKind kind, Rules rules) {
        boolean compatible = switch (kind) {
            case BOOL -> arrayDtype.isBool();
            case INT -> arrayDtype.isNumeric();
            case FLOAT -> arrayDtype.isFloating();
            case COMPLEX -> arrayDtype.isFloating();
        };
        if (compatible) {
            return kind == ScalarKind.COMPLEX ? arrayDtype.toComplex() : arrayDtype;
        }
        if (rules == Rules.NUMPY) {
            return switch (kind) {
                case BOOL -> arrayDtype;
                case INT -> DType.INT64;
                case FLOAT -> DType.FLOAT64;
                case COMPLEX -> DType.COMPLEX128;
            };
        }
        throw new PromotionException("a " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + " scalar with an array of dtype " + arrayDtype + " is not defined by the array API standard "
                + "(mixed-kind promotion); use a scalar of the array's kind or cast the array with astype");
    }

    private static DType standard(DType a, DType b) {
        if (a == b) {
            return a;
        }
        if (a.isBool() || b.isBool()) {
            return null;
        }
        if (a.isIntegral() && b.isIntegral()) {
            return integers(a, b);
        }
        if (a.isFloating() && b.isFloating()) {
            return floats(a, b);
        }
        return null;
    }

    private static DType integers(DType a, DType b) {
        if (a.isSignedInteger() == b.isSignedInteger()) {
            return a.bits() >= b.bits() ? a : b;
        }
        DType s = a.isSignedInteger() ? a : b;
        DType u = a.isSignedInteger() ? b : a;
        if (u.bits() < s.bits()) {
            return s;
        }
        return switch (u) {
            case UINT8 -> DType.INT16;
            case UINT16 -> DType.INT32;
            case UINT32 -> DType.INT64;
            default -> null;
        };
    }

    private static DType floats(DType a, DType b) {
        boolean complex = a.isComplexFloating() || b.isComplexFloating();
        boolean wide = a.toReal() == DType.FLOAT64 || b.toReal() == DType.FLOAT64;
        if (complex) {
            return wide ? DType.COMPLEX128 : DType.COMPLEX64;
        }
        return wide ? DType.FLOAT64 : DType.FLOAT32;
    }

    private static DType numpy(DType a, DType b) {
        if (a.isBool()) {
            return b;
        }
        if (b.isBool()) {
            return a;
        }
        if (a.isIntegral() && b.isIntegral()) {
            return DType.FLOAT64; // uint64 with a signed integer
        }
        DType i = a.isIntegral() ? a : b;
        DType f = a.isIntegral() ? b : a;
        boolean small = i.bits() <= 16;
        return switch (f) {
            case FLOAT32 -> small ? DType.FLOAT32 : DType.FLOAT64;
            case COMPLEX64 -> small ? DType.COMPLEX64 : DType.COMPLEX128;
            default -> f;
        };
    }
}
