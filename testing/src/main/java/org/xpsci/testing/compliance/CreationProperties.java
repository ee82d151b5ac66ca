package org.xpsci.testing.compliance;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/**
 * Properties of the creation and data type functions: shapes, dtypes and values of zeros, ones, full, empty,
 * eye, arange, linspace, tril, triu, meshgrid and the *_like functions; astype within a kind keeps values;
 * result_type and can_cast follow the standard's promotion table; info() lists every dtype.
 */
public abstract class CreationProperties extends ManipulationProperties {

    /** A dtype, a shape and a small integer parameter (k, num, start...). */
    public record CreationCase(DType dtype, int[] shape, int k) {
        @Override
        public String toString() {
            return dtype + " " + ReferenceShapes.format(shape) + ", k=" + k;
        }
    }

    @Provide
    Arbitrary<CreationCase> creationCases() {
        return Combinators.combine(XpArbitraries.dtypes(), XpArbitraries.shapes(), Arbitraries.integers().between(-4, 4))
                .as(CreationCase::new);
    }

    @Provide
    Arbitrary<ArraySpec> matrices() {
        return XpArbitraries.arrays(XpArbitraries.dtypes(), XpArbitraries.shapes(2, 4));
    }

    @Provide
    Arbitrary<DType[]> dtypePairs() {
        return Combinators.combine(XpArbitraries.dtypes(), XpArbitraries.dtypes()).as((a, b) -> new DType[] {a, b});
    }

    /** zeros, ones, full and empty make arrays of the shape and dtype asked for, with the fill values. */
    @Property
    void filledArraysHaveTheShapeDtypeAndValue(@ForAll("creationCases") CreationCase c) {
        DType d = c.dtype();
        int[] s = c.shape();
        Object fill = d.isBool() ? Boolean.TRUE : d.isComplexFloating() ? new Complex(1.5, -2) : d.isFloating()
                ? (Object) 2.5 : (Object) 3L;
        double re = d.isBool() ? 1 : d.isComplexFloating() ? 1.5 : d.isFloating() ? 2.5 : 3;
        double im = d.isComplexFloating() ? -2 : 0;
        Failures f = new Failures();
        f.check("zeros", () -> assertFilled(xp().zeros(s, d, null), d, s, 0, 0));
        f.check("ones", () -> assertFilled(xp().ones(s, d, null), d, s, 1, 0));
        f.check("full", () -> assertFilled(xp().full(s, fill, d, null), d, s, re, im));
        f.check("empty", () -> assertArray(xp().empty(s, d, null), d, s));
        NdArray like = xp().zeros(s, d, null);
        f.check("zeros_like", () -> assertFilled(xp().zerosLike(like), d, s, 0, 0));
        f.check("ones_like", () -> assertFilled(xp().onesLike(like), d, s, 1, 0));
        f.check("full_like", () -> assertFilled(xp().fullLike(like, fill, null, null), d, s, re, im));
        f.check("empty_like", () -> assertArray(xp().emptyLike(like), d, s));
        f.assertNone(c.toString());
    }

    /** eye has ones on the k-th diagonal; tril and triu keep the elements on or below/above the k-th diagonal. */
    @Property
    void diagonalFunctionsFollowK(@ForAll("creationCases") CreationCase c) {
        int n = c.shape().length > 0 ? c.shape()[0] : 0;
        int m = c.shape().length > 1 ? c.shape()[1] : n + 1;
        int k = c.k();
        DType d = c.dtype();
        Failures f = new Failures();
        f.check("eye(" + n + ", " + m + ", k=" + k + ")", () -> {
            NdArray r = xp().eye(n, m, k, d, null);
            assertArray(r, d, new int[] {n, m});
            ArrayValues v = ArrayValues.of(r);
            for (int i = 0; i < n * m; i++) {
                double want = i % m - i / m == k ? 1 : 0;
                if (!v.same(i, want, 0)) {
                    throw new AssertionError("element (" + i / m + ", " + i % m + ") is " + v.re()[i] + ", expected " + want);
                }
            }
        });
        f.assertNone(c.toString());
    }

