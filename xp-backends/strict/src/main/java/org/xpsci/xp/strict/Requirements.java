package org.xpsci.xp.strict;

import java.util.Locale;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.DTypeCategory;
import org.xpsci.xp.Promotion;
import org.xpsci.xp.PromotionException;

/**
 * The standard's requirements on arguments, checked before the strict backend hands a call to the cpu
 * namespace: dtype categories, promotion within a kind, the rule for Java scalars, matching dtypes and ranks.
 * Each failed check throws the {@link StrictRule}'s violation with a message in array-api-strict's form
 * (function, parameter, what was given, what is accepted).
 */
final class Requirements {

    private Requirements() {
    }

    /** Checks that {@code dtype} belongs to {@code category} ({@link StrictRule#DTYPE_CATEGORY}). */
    static void category(String function, String param, DType dtype, DTypeCategory category) {
        if (!category.accepts(dtype)) {
            throw StrictRule.DTYPE_CATEGORY.violation(function + " needs " + param + " of a " + category.description()
                    + " dtype; got " + dtype + " (the standard does not require other dtypes; cast explicitly with"
                    + " astype)");
        }
    }

    /**
     * The dtype two operand dtypes promote to under the standard's lattice.
     *
     * @throws org.xpsci.xp.PortabilityException {@link StrictRule#MIXED_KIND_PROMOTION} when the lattice has no entry
     */
    static DType promote(String function, DType a, DType b) {
        try {
            return Promotion.resultType(a, b, Promotion.Rules.STANDARD);
        } catch (PromotionException e) {
            throw StrictRule.MIXED_KIND_PROMOTION.violation(function + " of " + a + " and " + b + ": the standard"
                    + " promotes only within a kind (bool, integers of one signedness or fitting ones, floating-point);"
                    + " cast one operand explicitly with astype");
        }
    }

    /** The dtypes promoted pairwise, as {@link #promote(String, DType, DType)}. */
    static DType promoteAll(String function, DType... dtypes) {
        DType r = dtypes[0];
        for (int i = 1; i < dtypes.length; i++) {
            r = promote(function, r, dtypes[i]);
        }
        return r;
    }

    /**
     * The dtype a Java scalar of {@code kind} takes beside an array of {@code arrayDtype} (the standard's
     * 2024.12 rule: bool with bool arrays; int with integer and floating-point arrays; float with
     * floating-point arrays; complex with complex arrays).
     */
    static DType scalar(String function, DType arrayDtype, Promotion.ScalarKind kind) {
        boolean ok = switch (kind) {
            case BOOL -> arrayDtype.isBool();
            case INT -> arrayDtype.isNumeric();
            case FLOAT -> arrayDtype.isFloating();
            case COMPLEX -> arrayDtype.isComplexFloating();
        };
        if (!ok) {
            String k = kind.name().toLowerCase(Locale.ROOT);
            throw StrictRule.MIXED_KIND_PROMOTION.violation(function + " of a " + k + " scalar with an array of"
                    + " dtype " + arrayDtype + ": the standard lets a " + k + " scalar combine only with "
                    + accepted(kind) + " arrays; use a scalar of the array's kind or cast with astype");
        }
        return arrayDtype;
    }

    private static String accepted(Promotion.ScalarKind kind) {
        return switch (kind) {
            case BOOL -> "bool";
            case INT -> "integer and floating-point";
            case FLOAT -> "floating-point";
            case COMPLEX -> "complex floating-point";
        };
    }

    /** Checks that two arguments have the same dtype ({@link StrictRule#MATCHING_DTYPES}), kinds first. */
    static void same(String function, String p1, DType d1, String p2, DType d2) {
        promote(function, d1, d2);
        if (d1 != d2) {
            throw StrictRule.MATCHING_DTYPES.violation(function + " needs " + p2 + " of the same dtype as " + p1
                    + "; got " + d2 + " and " + d1 + " (behaviour for other dtypes is unspecified; cast with astype)");
        }
    }

    /** Checks that an array has at least {@code min} dimensions ({@link StrictRule#UNSPECIFIED_RANK}). */
    static void minRank(String function, String param, int[] shape, int min) {
        if (shape.length < min) {
            throw StrictRule.UNSPECIFIED_RANK.violation(function + " needs " + param + " with at least " + min
                    + " dimension(s); got shape " + Broadcast.format(shape));
        }
    }

    /** Checks that an array has exactly {@code rank} dimensions ({@link StrictRule#UNSPECIFIED_RANK}). */
    static void rank(String function, String param, int[] shape, int rank) {
        if (shape.length != rank) {
            throw StrictRule.UNSPECIFIED_RANK.violation(function + " needs " + param + " with exactly " + rank
                    + " dimension(s); got shape " + Broadcast.format(shape));
        }
    }
}
