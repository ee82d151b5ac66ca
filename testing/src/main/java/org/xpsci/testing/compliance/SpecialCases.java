package org.xpsci.testing.compliance;

import static org.xpsci.xp.ElementwiseOp.ABS;
import static org.xpsci.xp.ElementwiseOp.ACOS;
import static org.xpsci.xp.ElementwiseOp.ACOSH;
import static org.xpsci.xp.ElementwiseOp.ADD;
import static org.xpsci.xp.ElementwiseOp.ASIN;
import static org.xpsci.xp.ElementwiseOp.ASINH;
import static org.xpsci.xp.ElementwiseOp.ATAN;
import static org.xpsci.xp.ElementwiseOp.ATAN2;
import static org.xpsci.xp.ElementwiseOp.ATANH;
import static org.xpsci.xp.ElementwiseOp.CEIL;
import static org.xpsci.xp.ElementwiseOp.COPYSIGN;
import static org.xpsci.xp.ElementwiseOp.COS;
import static org.xpsci.xp.ElementwiseOp.COSH;
import static org.xpsci.xp.ElementwiseOp.DIVIDE;
import static org.xpsci.xp.ElementwiseOp.EQUAL;
import static org.xpsci.xp.ElementwiseOp.EXP;
import static org.xpsci.xp.ElementwiseOp.EXPM1;
import static org.xpsci.xp.ElementwiseOp.FLOOR;
import static org.xpsci.xp.ElementwiseOp.FLOOR_DIVIDE;
import static org.xpsci.xp.ElementwiseOp.HYPOT;
import static org.xpsci.xp.ElementwiseOp.ISFINITE;
import static org.xpsci.xp.ElementwiseOp.ISINF;
import static org.xpsci.xp.ElementwiseOp.ISNAN;
import static org.xpsci.xp.ElementwiseOp.LOG;
import static org.xpsci.xp.ElementwiseOp.LOG10;
import static org.xpsci.xp.ElementwiseOp.LOG1P;
import static org.xpsci.xp.ElementwiseOp.LOG2;
import static org.xpsci.xp.ElementwiseOp.LOGADDEXP;
import static org.xpsci.xp.ElementwiseOp.MAXIMUM;
import static org.xpsci.xp.ElementwiseOp.MINIMUM;
import static org.xpsci.xp.ElementwiseOp.MULTIPLY;
import static org.xpsci.xp.ElementwiseOp.NEXTAFTER;
import static org.xpsci.xp.ElementwiseOp.NOT_EQUAL;
import static org.xpsci.xp.ElementwiseOp.POW;
import static org.xpsci.xp.ElementwiseOp.RECIPROCAL;
import static org.xpsci.xp.ElementwiseOp.REMAINDER;
import static org.xpsci.xp.ElementwiseOp.ROUND;
import static org.xpsci.xp.ElementwiseOp.SIGN;
import static org.xpsci.xp.ElementwiseOp.SIGNBIT;
import static org.xpsci.xp.ElementwiseOp.SIN;
import static org.xpsci.xp.ElementwiseOp.SINH;
import static org.xpsci.xp.ElementwiseOp.SQRT;
import static org.xpsci.xp.ElementwiseOp.SQUARE;
import static org.xpsci.xp.ElementwiseOp.SUBTRACT;
import static org.xpsci.xp.ElementwiseOp.TAN;
import static org.xpsci.xp.ElementwiseOp.TANH;
import static org.xpsci.xp.ElementwiseOp.TRUNC;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.xpsci.xp.ElementwiseOp;

/**
 * The special cases the array API standard (2024.12) lists for real-valued floating-point operands of its
 * elementwise functions, transcribed one line per sentence of the standard's "Special cases" sections, in the
 * standard's order. Functions whose special cases the standard defines through another function ("as if
 * implemented as 1.0 / x", "as x * x", "x1 + (-x2)") have those cases written out.
 */
public final class SpecialCases {

