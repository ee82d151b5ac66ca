package org.xpsci.testing.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.DTypeCategory;
import org.xpsci.xp.NdArray;

/**
 * Properties of the statistical, utility and searching reductions: with any axes (none, some in any order,
 * negative ones, all) and keepdims, each reduction the standard requires for the input's dtype gives the
 * reduced shape and the standard's result dtype; all, any, count_nonzero, max, min, argmax and argmin give the
 * reference values (NaN propagates through max and min); the cumulative functions keep the shape (one more
 * along the axis with include_initial) and follow sum's dtype rule.
 */
public abstract class ReductionProperties extends SpecialCaseProperties {

    /** A reduction's input and arguments. */
    public record ReductionCase(ArraySpec x, int[] axes, boolean keepdims) {
        @Override
        public String toString() {
            return x + ", axes=" + (axes == null ? "None" : java.util.Arrays.toString(axes)) + ", keepdims=" + keepdims;
        }
    }

    /** One reduction of the standard: its name, the category of inputs it requires and its result dtype. */
    private enum Reduction {
        SUM("sum", DTypeCategory.NUMERIC), PROD("prod", DTypeCategory.NUMERIC), MAX("max", DTypeCategory.REAL_NUMERIC),
        MIN("min", DTypeCategory.REAL_NUMERIC), MEAN("mean", DTypeCategory.FLOATING), STD("std", DTypeCategory.REAL_FLOATING),
        VAR("var", DTypeCategory.REAL_FLOATING), ALL("all", DTypeCategory.ANY), ANY("any", DTypeCategory.ANY),
        COUNT_NONZERO("count_nonzero", DTypeCategory.ANY);

        final String label;
        final DTypeCategory category;

        Reduction(String label, DTypeCategory category) {
            this.label = label;
            this.category = category;
        }

        DType result(DType x) {
            return switch (this) {
                case SUM, PROD -> StandardPromotion.accumulation(x);
                case ALL, ANY -> DType.BOOL;
                case COUNT_NONZERO -> DType.INT64;
                default -> x;
            };
        }

        NdArray apply(ArrayNamespace xp, NdArray a, int[] axes, boolean keepdims) {
            return switch (this) {
                case SUM -> xp.sum(a, axes, null, keepdims);
                case PROD -> xp.prod(a, axes, null, keepdims);
                case MAX -> xp.max(a, axes, keepdims);
                case MIN -> xp.min(a, axes, keepdims);
                case MEAN -> xp.mean(a, axes, keepdims);
                case STD -> xp.std(a, axes, 0, keepdims);
                case VAR -> xp.var(a, axes, 0, keepdims);
                case ALL -> xp.all(a, axes, keepdims);
                case ANY -> xp.any(a, axes, keepdims);
                case COUNT_NONZERO -> xp.countNonzero(a, axes, keepdims);
            };
        }
    }

    @Provide
    Arbitrary<ReductionCase> reductionCases() {
        return XpArbitraries.arrays(XpArbitraries.dtypes(), XpArbitraries.shapes()).flatMap(x ->
                Combinators.combine(axes(x.ndim()), Arbitraries.of(false, true)).as((ax, k) -> new ReductionCase(x, ax, k)));
    }

    @Provide
    Arbitrary<ReductionCase> singleAxisCases() {
        return XpArbitraries.arrays(XpArbitraries.dtypes(DTypeCategory.REAL_NUMERIC), XpArbitraries.shapes())
                .flatMap(x -> Combinators.combine(singleAxis(x.ndim()), Arbitraries.of(false, true))
                        .as((ax, k) -> new ReductionCase(x, ax, k)));
    }

    @Provide
    Arbitrary<ReductionCase> cumulativeCases() {
        return XpArbitraries.arrays(XpArbitraries.dtypes(DTypeCategory.NUMERIC), XpArbitraries.shapes(1, 3),
                XpArbitraries.Domain.SAFE).flatMap(x -> Combinators.combine(
                        Arbitraries.integers().between(-x.ndim(), x.ndim() - 1), Arbitraries.of(false, true))
                .as((ax, k) -> new ReductionCase(x, new int[] {ax}, k)));
    }

