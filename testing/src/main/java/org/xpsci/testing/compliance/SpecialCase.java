package org.xpsci.testing.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoublePredicate;
import org.xpsci.xp.DType;
import org.xpsci.xp.ElementwiseOp;

/**
 * One IEEE special case of an elementwise function for real floating-point operands, as the standard's text
 * lists it ("If x1_i is greater than 0 and x2_i is +0, the result is an implementation-dependent approximation
 * to +π/2"), written as conditions on the operands and a condition on the result.
 *
 * <p>Conditions are tokens joined by {@code &}: {@code NaN}, {@code +0}, {@code -0}, {@code 0} (either zero),
 * {@code +inf}, {@code -inf}, {@code inf} (either), {@code finite}, {@code nonzero}, {@code >0}, {@code <0},
 * {@code >1}, {@code <1}, {@code <-1}, {@code 1}, {@code -1}, {@code |>1|}, {@code |<1|}, {@code |=1|},
 * {@code !1}, {@code !0}, {@code !NaN}, {@code !inf}, {@code any}, {@code int} (integer-valued, finite),
 * {@code !int}, {@code odd} (odd integer value), {@code !odd}, {@code half} (finite, halfway between two
 * integers), {@code +sign}, {@code -sign} (sign bit, not NaN), {@code NaN+}, {@code NaN-} (NaN by sign bit),
 * and for x2 the relations {@code =x1} and {@code =-x1}. Results are one of {@code NaN}, {@code +0},
 * {@code -0}, {@code 0}, {@code +inf}, {@code -inf}, {@code 1}, {@code -1}, {@code true}, {@code false},
 * {@code ~pi/2} and the like (approximations), {@code x}/{@code x1}/{@code x2}/{@code -x2} (an operand
 * exactly), {@code |x1|}, {@code -|x1|}, {@code |x2|}, {@code +sign}, {@code -sign}, {@code NaN+}, {@code NaN-},
 * {@code rint} (x rounded half to even), or alternatives joined by {@code " or "} (where the standard allows
 * them).
 *
 * @param op     the function
 * @param x1     the condition on x (unary) or x1
 * @param x2     the condition on x2, or null for a one-argument function
 * @param result the condition on the result
 */
public record SpecialCase(ElementwiseOp op, String x1, String x2, String result) {

    /** The signed NaN whose sign bit is 1. */
    static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    /** Values every case draws its examples from (besides generated ones). */
    static final double[] POOL = {Double.NaN, NEGATIVE_NAN, 0.0, -0.0, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, 1, -1, 0.5, -0.5, 0.25, -0.75, 1.5, -1.5, 2, -2, 2.5, -2.5, 3, -3, 4, -4, 7, -7,
        10, -10, 1e30, -1e30};

    /** The case as the standard would phrase it, e.g. {@code atan2(>0, +0) is ~pi/2}. */
    @Override
    public String toString() {
        return op.standardName() + "(" + x1 + (x2 == null ? "" : ", " + x2) + ") is " + result;
    }

    /** Whether {@code v} (with {@code other} the first operand, for relations) meets the condition. */
    static boolean meets(String condition, double v, double other) {
        for (String token : condition.split("&")) {
            if (!token(token.trim(), v, other)) {
                return false;
            }
        }
        return true;
    }

    private static boolean token(String t, double v, double x1) {
        switch (t) {
            case "=x1":
                return same(v, x1);
            case "=-x1":
                return same(v, -x1);
            default:
                return predicate(t).test(v);
        }
    }

    private static DoublePredicate predicate(String t) {
        return switch (t) {
            case "NaN" -> Double::isNaN;
            case "NaN+" -> v -> Double.isNaN(v) && !sign(v);
            case "NaN-" -> v -> Double.isNaN(v) && sign(v);
            case "+0" -> v -> v == 0 && !sign(v);
            case "-0" -> v -> v == 0 && sign(v);
            case "0" -> v -> v == 0;
            case "+inf" -> v -> v == Double.POSITIVE_INFINITY;
            case "-inf" -> v -> v == Double.NEGATIVE_INFINITY;
            case "inf" -> Double::isInfinite;
            case "!inf" -> v -> !Double.isInfinite(v);
            case "finite" -> Double::isFinite;
            case "nonzero" -> v -> v != 0 && !Double.isNaN(v);
            case ">0" -> v -> v > 0;
            case "<0" -> v -> v < 0;
            case ">1" -> v -> v > 1;
            case "<1" -> v -> v < 1;
            case "<-1" -> v -> v < -1;
            case "1", "+1" -> v -> v == 1;
            case "-1" -> v -> v == -1;
            case "|>1|" -> v -> Math.abs(v) > 1;
            case "|<1|" -> v -> Math.abs(v) < 1;
            case "|=1|" -> v -> Math.abs(v) == 1;
            case "!1" -> v -> v != 1;
            case "!0" -> v -> v != 0;
            case "!NaN" -> v -> !Double.isNaN(v);
            case "any" -> v -> true;
            case "int" -> v -> Double.isFinite(v) && v == Math.rint(v);
            case "!int" -> v -> !(Double.isFinite(v) && v == Math.rint(v));
            case "odd" -> SpecialCase::odd;
            case "!odd" -> v -> !odd(v);
            case "half" -> v -> Double.isFinite(v) && v - Math.floor(v) == 0.5;
            case "+sign" -> v -> !Double.isNaN(v) && !sign(v);
            case "-sign" -> v -> !Double.isNaN(v) && sign(v);
            default -> throw new IllegalArgumentException("unknown special-case token '" + t + "'");
        };
    }