    private static final List<SpecialCase> ALL = new ArrayList<>();

    static {
        u(ABS, "NaN", "NaN");
        u(ABS, "-0", "+0");
        u(ABS, "-inf", "+inf");

        u(ACOS, "NaN", "NaN");
        u(ACOS, ">1", "NaN");
        u(ACOS, "<-1", "NaN");
        u(ACOS, "1", "+0");

        u(ACOSH, "NaN", "NaN");
        u(ACOSH, "<1", "NaN");
        u(ACOSH, "1", "+0");
        u(ACOSH, "+inf", "+inf");

        b(ADD, "NaN", "any", "NaN");
        b(ADD, "any", "NaN", "NaN");
        b(ADD, "+inf", "-inf", "NaN");
        b(ADD, "-inf", "+inf", "NaN");
        b(ADD, "+inf", "+inf", "+inf");
        b(ADD, "-inf", "-inf", "-inf");
        b(ADD, "+inf", "finite", "+inf");
        b(ADD, "-inf", "finite", "-inf");
        b(ADD, "finite", "+inf", "+inf");
        b(ADD, "finite", "-inf", "-inf");
        b(ADD, "-0", "-0", "-0");
        b(ADD, "-0", "+0", "+0");
        b(ADD, "+0", "-0", "+0");
        b(ADD, "+0", "+0", "+0");
        b(ADD, "0", "nonzero&finite", "x2");
        b(ADD, "nonzero&finite", "0", "x1");
        b(ADD, "nonzero&finite", "=-x1", "+0");

        u(ASIN, "NaN", "NaN");
        u(ASIN, ">1", "NaN");
        u(ASIN, "<-1", "NaN");
        u(ASIN, "+0", "+0");
        u(ASIN, "-0", "-0");

        u(ASINH, "NaN", "NaN");
        u(ASINH, "+0", "+0");
        u(ASINH, "-0", "-0");
        u(ASINH, "+inf", "+inf");
        u(ASINH, "-inf", "-inf");

        u(ATAN, "NaN", "NaN");
        u(ATAN, "+0", "+0");
        u(ATAN, "-0", "-0");
        u(ATAN, "+inf", "~pi/2");
        u(ATAN, "-inf", "~-pi/2");

        b(ATAN2, "NaN", "any", "NaN");
        b(ATAN2, "any", "NaN", "NaN");
        b(ATAN2, ">0", "+0", "~pi/2");
        b(ATAN2, ">0", "-0", "~pi/2");
        b(ATAN2, "+0", ">0", "+0");
        b(ATAN2, "+0", "+0", "+0");
        b(ATAN2, "+0", "-0", "~pi");
        b(ATAN2, "+0", "<0", "~pi");
        b(ATAN2, "-0", ">0", "-0");
        b(ATAN2, "-0", "+0", "-0");
        b(ATAN2, "-0", "-0", "~-pi");
        b(ATAN2, "-0", "<0", "~-pi");
        b(ATAN2, "<0", "+0", "~-pi/2");
        b(ATAN2, "<0", "-0", "~-pi/2");
        b(ATAN2, ">0&finite", "+inf", "+0");
        b(ATAN2, ">0&finite", "-inf", "~pi");
        b(ATAN2, "<0&finite", "+inf", "-0");
        b(ATAN2, "<0&finite", "-inf", "~-pi");
        b(ATAN2, "+inf", "finite", "~pi/2");
        b(ATAN2, "-inf", "finite", "~-pi/2");
        b(ATAN2, "+inf", "+inf", "~pi/4");
        b(ATAN2, "+inf", "-inf", "~3pi/4");
        b(ATAN2, "-inf", "+inf", "~-pi/4");
        b(ATAN2, "-inf", "-inf", "~-3pi/4");

        u(ATANH, "NaN", "NaN");
        u(ATANH, "<-1", "NaN");
        u(ATANH, ">1", "NaN");
        u(ATANH, "-1", "-inf");
        u(ATANH, "1", "+inf");
        u(ATANH, "+0", "+0");
        u(ATANH, "-0", "-0");

        rounding(CEIL);

        b(COPYSIGN, "!NaN", "<0", "-|x1|");
        b(COPYSIGN, "!NaN", "-0", "-|x1|");
        b(COPYSIGN, "!NaN", "+0", "|x1|");
        b(COPYSIGN, "!NaN", ">0", "|x1|");
        b(COPYSIGN, "!NaN", "NaN-", "-|x1|");
        b(COPYSIGN, "!NaN", "NaN+", "|x1|");
        b(COPYSIGN, "NaN", "<0", "NaN-");
        b(COPYSIGN, "NaN", "-0", "NaN-");
        b(COPYSIGN, "NaN", "+0", "NaN+");
        b(COPYSIGN, "NaN", ">0", "NaN+");
        b(COPYSIGN, "NaN", "NaN-", "NaN-");
        b(COPYSIGN, "NaN", "NaN+", "NaN+");

        u(COS, "NaN", "NaN");
        u(COS, "+0", "1");
        u(COS, "-0", "1");
        u(COS, "+inf", "NaN");
        u(COS, "-inf", "NaN");

        u(COSH, "NaN", "NaN");
        u(COSH, "+0", "1");
        u(COSH, "-0", "1");
        u(COSH, "+inf", "+inf");
        u(COSH, "-inf", "+inf");

        division(DIVIDE, "+inf", "-inf", "-inf", "+inf", "-0", "-0");
        b(DIVIDE, ">0&finite", ">0&finite", "+sign");
        b(DIVIDE, "<0&finite", "<0&finite", "+sign");
        b(DIVIDE, ">0&finite", "<0&finite", "-sign");
        b(DIVIDE, "<0&finite", ">0&finite", "-sign");

        b(EQUAL, "NaN", "any", "false");
        b(EQUAL, "any", "NaN", "false");
        b(EQUAL, "+inf", "+inf", "true");
        b(EQUAL, "-inf", "-inf", "true");
        b(EQUAL, "-0", "0", "true");
        b(EQUAL, "+0", "0", "true");
        b(EQUAL, "finite", "=x1", "true");

        u(EXP, "NaN", "NaN");
        u(EXP, "+0", "1");
        u(EXP, "-0", "1");
        u(EXP, "+inf", "+inf");
        u(EXP, "-inf", "+0");

        u(EXPM1, "NaN", "NaN");
        u(EXPM1, "+0", "+0");
        u(EXPM1, "-0", "-0");
        u(EXPM1, "+inf", "+inf");
        u(EXPM1, "-inf", "-1");

        rounding(FLOOR);

        division(FLOOR_DIVIDE, "+inf or NaN", "-inf or NaN", "-inf or NaN", "+inf or NaN", "-0 or -1", "-0 or -1");
        b(FLOOR_DIVIDE, ">0&finite", ">0&finite", "+sign");
        b(FLOOR_DIVIDE, "<0&finite", "<0&finite", "+sign");
        b(FLOOR_DIVIDE, ">0&finite", "<0&finite", "-sign");
        b(FLOOR_DIVIDE, "<0&finite", ">0&finite", "-sign");

        b(HYPOT, "inf", "any", "+inf");
        b(HYPOT, "any", "inf", "+inf");
        b(HYPOT, "0", "any", "|x2|");
        b(HYPOT, "any", "0", "|x1|");
        b(HYPOT, "finite", "NaN", "NaN");
        b(HYPOT, "NaN", "finite", "NaN");
        b(HYPOT, "NaN", "NaN", "NaN");

        u(ISFINITE, "inf", "false");
        u(ISFINITE, "NaN", "false");
        u(ISFINITE, "finite", "true");

        u(ISINF, "inf", "true");
        u(ISINF, "!inf", "false");

        u(ISNAN, "NaN", "true");
        u(ISNAN, "!NaN", "false");

        logarithm(LOG);

        u(LOG1P, "NaN", "NaN");
        u(LOG1P, "<-1", "NaN");
        u(LOG1P, "-1", "-inf");
        u(LOG1P, "-0", "-0");
        u(LOG1P, "+0", "+0");
        u(LOG1P, "+inf", "+inf");

        logarithm(LOG2);
        logarithm(LOG10);

        b(LOGADDEXP, "NaN", "any", "NaN");
        b(LOGADDEXP, "any", "NaN", "NaN");
        b(LOGADDEXP, "+inf", "!NaN", "+inf");
        b(LOGADDEXP, "!NaN", "+inf", "+inf");

        b(MAXIMUM, "NaN", "any", "NaN");
        b(MAXIMUM, "any", "NaN", "NaN");
        b(MINIMUM, "NaN", "any", "NaN");
        b(MINIMUM, "any", "NaN", "NaN");

        b(MULTIPLY, "NaN", "any", "NaN");
        b(MULTIPLY, "any", "NaN", "NaN");
        b(MULTIPLY, "inf", "0", "NaN");
        b(MULTIPLY, "0", "inf", "NaN");
        b(MULTIPLY, "finite&+sign", "finite&+sign", "+sign");
        b(MULTIPLY, "finite&-sign", "finite&-sign", "+sign");
        b(MULTIPLY, "finite&+sign", "finite&-sign", "-sign");
        b(MULTIPLY, "finite&-sign", "finite&+sign", "-sign");
        b(MULTIPLY, "+inf", "+inf", "+inf");
        b(MULTIPLY, "+inf", "-inf", "-inf");
        b(MULTIPLY, "-inf", "+inf", "-inf");
        b(MULTIPLY, "-inf", "-inf", "+inf");
        b(MULTIPLY, "+inf", ">0&finite", "+inf");
        b(MULTIPLY, "+inf", "<0&finite", "-inf");
        b(MULTIPLY, "-inf", ">0&finite", "-inf");
        b(MULTIPLY, "-inf", "<0&finite", "+inf");
        b(MULTIPLY, ">0&finite", "+inf", "+inf");
        b(MULTIPLY, "<0&finite", "+inf", "-inf");
        b(MULTIPLY, ">0&finite", "-inf", "-inf");
        b(MULTIPLY, "<0&finite", "-inf", "+inf");

        b(NEXTAFTER, "NaN", "any", "NaN");
        b(NEXTAFTER, "any", "NaN", "NaN");
        b(NEXTAFTER, "-0", "+0", "+0");
        b(NEXTAFTER, "+0", "-0", "-0");

        b(NOT_EQUAL, "NaN", "any", "true");
        b(NOT_EQUAL, "any", "NaN", "true");
        b(NOT_EQUAL, "+inf", "-inf", "true");
        b(NOT_EQUAL, "-inf", "+inf", "true");
        b(NOT_EQUAL, "finite", "=-x1&nonzero", "true");
        b(NOT_EQUAL, "finite", "=x1", "false");

        b(POW, "!1", "NaN", "NaN");
        b(POW, "any", "+0", "1");
        b(POW, "any", "-0", "1");
        b(POW, "NaN", "!0", "NaN");
        b(POW, "|>1|", "+inf", "+inf");
        b(POW, "|>1|", "-inf", "+0");
        b(POW, "|=1|", "+inf", "1");
        b(POW, "|=1|", "-inf", "1");
        b(POW, "1", "!NaN", "1");
        b(POW, "|<1|", "+inf", "+0");
        b(POW, "|<1|", "-inf", "+inf");
        b(POW, "+inf", ">0", "+inf");
        b(POW, "+inf", "<0", "+0");
        b(POW, "-inf", ">0&odd", "-inf");
        b(POW, "-inf", ">0&!odd", "+inf");
        b(POW, "-inf", "<0&odd", "-0");
        b(POW, "-inf", "<0&!odd", "+0");
        b(POW, "+0", ">0", "+0");
        b(POW, "+0", "<0", "+inf");
        b(POW, "-0", ">0&odd", "-0");
        b(POW, "-0", ">0&!odd", "+0");
        b(POW, "-0", "<0&odd", "-inf");
        b(POW, "-0", "<0&!odd", "+inf");
        b(POW, "<0&finite", "finite&!int", "NaN");

        // reciprocal: "as if implemented as 1.0 / x" (divide with x1 = 1)
        u(RECIPROCAL, "NaN", "NaN");
        u(RECIPROCAL, "+0", "+inf");
        u(RECIPROCAL, "-0", "-inf");
        u(RECIPROCAL, "+inf", "+0");
        u(RECIPROCAL, "-inf", "-0");
        u(RECIPROCAL, ">0&finite", "+sign");
        u(RECIPROCAL, "<0&finite", "-sign");

        b(REMAINDER, "NaN", "any", "NaN");
        b(REMAINDER, "any", "NaN", "NaN");
        b(REMAINDER, "inf", "inf", "NaN");
        b(REMAINDER, "0", "0", "NaN");
        b(REMAINDER, "+0", ">0", "+0");
        b(REMAINDER, "-0", ">0", "+0");
        b(REMAINDER, "+0", "<0", "-0");
        b(REMAINDER, "-0", "<0", "-0");
        b(REMAINDER, ">0", "+0", "NaN");
        b(REMAINDER, ">0", "-0", "NaN");
        b(REMAINDER, "<0", "+0", "NaN");
        b(REMAINDER, "<0", "-0", "NaN");
        b(REMAINDER, "+inf", ">0&finite", "NaN");
        b(REMAINDER, "+inf", "<0&finite", "NaN");
        b(REMAINDER, "-inf", ">0&finite", "NaN");
        b(REMAINDER, "-inf", "<0&finite", "NaN");
        b(REMAINDER, ">0&finite", "+inf", "x1");
        b(REMAINDER, ">0&finite", "-inf", "x2");
        b(REMAINDER, "<0&finite", "+inf", "x2");
        b(REMAINDER, "<0&finite", "-inf", "x1");

        rounding(ROUND);
        u(ROUND, "half", "rint");

        u(SIGN, "<0", "-1");
        u(SIGN, "0", "0");
        u(SIGN, ">0", "1");
        u(SIGN, "NaN", "NaN");

        u(SIGNBIT, "+0", "false");
        u(SIGNBIT, "-0", "true");
        u(SIGNBIT, "+inf", "false");
        u(SIGNBIT, "-inf", "true");
        u(SIGNBIT, ">0&finite", "false");
        u(SIGNBIT, "<0&finite", "true");
        u(SIGNBIT, "NaN+", "false");
        u(SIGNBIT, "NaN-", "true");

        u(SIN, "NaN", "NaN");
        u(SIN, "+0", "+0");
        u(SIN, "-0", "-0");
        u(SIN, "inf", "NaN");

        u(SINH, "NaN", "NaN");
        u(SINH, "+0", "+0");
        u(SINH, "-0", "-0");
        u(SINH, "+inf", "+inf");
        u(SINH, "-inf", "-inf");

        u(SQRT, "NaN", "NaN");
        u(SQRT, "<0", "NaN");
        u(SQRT, "+0", "+0");
        u(SQRT, "-0", "-0");
        u(SQRT, "+inf", "+inf");

        // square: "as if implemented as x * x"
        u(SQUARE, "NaN", "NaN");
        u(SQUARE, "inf", "+inf");
        u(SQUARE, "!NaN", "+sign");

        // subtract: "the same as x1_i + (-x2_i)"
        b(SUBTRACT, "NaN", "any", "NaN");
        b(SUBTRACT, "any", "NaN", "NaN");
        b(SUBTRACT, "+inf", "+inf", "NaN");
        b(SUBTRACT, "-inf", "-inf", "NaN");
        b(SUBTRACT, "+inf", "-inf", "+inf");
        b(SUBTRACT, "-inf", "+inf", "-inf");
        b(SUBTRACT, "+inf", "finite", "+inf");
        b(SUBTRACT, "-inf", "finite", "-inf");
        b(SUBTRACT, "finite", "+inf", "-inf");
        b(SUBTRACT, "finite", "-inf", "+inf");
        b(SUBTRACT, "-0", "+0", "-0");
        b(SUBTRACT, "-0", "-0", "+0");
        b(SUBTRACT, "+0", "+0", "+0");
        b(SUBTRACT, "+0", "-0", "+0");
        b(SUBTRACT, "0", "nonzero&finite", "-x2");
        b(SUBTRACT, "nonzero&finite", "0", "x1");
        b(SUBTRACT, "nonzero&finite", "=x1", "+0");

        u(TAN, "NaN", "NaN");
        u(TAN, "+0", "+0");
        u(TAN, "-0", "-0");
        u(TAN, "inf", "NaN");

        u(TANH, "NaN", "NaN");
        u(TANH, "+0", "+0");
        u(TANH, "-0", "-0");
        u(TANH, "+inf", "1");
        u(TANH, "-inf", "-1");

        rounding(TRUNC);
    }