    /** tril and triu zero the elements above or below the k-th diagonal of the last two axes. */
    @Property
    void trilAndTriuKeepTheirTriangle(@ForAll("matrices") ArraySpec x, @ForAll("smallK") int k) {
        NdArray a = x.build(xp());
        int[] s = x.shape();
        Failures f = new Failures();
        for (boolean lower : new boolean[] {true, false}) {
            f.check(lower ? "tril" : "triu", () -> {
                NdArray r = lower ? xp().tril(a, k) : xp().triu(a, k);
                assertArray(r, x.dtype(), s);
                ArrayValues v = ArrayValues.of(r);
                for (int i = 0; i < x.size(); i++) {
                    int[] idx = Reference.unravel(i, s);
                    int diff = idx[s.length - 1] - idx[s.length - 2];
                    boolean keep = lower ? diff <= k : diff >= k;
                    if (!v.same(i, keep ? x.real(i) : 0, keep ? x.imag(i) : 0)) {
                        throw new AssertionError("element " + i + " is " + v.re()[i] + (keep ? ", expected x's" : ", expected 0"));
                    }
                }
            });
        }
        f.assertNone(x + ", k=" + k);
    }

    @Provide
    Arbitrary<Integer> smallK() {
        return Arbitraries.integers().between(-3, 3);
    }

    /** arange and linspace give the number of elements and the values the standard defines. */
    @Property
    void rangesHaveTheStandardLengthAndValues(@ForAll("smallK") int start, @ForAll("smallK") int span,
                                               @ForAll("steps") int step) {
        int stop = start + 3 * span;
        int n = Math.max(0, (int) Math.ceil((stop - start) / (double) step));
        Failures f = new Failures();
        f.check("arange(" + start + ", " + stop + ", " + step + ")", () -> {
            NdArray r = xp().arange(start, stop, step);
            assertArray(r, DType.INT64, new int[] {n});
            ArrayValues v = ArrayValues.of(r);
            for (int i = 0; i < n; i++) {
                if (v.exact()[i] != start + (long) i * step) {
                    throw new AssertionError("element " + i + " is " + v.exact()[i]);
                }
            }
        });
        double q = step / 4.0;
        f.check("arange(" + start + ".0, " + stop + ".0, " + q + ")", () -> {
            int len = Math.max(0, (int) Math.ceil((stop - start) / q));
            NdArray r = xp().arange(start, (double) stop, q);
            assertArray(r, DType.FLOAT64, new int[] {len});
            ArrayValues v = ArrayValues.of(r);
            for (int i = 0; i < len; i++) {
                if (!v.same(i, start + i * q, 0)) {
                    throw new AssertionError("element " + i + " is " + v.re()[i]);
                }
            }
        });
        int num = Math.abs(span) + Math.abs(step);
        for (boolean endpoint : new boolean[] {true, false}) {
            f.check("linspace(" + start + ", " + stop + ", " + num + ", endpoint=" + endpoint + ")", () -> {
                NdArray r = xp().linspace(start, stop, num, null, null, endpoint);
                assertArray(r, DType.FLOAT64, new int[] {num});
                ArrayValues v = ArrayValues.of(r);
                int div = endpoint ? num - 1 : num;
                for (int i = 0; i < num; i++) {
                    double want = div == 0 ? start : start + (stop - start) * (double) i / div;
                    if (Math.abs(v.re()[i] - want) > 1e-12 * (1 + Math.abs(want))) {
                        throw new AssertionError("element " + i + " is " + v.re()[i] + ", expected " + want);
                    }
                }
            });
        }
        f.assertNone("start=" + start + ", stop=" + stop + ", step=" + step);
    }

    @Provide
    Arbitrary<Integer> steps() {
        return Arbitraries.of(1, 2, 3, -1, -2);
    }