    private static boolean odd(double v) {
        return Double.isFinite(v) && v == Math.rint(v) && Math.abs(v % 2) == 1;
    }

    /** Whether the sign bit of v is set. */
    static boolean sign(double v) {
        return (Double.doubleToRawLongBits(v) & Long.MIN_VALUE) != 0;
    }

    private static boolean same(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b) || a == b && sign(a) == sign(b);
    }

    /**
     * Whether the result {@code r} of the function at {@code (a, b)} (b unused for one-argument functions)
     * meets the expected result, for a result of {@code dtype}.
     */
    boolean holds(double a, double b, double r, DType dtype) {
        for (String alt : result.split(" or ")) {
            if (alternative(alt.trim(), a, b, r, dtype)) {
                return true;
            }
        }
        return false;
    }

    private static boolean alternative(String e, double a, double b, double r, DType dtype) {
        if (e.startsWith("~")) {
            double want = approx(e.substring(1));
            double eps = dtype == DType.FLOAT32 ? 0x1.0p-23 : 0x1.0p-52;
            return Math.abs(r - want) <= 8 * eps * Math.abs(want);
        }
        return switch (e) {
            case "x", "x1" -> same(r, a);
            case "x2" -> same(r, b);
            case "-x2" -> same(r, -b);
            case "|x1|" -> same(r, Math.abs(a));
            case "-|x1|" -> same(r, -Math.abs(a));
            case "|x2|" -> same(r, Math.abs(b));
            case "true" -> r == 1;
            case "false" -> r == 0;
            case "rint" -> same(r, Math.rint(a));
            default -> meets(e, r, Double.NaN) && !e.contains("=");
        };
    }

    private static double approx(String s) {
        return switch (s) {
            case "pi" -> Math.PI;
            case "-pi" -> -Math.PI;
            case "pi/2" -> Math.PI / 2;
            case "-pi/2" -> -Math.PI / 2;
            case "pi/4" -> Math.PI / 4;
            case "-pi/4" -> -Math.PI / 4;
            case "3pi/4" -> 3 * Math.PI / 4;
            case "-3pi/4" -> -3 * Math.PI / 4;
            default -> throw new IllegalArgumentException("unknown approximation '~" + s + "'");
        };
    }

    /**
     * Example operands for this case in {@code dtype}: pool and {@code extra} values (rounded to the dtype)
     * that meet the conditions; pairs for a two-argument function. At most {@code limit} examples per operand.
     *
     * @return {@code {x1 values, x2 values}} of equal length (x2 empty for one-argument functions)
     */
    double[][] examples(List<Double> extra, DType dtype, int limit) {
        List<Double> values = new ArrayList<>();
        for (double v : POOL) {
            values.add(round(v, dtype));
        }
        for (double v : extra) {
            values.add(round(v, dtype));
        }
        List<Double> firsts = new ArrayList<>();
        for (double v : values) {
            if (firsts.size() < limit && meets(x1, v, Double.NaN) && firsts.stream().noneMatch(f -> same(f, v))) {
                firsts.add(v);
            }
        }
        if (x2 == null) {
            return new double[][] {toArray(firsts), new double[0]};
        }
        List<Double> p1 = new ArrayList<>();
        List<Double> p2 = new ArrayList<>();
        for (double a : firsts) {
            int taken = 0;
            List<Double> seconds = new ArrayList<>(values);
            seconds.add(a);
            seconds.add(-a);
            for (double b : seconds) {
                if (taken < limit && meets(x2, b, a) && !containsPair(p1, p2, a, b)) {
                    p1.add(a);
                    p2.add(b);
                    taken++;
                }
            }
        }
        return new double[][] {toArray(p1), toArray(p2)};
    }

    private static boolean containsPair(List<Double> p1, List<Double> p2, double a, double b) {
        for (int i = 0; i < p1.size(); i++) {
            if (same(p1.get(i), a) && same(p2.get(i), b)) {
                return true;
            }
        }
        return false;
    }

    private static double round(double v, DType dtype) {
        return dtype == DType.FLOAT32 ? (double) (float) v : v;
    }

    private static double[] toArray(List<Double> l) {
        double[] a = new double[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }

    /** A short rendering of a double that shows the sign of zero and of NaN. */
    static String show(double v) {
        if (Double.isNaN(v)) {
            return sign(v) ? "-NaN" : "NaN";
        }
        if (v == 0) {
            return sign(v) ? "-0.0" : "+0.0";
        }
        return String.format(Locale.ROOT, "%s", v);
    }
}
