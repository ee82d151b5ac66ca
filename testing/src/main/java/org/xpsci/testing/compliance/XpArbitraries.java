package org.xpsci.testing.compliance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.xpsci.xp.DType;
import org.xpsci.xp.DTypeCategory;

/**
 * jqwik generators of the suite: dtypes (all thirteen or a category), shapes from 0-d to 4-d including size-0
 * axes, broadcast-compatible shape pairs, and arrays of every dtype whose floating-point values include the
 * IEEE specials (NaN, ±infinity, ±0). Everything shrinks toward small, simple arrays.
 */
public final class XpArbitraries {

    /** Doubles every floating-point generator mixes in. */
    static final double[] SPECIAL_DOUBLES = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -3.0, Double.NaN,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    private XpArbitraries() {
    }

    /** Every dtype. */
    public static Arbitrary<DType> dtypes() {
        return Arbitraries.of(DType.values());
    }

    /** The dtypes of a category. */
    public static Arbitrary<DType> dtypes(DTypeCategory category) {
        return Arbitraries.of(Arrays.stream(DType.values()).filter(category::accepts).toList());
    }

    /** Shapes of 0 to 4 dimensions with axes of length 0 to 5 (at most 81 elements). */
    public static Arbitrary<int[]> shapes() {
        return shapes(0, 4);
    }

    /** Shapes with {@code minDims} to {@code maxDims} dimensions. */
    public static Arbitrary<int[]> shapes(int minDims, int maxDims) {
        return Arbitraries.integers().between(minDims, maxDims).flatMap(nd -> {
            int side = nd <= 2 ? 5 : nd == 3 ? 4 : 3;
            return Arbitraries.integers().between(0, side).list().ofSize(nd)
                    .map(l -> l.stream().mapToInt(Integer::intValue).toArray());
        });
    }

    /** Shapes with no zero-length axis. */
    public static Arbitrary<int[]> nonEmptyShapes(int minDims, int maxDims) {
        return shapes(minDims, maxDims).map(s -> {
            int[] t = s.clone();
            for (int i = 0; i < t.length; i++) {
                t[i] = Math.max(1, t[i]);
            }
            return t;
        });
    }

    /**
     * Pairs of shapes that broadcast together: a result shape, and two operands that each drop some leading
     * axes and replace some axes by 1.
     */
    public static Arbitrary<int[][]> broadcastPairs() {
        return shapes().flatMap(r -> Combinators.combine(operandOf(r), operandOf(r)).as((a, b) -> new int[][] {a, b}));
    }

    private static Arbitrary<int[]> operandOf(int[] result) {
        return Combinators.combine(Arbitraries.integers().between(0, result.length),
                Arbitraries.of(true, false).list().ofSize(result.length)).as((drop, ones) -> {
                    int[] s = new int[result.length - drop];
                    for (int i = 0; i < s.length; i++) {
                        s[i] = ones.get(i + drop) ? 1 : result[i + drop];
                    }
                    return s;
                });
    }

    /** The value domains of generated arrays. */
    public enum Domain {
        /** Each dtype's range; floating-point values include NaN, ±infinity and ±0. */
        FULL,
        /**
         * Integers in [1, 5], so that no elementwise function meets behaviour the standard leaves unspecified
         * (integer division by zero, negative integer powers, shifts past the width, overflow of small sums);
         * floating-point values as in FULL.
         */
        SAFE,
        /**
         * As FULL without NaN and -0, for orderings (the standard leaves the place of NaN and the order of signed
         * zeros unspecified).
         */
        ORDERED,
        /**
         * Integers in [1, 5] and floating-point multiples of 1/4 in [-4, 4]: sums of a few products are exact in
         * every dtype, so linear-algebra results can be compared exactly whatever the summation order.
         */
        SMALL
    }

    private record Layout(DType dtype, int[] shape) {
    }

    /** Arrays of the given dtypes and shapes with values over the {@link Domain#FULL} domain. */
    public static Arbitrary<ArraySpec> arrays(Arbitrary<DType> dtypes, Arbitrary<int[]> shapes) {
        return arrays(dtypes, shapes, Domain.FULL);
    }

    /** Arrays of the given dtypes and shapes with values from {@code domain}. */
    public static Arbitrary<ArraySpec> arrays(Arbitrary<DType> dtypes, Arbitrary<int[]> shapes, Domain domain) {
        return Combinators.combine(dtypes, shapes).as(Layout::new).flatMap(l -> array(l.dtype(), l.shape(), domain));
    }

    /** An array of the given dtype and shape with values from {@code domain}. */
    public static Arbitrary<ArraySpec> array(DType dtype, int[] shape, Domain domain) {
        return values(dtype, size(shape), domain).map(v -> new ArraySpec(dtype, shape, v));
    }

    static int size(int[] shape) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    /** {@code n} values of a dtype, as the storage {@link ArraySpec} uses. */
    static Arbitrary<Object> values(DType d, int n, Domain domain) {
        if (d.isBool()) {
            return Arbitraries.of(true, false).list().ofSize(n).map(l -> {
                boolean[] b = new boolean[n];
                for (int i = 0; i < n; i++) {
                    b[i] = l.get(i);
                }
                return (Object) b;
            });
        }
        if (d.isIntegral()) {
            return integers(d, domain == Domain.SAFE || domain == Domain.SMALL).list().ofSize(n).map(l -> (Object) l.stream().mapToLong(Long::longValue).toArray());
        }
        int per = d.isComplexFloating() ? 2 : 1;
        boolean single = d.toReal() == DType.FLOAT32;
        Arbitrary<Double> source = domain == Domain.ORDERED ? orderedDoubles()
                : domain == Domain.SMALL ? Arbitraries.integers().between(-16, 16).map(k -> k / 4.0) : doubles();
        return source.list().ofSize(per * n).map(l -> {
            double[] v = new double[l.size()];
            for (int i = 0; i < v.length; i++) {
                double x = l.get(i);
                v[i] = single ? (double) (float) x : x;
            }
            return (Object) v;
        });
    }

    private static Arbitrary<Long> integers(DType d, boolean safe) {
        if (safe) {
            return Arbitraries.longs().between(1, 5);
        }
        long lo = switch (d) {
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            case INT64 -> Long.MIN_VALUE;
            default -> 0;
        };
        long hi = switch (d) {
            case INT8 -> Byte.MAX_VALUE;
            case INT16 -> Short.MAX_VALUE;
            case INT32 -> Integer.MAX_VALUE;
            case UINT8 -> 255;
            case UINT16 -> 65535;
            case UINT32 -> 4294967295L;
            default -> Long.MAX_VALUE;
        };
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(Math.max(lo, -10), Math.min(hi, 10))),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(lo, hi)));
    }

    /** Doubles: mostly small, sometimes any finite value, often one of the IEEE specials. */
    public static Arbitrary<Double> doubles() {
        List<Double> specials = new ArrayList<>();
        for (double s : SPECIAL_DOUBLES) {
            specials.add(s);
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.doubles().between(-10, 10).ofScale(3)),
                net.jqwik.api.Tuple.of(1, Arbitraries.doubles()),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(specials)));
    }

    /** Doubles without NaN (for orderings, where the standard leaves NaN placement unspecified). */
    public static Arbitrary<Double> orderedDoubles() {
        return doubles().filter(v -> !Double.isNaN(v)).map(v -> v + 0.0);
    }
}