    private SpecialCases() {
    }

    /** Every special case, in the standard's order. */
    public static List<SpecialCase> all() {
        return Collections.unmodifiableList(ALL);
    }

    private static void u(ElementwiseOp op, String x, String result) {
        ALL.add(new SpecialCase(op, x, null, result));
    }

    private static void b(ElementwiseOp op, String x1, String x2, String result) {
        ALL.add(new SpecialCase(op, x1, x2, result));
    }

    /** ceil, floor, round and trunc: integer values and the IEEE specials are returned unchanged. */
    private static void rounding(ElementwiseOp op) {
        u(op, "int", "x");
        u(op, "+inf", "+inf");
        u(op, "-inf", "-inf");
        u(op, "+0", "+0");
        u(op, "-0", "-0");
        u(op, "NaN", "NaN");
    }

    /** log, log2 and log10. */
    private static void logarithm(ElementwiseOp op) {
        u(op, "NaN", "NaN");
        u(op, "<0", "NaN");
        u(op, "0", "-inf");
        u(op, "1", "+0");
        u(op, "+inf", "+inf");
    }

    /**
     * The cases divide and floor_divide share; the six results that differ are parameters: infinity divided
     * by a positive and a negative finite number, minus infinity by the same, and a positive and a negative
     * finite number divided by the infinity of the other sign.
     */
    private static void division(ElementwiseOp op, String infByPos, String infByNeg, String minusInfByPos,
                                 String minusInfByNeg, String posByMinusInf, String negByInf) {
        b(op, "NaN", "any", "NaN");
        b(op, "any", "NaN", "NaN");
        b(op, "inf", "inf", "NaN");
        b(op, "0", "0", "NaN");
        b(op, "+0", ">0", "+0");
        b(op, "-0", ">0", "-0");
        b(op, "+0", "<0", "-0");
        b(op, "-0", "<0", "+0");
        b(op, ">0", "+0", "+inf");
        b(op, ">0", "-0", "-inf");
        b(op, "<0", "+0", "-inf");
        b(op, "<0", "-0", "+inf");
        b(op, "+inf", ">0&finite", infByPos);
        b(op, "+inf", "<0&finite", infByNeg);
        b(op, "-inf", ">0&finite", minusInfByPos);
        b(op, "-inf", "<0&finite", minusInfByNeg);
        b(op, ">0&finite", "+inf", "+0");
        b(op, ">0&finite", "-inf", posByMinusInf);
        b(op, "<0&finite", "+inf", negByInf);
        b(op, "<0&finite", "-inf", "+0");
    }
}