    /** null (all axes), or a subset of the axes in any order, some counted from the end. */
    static Arbitrary<int[]> axes(int ndim) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < ndim; i++) {
            all.add(i);
        }
        Arbitrary<int[]> subset = Combinators.combine(Arbitraries.shuffle(all), Arbitraries.integers().between(0, ndim),
                Arbitraries.of(true, false).list().ofSize(ndim)).as((order, k, negate) -> {
                    int[] a = new int[k];
                    for (int i = 0; i < k; i++) {
                        a[i] = negate.get(i) ? order.get(i) - ndim : order.get(i);
                    }
                    return a;
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(null)), net.jqwik.api.Tuple.of(3, subset));
    }

    private static Arbitrary<int[]> singleAxis(int ndim) {
        if (ndim == 0) {
            return Arbitraries.just(null);
        }
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(null)), net.jqwik.api.Tuple.of(3,
                Arbitraries.integers().between(-ndim, ndim - 1).map(a -> new int[] {a})));
    }

    /** Every reduction the standard requires for the dtype gives the reduced shape and the standard's dtype. */
    @Property
    void reductionsGiveTheReducedShapeAndDtype(@ForAll("reductionCases") ReductionCase c) {
        ArraySpec x = c.x();
        NdArray a = x.build(xp());
        int[] shape = ReferenceShapes.reduced(x.shape(), c.axes(), c.keepdims());
        boolean empty = ReferenceShapes.reducedCount(x.shape(), c.axes()) == 0;
        Failures f = new Failures();
        for (Reduction r : Reduction.values()) {
            boolean undefined = empty && (r == Reduction.MAX || r == Reduction.MIN);
            if (r.category.accepts(x.dtype()) && !undefined) {
                f.check(r.label, () -> assertArray(r.apply(xp(), a, c.axes(), c.keepdims()), r.result(x.dtype()), shape));
            }
        }
        f.assertNone(c.toString());
    }

    /** all, any, count_nonzero, max and min give the reference values (NaN propagates through max and min). */
    @Property
    void reductionsGiveTheReferenceValues(@ForAll("reductionCases") ReductionCase c) {
        ArraySpec x = c.x();
        NdArray a = x.build(xp());
        Double[] values = new Double[x.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = x.imag(i) != 0 && x.real(i) == 0 ? x.imag(i) : x.real(i);
        }
        int outSize = (int) ReferenceShapes.size(ReferenceShapes.reduced(x.shape(), c.axes(), false));
        boolean empty = ReferenceShapes.reducedCount(x.shape(), c.axes()) == 0;
        Failures f = new Failures();
        f.check("all", () -> compare(xp().all(a, c.axes(), c.keepdims()),
                reduce(c, values, 1.0, (s, v) -> s == 1 && v != 0 ? 1.0 : 0.0, outSize)));
        f.check("any", () -> compare(xp().any(a, c.axes(), c.keepdims()),
                reduce(c, values, 0.0, (s, v) -> s == 1 || v != 0 ? 1.0 : 0.0, outSize)));
        f.check("count_nonzero", () -> compare(xp().countNonzero(a, c.axes(), c.keepdims()),
                reduce(c, values, 0.0, (s, v) -> v != 0 ? s + 1 : s, outSize)));
        if (DTypeCategory.REAL_NUMERIC.accepts(x.dtype()) && !empty) {
            f.check("max", () -> compare(xp().max(a, c.axes(), c.keepdims()),
                    reduce(c, values, Double.NEGATIVE_INFINITY, ReductionProperties::nanMax, outSize)));
            f.check("min", () -> compare(xp().min(a, c.axes(), c.keepdims()),
                    reduce(c, values, Double.POSITIVE_INFINITY, (s, v) -> -nanMax(-s, -v), outSize)));
        }
        f.assertNone(c.toString());
    }

    /** argmax and argmin give the default index dtype, the reduced shape and the first extreme position. */
    @Property
    void argmaxAndArgminFindTheFirstExtreme(@ForAll("singleAxisCases") ReductionCase c) {
        ArraySpec x = c.x();
        if (ReferenceShapes.reducedCount(x.shape(), c.axes()) == 0) {
            return; // the standard leaves an empty search undefined
        }
        NdArray a = x.build(xp());
        Integer axis = c.axes() == null ? null : c.axes()[0];
        int[] shape = axis == null && !c.keepdims() ? new int[0] : ReferenceShapes.reduced(x.shape(), c.axes(), c.keepdims());
        boolean nan = false;
        for (int i = 0; i < x.size(); i++) {
            nan |= Double.isNaN(x.real(i));
        }
        boolean checkValues = !nan;
        Failures f = new Failures();
        for (boolean max : new boolean[] {true, false}) {
            f.check(max ? "argmax" : "argmin", () -> {
                NdArray r = max ? xp().argmax(a, axis, c.keepdims()) : xp().argmin(a, axis, c.keepdims());
                assertArray(r, DType.INT64, shape);
                if (checkValues) {
                    compare(r, argReference(x, axis, max));
                }
            });
        }
        f.assertNone(c.toString());
    }

    /** cumulative_sum and cumulative_prod keep the shape (one more along axis with include_initial). */
    @Property
    void cumulativeFunctionsKeepTheShape(@ForAll("cumulativeCases") ReductionCase c) {
        ArraySpec x = c.x();
        NdArray a = x.build(xp());
        int axis = c.axes()[0];
        int[] shape = x.shape().clone();
        int ax = axis < 0 ? axis + shape.length : axis;
        if (c.keepdims()) {
            shape[ax]++;
        }
        DType dtype = StandardPromotion.accumulation(x.dtype());
        Failures f = new Failures();
        f.check("cumulative_sum", () -> assertArray(xp().cumulativeSum(a, axis, null, c.keepdims()), dtype, shape));
        f.check("cumulative_prod", () -> assertArray(xp().cumulativeProd(a, axis, null, c.keepdims()), dtype, shape));
        f.assertNone(c + " (keepdims stands for include_initial)");
    }

    private static double nanMax(double s, double v) {
        return Double.isNaN(s) || Double.isNaN(v) ? Double.NaN : Math.max(s, v);
    }

    private static double[] reduce(ReductionCase c, Double[] values, double initial, BiFunction<Double, Double, Double> f,
                                   int outSize) {
        Double[] out = Reference.reduce(c.x().shape(), c.axes(), values, initial, f, new Double[outSize]);
        double[] r = new double[outSize];
        for (int i = 0; i < outSize; i++) {
            r[i] = out[i];
        }
        return r;
    }

    /** The position along the axis (or in the flattened array) of the first extreme of each lane, exactly. */
    private static double[] argReference(ArraySpec x, Integer axis, boolean max) {
        int[] shape = x.shape();
        int[] axes = axis == null ? null : new int[] {axis};
        int outSize = (int) ReferenceShapes.size(ReferenceShapes.reduced(shape, axes, false));
        int[] best = new int[outSize];
        double[] pos = new double[outSize];
        boolean[] seen = new boolean[outSize];
        int ax = axis == null ? -1 : (axis < 0 ? axis + shape.length : axis);
        int[] outStrides = Reference.strides(ReferenceShapes.reduced(shape, axes, false));
        for (int i = 0; i < x.size(); i++) {
            int[] idx = Reference.unravel(i, shape);
            int o = 0;
            int along = axis == null ? i : idx[ax];
            for (int d = 0, k = 0; axis != null && d < shape.length; d++) {
                if (d != ax) {
                    o += idx[d] * outStrides[k++];
                }
            }
            int cmp = seen[o] ? x.compare(i, x, best[o]) : 0;
            if (!seen[o] || (max ? cmp > 0 : cmp < 0)) {
                seen[o] = true;
                best[o] = i;
                pos[o] = along;
            }
        }
        return pos;
    }

    private static void compare(NdArray r, double[] expected) {
        ArrayValues v = ArrayValues.of(r);
        if (v.size() != expected.length) {
            throw new AssertionError(v.size() + " elements, expected " + expected.length);
        }
        for (int i = 0; i < expected.length; i++) {
            if (!v.same(i, expected[i], 0)) {
                throw new AssertionError("element " + i + " is " + v.re()[i] + ", expected " + expected[i]);
            }
        }
    }
}