    /** meshgrid gives each array broadcast to the grid's shape, "xy" swapping the first two axes. */
    @Property
    void meshgridHasTheGridShape(@ForAll("smallShape") int[] lengths) {
        List<NdArray> arrays = new java.util.ArrayList<>();
        for (int len : lengths) {
            arrays.add(xp().arange(0.0, len, 1.0));
        }
        Failures f = new Failures();
        for (String indexing : new String[] {"xy", "ij"}) {
            f.check("meshgrid(indexing=" + indexing + ")", () -> {
                List<NdArray> grids = xp().meshgrid(arrays, indexing);
                int[] shape = lengths.clone();
                if (indexing.equals("xy") && shape.length >= 2) {
                    shape[0] = lengths[1];
                    shape[1] = lengths[0];
                }
                if (grids.size() != lengths.length) {
                    throw new AssertionError(grids.size() + " arrays, expected " + lengths.length);
                }
                for (NdArray g : grids) {
                    assertArray(g, DType.FLOAT64, shape);
                }
            });
        }
        f.assertNone(ReferenceShapes.format(lengths));
    }

    @Provide
    Arbitrary<int[]> smallShape() {
        return XpArbitraries.shapes(1, 3);
    }

    /** A cast: the input and the target dtype. */
    public record Cast(ArraySpec x, DType to) {
    }

    @Provide
    Arbitrary<Cast> wideningCasts() {
        return XpArbitraries.dtypes().flatMap(from -> Arbitraries.of(java.util.Arrays.stream(DType.values())
                .filter(to -> StandardPromotion.resultType(from, to) == to).toList())
                .flatMap(to -> XpArbitraries.shapes().flatMap(s -> XpArbitraries.array(from, s, XpArbitraries.Domain.SAFE))
                        .map(x -> new Cast(x, to))));
    }

    /** astype to a dtype the promotion table allows (same kind, wide enough) keeps every value. */
    @Property
    void astypeWithinAKindKeepsValues(@ForAll("wideningCasts") Cast c) {
        NdArray a = c.x().build(xp());
        Failures f = new Failures();
        f.check("astype(" + c.x().dtype() + " -> " + c.to() + ")", () -> {
            NdArray r = xp().astype(a, c.to());
            assertArray(r, c.to(), c.x().shape());
            assertElements(r, c.x(), i -> i);
        });
        f.assertNone(c.toString());
    }

    /** result_type and can_cast follow the standard's promotion table for every pair it defines. */
    @Property
    void resultTypeAndCanCastFollowThePromotionTable(@ForAll("dtypePairs") DType[] pair) {
        DType want = StandardPromotion.resultType(pair[0], pair[1]);
        Failures f = new Failures();
        if (want != null) {
            f.check("result_type", () -> {
                DType got = xp().resultType(pair[0], pair[1]);
                if (got != want) {
                    throw new AssertionError("result_type(" + pair[0] + ", " + pair[1] + ") is " + got + ", expected " + want);
                }
            });
            f.check("can_cast", () -> {
                boolean got = xp().canCast(pair[0], pair[1]);
                if (got != (want == pair[1])) {
                    throw new AssertionError("can_cast(" + pair[0] + ", " + pair[1] + ") is " + got);
                }
            });
        }
        f.check("info().dtypes()", () -> {
            if (!xp().info().dtypes(null).containsValue(pair[0])) {
                throw new AssertionError("info().dtypes() lacks " + pair[0]);
            }
        });
        f.assertNone(pair[0] + ", " + pair[1]);
    }

    private void assertFilled(NdArray r, DType d, int[] s, double re, double im) {
        assertArray(r, d, s);
        ArrayValues v = ArrayValues.of(r);
        for (int i = 0; i < v.size(); i++) {
            if (!v.same(i, re, im)) {
                throw new AssertionError("element " + i + " is " + v.re()[i] + ", expected " + re);
            }
        }
    }
}
