package org.xpsci.testing.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** A test of one operand value, given the first operand (for relations). */
    @FunctionalInterface
    private interface ValueTest {
        boolean test(double v, double x1);
    }

    /** Conditions compiled once: each a conjunction of token tests on (value, first operand). */
    private static final Map<String, List<ValueTest>> COMPILED = new ConcurrentHashMap<>();

    /** Results split into their alternatives once. */
    private static final Map<String, String[]> ALTERNATIVES = new ConcurrentHashMap<>();

    /** Whether {@code v} (with {@code other} the first operand, for relations) meets the condition. */
    static boolean meets(String condition, double v, double other) {
        for (ValueTest t : COMPILED.computeIfAbsent(condition, SpecialCase::compile)) {
            if (!t.test(v, other)) {
                return false;
            }
        }
        return true;
    }

    private static List<ValueTest> compile(String condition) {
        List<ValueTest> tests = new ArrayList<>();
        for (String raw : condition.split("&")) {
            String t = raw.trim();
            if (t.equals("=x1")) {
                tests.add((v, x1) -> same(v, x1));
            } else if (t.equals("=-x1")) {
                tests.add((v, x1) -> same(v, -x1));
            } else {
                DoublePredicate p = predicate(t);
                tests.add((v, x1) -> p.test(v));
            }
        }
        return tests;
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
        for (String alt : ALTERNATIVES.computeIfAbsent(result, text -> text.split(" or "))) {
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

    /** The examples drawn from the pool alone, per dtype, built once. */
    private static final Map<DType, Map<SpecialCase, double[][]>> POOL_EXAMPLES = new ConcurrentHashMap<>();

    /**
     * Example operands for this case in {@code dtype}: up to {@code limit} values from the pool and up to
     * {@code limit} from {@code extra} (rounded to the dtype) that meet the conditions; for a two-argument
     * function, each first operand is paired with up to {@code limit} second operands from either source.
     *
     * @return {@code {x1 values, x2 values}} of equal length (x2 empty for one-argument functions)
     */
    double[][] examples(List<Double> extra, DType dtype, int limit) {
        List<Double> pool = new ArrayList<>();
        for (double v : POOL) {
            pool.add(round(v, dtype));
        }
        double[][] fromPool = POOL_EXAMPLES.computeIfAbsent(dtype, d -> new ConcurrentHashMap<>())
                .computeIfAbsent(this, c -> pairs(pool, pool, limit));
        if (extra.isEmpty()) {
            return fromPool;
        }
        List<Double> more = new ArrayList<>();
        for (double v : extra) {
            more.add(round(v, dtype));
        }
        List<Double> both = new ArrayList<>(more);
        both.addAll(pool);
        int few = Math.max(1, limit / 2);
        double[][] a = pairs(more, both, few);
        double[][] b = x2 == null ? new double[][] {new double[0], new double[0]} : pairs(pool, more, few);
        return new double[][] {concat(fromPool[0], a[0], b[0]), concat(fromPool[1], a[1], b[1])};
    }

    private double[][] pairs(List<Double> firstCandidates, List<Double> secondCandidates, int limit) {
        List<Double> firsts = new ArrayList<>();
        for (int k = 0; k < firstCandidates.size() && firsts.size() < limit; k++) {
            double v = firstCandidates.get(k);
            if (meets(x1, v, Double.NaN) && firsts.stream().noneMatch(f -> same(f, v))) {
                firsts.add(v);
            }
        }
        if (x2 == null) {
            return new double[][] {toArray(firsts), new double[0]};
        }
        List<Double> p1 = new ArrayList<>();
        List<Double> p2 = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (double a : firsts) {
            int taken = 0;
            List<Double> seconds = new ArrayList<>(secondCandidates);
            seconds.add(a);
            seconds.add(-a);
            for (int k = 0; k < seconds.size() && taken < limit; k++) {
                double b = seconds.get(k);
                if (meets(x2, b, a) && seen.add(Double.doubleToLongBits(a) + ":" + Double.doubleToLongBits(b))) {
                    p1.add(a);
                    p2.add(b);
                    taken++;
                }
            }
        }
        return new double[][] {toArray(p1), toArray(p2)};
    }

    private static double[] concat(double[]... parts) {
        int n = 0;
        for (double[] p : parts) {
            n += p.length;
        }
        double[] out = new double[n];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
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
