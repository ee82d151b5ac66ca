package org.xpsci.testing.compliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.xpsci.xp.DType;
import org.xpsci.xp.DTypeCategory;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.UniqueAllResult;
import org.xpsci.xp.UniqueCountsResult;
import org.xpsci.xp.UniqueInverseResult;

/**
 * Properties of the sorting, set and searching functions: sort orders each lane and permutes it; argsort is
 * stable (ties keep their order, ascending and descending) and take_along_axis of it is the sort; the unique_*
 * functions return each distinct value once (every NaN distinct, -0 equal to +0) with counts, first indices and
 * inverse indices that rebuild the input; nonzero, where, searchsorted and clip give the reference results.
 */
public abstract class SortingSetProperties extends LinearAlgebraProperties {

    /** An array and an axis (and a flag: descending for sorts, side for searchsorted). */
    public record AxisCase(ArraySpec x, int axis, boolean flag) {
    }

    @Provide
    Arbitrary<AxisCase> sortCases() {
        return XpArbitraries.arrays(XpArbitraries.dtypes(DTypeCategory.REAL_NUMERIC), XpArbitraries.shapes(1, 3),
                XpArbitraries.Domain.ORDERED).flatMap(x -> Combinators.combine(
                        Arbitraries.integers().between(-x.ndim(), x.ndim() - 1), Arbitraries.of(false, true))
                .as((a, d) -> new AxisCase(x, a, d)));
    }

    @Provide
    Arbitrary<ArraySpec> anyArrays() {
        return XpArbitraries.arrays(XpArbitraries.dtypes(), XpArbitraries.shapes());
    }

    @Provide
    Arbitrary<ArraySpec> positiveRankArrays() {
        return XpArbitraries.arrays(XpArbitraries.dtypes(), XpArbitraries.shapes(1, 4));
    }

    /** sort orders every lane along the axis and keeps its elements; argsort is stable and indexes the sort. */
    @Property
    void sortAndArgsortOrderEveryLaneStably(@ForAll("sortCases") AxisCase c) {
        ArraySpec x = c.x();
        NdArray a = x.build(xp());
        int[] s = x.shape();
        int ax = c.axis() < 0 ? c.axis() + s.length : c.axis();
        List<int[]> lanes = lanes(s, ax);
        Failures f = new Failures();
        f.check("sort(descending=" + c.flag() + ")", () -> {
            NdArray r = xp().sort(a, c.axis(), c.flag(), true);
            assertArray(r, x.dtype(), s);
            ArrayValues v = ArrayValues.of(r);
            for (int[] lane : lanes) {
                Integer[] order = stableOrder(x, lane, c.flag());
                for (int j = 0; j < lane.length; j++) {
                    int src = lane[order[j]];
                    if (!v.same(lane[j], x.real(src), 0) || v.exact() != null && v.exact()[lane[j]] != x.exact(src)) {
                        throw new AssertionError("position " + j + " of a lane is " + v.re()[lane[j]] + ", expected "
                                + x.real(src));
                    }
                }
            }
        });
        f.check("argsort(descending=" + c.flag() + ", stable=True)", () -> {
            NdArray r = xp().argsort(a, c.axis(), c.flag(), true);
            assertArray(r, DType.INT64, s);
            ArrayValues v = ArrayValues.of(r);
            for (int[] lane : lanes) {
                Integer[] order = stableOrder(x, lane, c.flag());
                for (int j = 0; j < lane.length; j++) {
                    if (v.exact()[lane[j]] != order[j]) {
                        throw new AssertionError("position " + j + " of a lane is index " + v.exact()[lane[j]]
                                + ", the stable order gives " + order[j]);
                    }
                }
            }
            NdArray back = xp().takeAlongAxis(a, r, c.axis());
            assertArray(back, x.dtype(), s);
        });
        f.assertNone(x + ", axis=" + c.axis() + ", descending=" + c.flag());
    }

