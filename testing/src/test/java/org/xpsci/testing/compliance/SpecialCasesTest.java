package org.xpsci.testing.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xpsci.xp.DType;
import org.xpsci.xp.ElementwiseOp;

/** The special-case table is well formed: every case has examples in both float dtypes, and checks work. */
class SpecialCasesTest {

    @Test
    void everyCaseHasExamplesFromThePoolInBothFloatDtypes() {
        for (SpecialCase c : SpecialCases.all()) {
            for (DType d : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
                double[][] ex = c.examples(List.of(), d, 6);
                assertTrue(ex[0].length > 0, c + " has no example in " + d);
                for (int i = 0; i < ex[0].length; i++) {
                    double b = c.x2() == null ? Double.NaN : ex[1][i];
                    assertTrue(SpecialCase.meets(c.x1(), ex[0][i], Double.NaN), c + ": x1 example " + ex[0][i]);
                    assertTrue(c.x2() == null || SpecialCase.meets(c.x2(), b, ex[0][i]), c + ": x2 example " + b);
                }
            }
        }
    }

    @Test
    void javaMathMeetsTheCasesItShouldAndNotThoseItBreaks() {
        SpecialCase atan2 = new SpecialCase(ElementwiseOp.ATAN2, ">0", "+0", "~pi/2");
        assertTrue(atan2.holds(1.0, 0.0, Math.atan2(1.0, 0.0), DType.FLOAT64));
        SpecialCase pow = new SpecialCase(ElementwiseOp.POW, "|=1|", "+inf", "1");
        assertFalse(pow.holds(-1.0, Double.POSITIVE_INFINITY, Math.pow(-1.0, Double.POSITIVE_INFINITY), DType.FLOAT64),
                "Java's Math.pow(-1, inf) is NaN, the standard says 1");
        SpecialCase add = new SpecialCase(ElementwiseOp.ADD, "-0", "+0", "+0");
        assertFalse(add.holds(-0.0, 0.0, -0.0, DType.FLOAT64), "the sign of zero is checked");
        SpecialCase fd = new SpecialCase(ElementwiseOp.FLOOR_DIVIDE, "+inf", ">0&finite", "+inf or NaN");
        assertTrue(fd.holds(Double.POSITIVE_INFINITY, 2, Double.NaN, DType.FLOAT64));
        assertTrue(fd.holds(Double.POSITIVE_INFINITY, 2, Double.POSITIVE_INFINITY, DType.FLOAT64));
    }

    @Test
    void tableCoversTheFunctionsWithSpecialCases() {
        Set<String> listed = SpecialCases.all().stream().map(c -> c.op().standardName()).collect(Collectors.toSet());
        Set<String> standard = Set.of("abs", "acos", "acosh", "add", "asin", "asinh", "atan", "atan2", "atanh", "ceil",
                "copysign", "cos", "cosh", "divide", "equal", "exp", "expm1", "floor", "floor_divide", "hypot",
                "isfinite", "isinf", "isnan", "log", "log1p", "log2", "log10", "logaddexp", "maximum", "minimum",
                "multiply", "nextafter", "not_equal", "pow", "reciprocal", "remainder", "round", "sign", "signbit",
                "sin", "sinh", "sqrt", "square", "subtract", "tan", "tanh", "trunc");
        assertEquals(standard, listed, "functions with real-valued special cases in the 2024.12 text");
    }
}