    /** The unique_* functions return each distinct value once with consistent counts, indices and inverse. */
    @Property
    void uniqueFunctionsDescribeTheDistinctValues(@ForAll("anyArrays") ArraySpec x) {
        NdArray a = x.build(xp());
        Map<String, Integer> occurrences = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < x.size(); i++) {
            String key = x.key(i, i);
            occurrences.merge(key, 1, Integer::sum);
            first.putIfAbsent(key, i);
        }
        Failures f = new Failures();
        f.check("unique_values", () -> checkValues(x, xp().uniqueValues(a), occurrences));
        f.check("unique_counts", () -> {
            UniqueCountsResult r = xp().uniqueCounts(a);
            ArrayValues vals = checkValues(x, r.values(), occurrences);
            assertArray(r.counts(), DType.INT64, new int[] {vals.size()});
            ArrayValues counts = ArrayValues.of(r.counts());
            for (int j = 0; j < vals.size(); j++) {
                int want = occurrences.getOrDefault(resultKey(x, vals, j), 1);
                if (counts.exact()[j] != want) {
                    throw new AssertionError("count of " + vals.re()[j] + " is " + counts.exact()[j] + ", expected " + want);
                }
            }
        });
        f.check("unique_inverse", () -> {
            UniqueInverseResult r = xp().uniqueInverse(a);
            ArrayValues vals = checkValues(x, r.values(), occurrences);
            checkInverse(x, vals, r.inverseIndices());
        });
        f.check("unique_all", () -> {
            UniqueAllResult r = xp().uniqueAll(a);
            ArrayValues vals = checkValues(x, r.values(), occurrences);
            checkInverse(x, vals, r.inverseIndices());
            assertArray(r.indices(), DType.INT64, new int[] {vals.size()});
            assertArray(r.counts(), DType.INT64, new int[] {vals.size()});
            ArrayValues idx = ArrayValues.of(r.indices());
            for (int j = 0; j < vals.size(); j++) {
                int at = (int) idx.exact()[j];
                if (!same(x.real(at), x.imag(at), vals.re()[j], vals.im()[j])
                        || !Double.isNaN(vals.re()[j]) && !Double.isNaN(vals.im()[j])
                        && first.get(resultKey(x, vals, j)) != at) {
                    throw new AssertionError("indices[" + j + "] = " + at + " is not the first occurrence of " + vals.re()[j]);
                }
            }
        });
        f.assertNone(x.toString());
    }

    /** nonzero gives one index array per axis listing the non-zero elements in C order. */
    @Property
    void nonzeroListsNonzeroPositionsInCOrder(@ForAll("positiveRankArrays") ArraySpec x) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            if (x.real(i) != 0 || x.imag(i) != 0) {
                positions.add(i);
            }
        }
        Failures f = new Failures();
        f.check("nonzero", () -> {
            List<NdArray> r = xp().nonzero(x.build(xp()));
            if (r.size() != x.ndim()) {
                throw new AssertionError(r.size() + " index arrays, expected " + x.ndim());
            }
            for (int d = 0; d < x.ndim(); d++) {
                assertArray(r.get(d), DType.INT64, new int[] {positions.size()});
                ArrayValues v = ArrayValues.of(r.get(d));
                for (int j = 0; j < positions.size(); j++) {
                    long want = Reference.unravel(positions.get(j), x.shape())[d];
                    if (v.exact()[j] != want) {
                        throw new AssertionError("axis " + d + " index " + j + " is " + v.exact()[j] + ", expected " + want);
                    }
                }
            }
        });
        f.assertNone(x.toString());
    }

    /** where picks from x1 where the condition holds and from x2 elsewhere, broadcasting and promoting. */
    @Property
    void whereSelectsByCondition(@ForAll("promotableOperands") Operands o, @ForAll("anyArrays") ArraySpec cond) {
        boolean[] mask = new boolean[Math.max(1, cond.size())];
        for (int i = 0; i < cond.size(); i++) {
            mask[i] = cond.real(i) != 0 || cond.imag(i) != 0;
        }
        int[] cs = cond.size() == 0 ? new int[0] : cond.shape();
        ArraySpec c = new ArraySpec(DType.BOOL, cs, java.util.Arrays.copyOf(mask, (int) ReferenceShapes.size(cs)));
        int[] shape = ReferenceShapes.broadcast(cs, ReferenceShapes.broadcast(o.x1().shape(), o.x2().shape()));
        if (shape == null) {
            return; // the condition's shape does not broadcast with the operands
        }
        DType dtype = StandardPromotion.resultType(o.x1().dtype(), o.x2().dtype());
        Failures f = new Failures();
        f.check("where", () -> {
            NdArray r = xp().where(c.build(xp()), o.x1().build(xp()), o.x2().build(xp()));
            assertArray(r, dtype, shape);
        });
        f.assertNone(c + ", " + o);
    }

    /** searchsorted gives, for each value, the count of elements below it (left) or not above it (right). */
    @Property
    void searchsortedFindsInsertionPoints(@ForAll("sortCases") AxisCase sorted, @ForAll("sortCases") AxisCase values) {
        ArraySpec pool = sorted.x();
        NdArray x1 = xp().sort(xp().reshape(pool.build(xp()), -1));
        ArraySpec x2 = values.x();
        if (StandardPromotion.resultType(pool.dtype(), x2.dtype()) == null) {
            return;
        }
        String side = sorted.flag() ? "right" : "left";
        Failures f = new Failures();
        f.check("searchsorted(side=" + side + ")", () -> {
            NdArray r = xp().searchsorted(x1, x2.build(xp()), side, null);
            assertArray(r, DType.INT64, x2.shape());
            ArrayValues v = ArrayValues.of(r);
            for (int i = 0; i < x2.size(); i++) {
                int q = i;
                long want = java.util.stream.IntStream.range(0, pool.size())
                        .filter(e -> sorted.flag() ? pool.compare(e, x2, q) <= 0 : pool.compare(e, x2, q) < 0).count();
                if (v.exact()[i] != want) {
                    throw new AssertionError("insertion point of " + x2.real(i) + " is " + v.exact()[i] + ", expected " + want);
                }
            }
        });
        f.assertNone(pool + " sorted, values " + x2 + ", side=" + side);
    }

    /** clip bounds x by arrays of its dtype; a NaN in x or a bound gives NaN. */
    @Property
    void clipBoundsElementwise(@ForAll("sameDtypeTriples") ArraySpec[] t) {
        ArraySpec x = t[0];
        ArraySpec lo = t[1];
        ArraySpec hi = t[2];
        Failures f = new Failures();
        f.check("clip", () -> {
            NdArray r = xp().clip(x.build(xp()), lo.build(xp()), hi.build(xp()));
            assertArray(r, x.dtype(), x.shape());
            ArrayValues v = ArrayValues.of(r);
            for (int i = 0; i < x.size(); i++) {
                double a = x.real(i);
                double l = lo.real(i);
                double h = hi.real(i);
                if (l > h) {
                    continue; // unspecified
                }
                double want = Double.isNaN(a) || Double.isNaN(l) || Double.isNaN(h) ? Double.NaN : Math.min(Math.max(a, l), h);
                if (!v.same(i, want, 0)) {
                    throw new AssertionError("element " + i + " is " + v.re()[i] + ", expected " + want);
                }
            }
        });
        f.assertNone(x + " between " + lo + " and " + hi);
    }

    @Provide
    Arbitrary<ArraySpec[]> sameDtypeTriples() {
        return Combinators.combine(XpArbitraries.dtypes(DTypeCategory.REAL_NUMERIC), XpArbitraries.shapes())
                .as((d, s) -> new Object[] {d, s}).flatMap(p -> {
                    DType d = (DType) p[0];
                    int[] s = (int[]) p[1];
                    return Combinators.combine(XpArbitraries.array(d, s, XpArbitraries.Domain.FULL),
                            XpArbitraries.array(d, s, XpArbitraries.Domain.FULL),
                            XpArbitraries.array(d, s, XpArbitraries.Domain.FULL)).as((a, b, c) -> new ArraySpec[] {a, b, c});
                });
    }

    private ArrayValues checkValues(ArraySpec x, NdArray values, Map<String, Integer> occurrences) {
        ArrayValues v = ArrayValues.of(values);
        if (values.dtype() != x.dtype() || values.ndim() != 1) {
            throw new AssertionError("values must be 1-d of dtype " + x.dtype() + "; got " + values.dtype() + " of shape "
                    + ReferenceShapes.format(values.shape()));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < v.size(); j++) {
            String k = resultKey(x, v, j);
            if (seen.merge(k, 1, Integer::sum) > 1) {
                throw new AssertionError("value " + v.re()[j] + " appears twice");
            }
        }
        long distinct = occurrences.size();
        if (v.size() != distinct) {
            throw new AssertionError(v.size() + " unique values, expected " + distinct + " (each NaN is distinct)");
        }
        return v;
    }

    private void checkInverse(ArraySpec x, ArrayValues vals, NdArray inverse) {
        assertArray(inverse, DType.INT64, x.shape());
        ArrayValues inv = ArrayValues.of(inverse);
        for (int i = 0; i < x.size(); i++) {
            int j = (int) inv.exact()[i];
            if (j < 0 || j >= vals.size() || !same(x.real(i), x.imag(i), vals.re()[j], vals.im()[j])) {
                throw new AssertionError("inverse_indices[" + i + "] = " + j + " does not point at " + x.real(i));
            }
        }
    }

    /** The key of element j of a result holding x's values (exact for integers; each NaN its own key). */
    private static String resultKey(ArraySpec x, ArrayValues v, int j) {
        if (v.exact() != null && !x.dtype().isBool()) {
            return Long.toString(v.exact()[j]);
        }
        if (x.dtype().isBool()) {
            return ArraySpec.valueKey(v.re()[j], 0, -1);
        }
        return ArraySpec.valueKey(v.re()[j], v.im()[j], -1 - j);
    }

    private static boolean same(double re1, double im1, double re2, double im2) {
        boolean nan1 = Double.isNaN(re1) || Double.isNaN(im1);
        boolean nan2 = Double.isNaN(re2) || Double.isNaN(im2);
        return nan1 ? nan2 : re1 == re2 && im1 == im2;
    }

    /** The positions within a lane in stable sorted order (ties keep their order, also when descending). */
    private static Integer[] stableOrder(ArraySpec x, int[] lane, boolean descending) {
        Integer[] order = new Integer[lane.length];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, (p, q) -> descending ? x.compare(lane[q], x, lane[p]) : x.compare(lane[p], x, lane[q]));
        return order;
    }

    /** The flat positions of every lane along {@code axis}. */
    static List<int[]> lanes(int[] shape, int axis) {
        List<int[]> out = new ArrayList<>();
        int[] st = Reference.strides(shape);
        int total = (int) ReferenceShapes.size(shape);
        for (int i = 0; i < total; i++) {
            if (Reference.unravel(i, shape)[axis] == 0) {
                int[] lane = new int[shape[axis]];
                for (int j = 0; j < lane.length; j++) {
                    lane[j] = i + j * st[axis];
                }
                out.add(lane);
            }
        }
        return out;
    }
}
