package org.xpsci.testing.compliance;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * Properties of indexing: basic multi-axis indices (integers, slices with any step and bounds in [-n, n], an
 * ellipsis, new axes) give the reference shape and elements, for get and set; a boolean mask over the leading
 * axes selects in C order (where the namespace's capabilities allow masks); take and take_along_axis gather the
 * reference elements.
 */
public abstract class IndexingProperties extends SortingSetProperties {

    /** One component of a generated index. */
    public record Component(char kind, Integer a, Integer b, Integer c) {
        Index toIndex() {
            return switch (kind) {
                case 'i' -> Index.at(a);
                case 's' -> Index.slice(a, b, c);
                case 'n' -> Index.newAxis();
                default -> Index.ellipsis();
            };
        }

        @Override
        public String toString() {
            return switch (kind) {
                case 'i' -> Integer.toString(a);
                case 's' -> (a == null ? "" : a) + ":" + (b == null ? "" : b) + (c == null ? "" : ":" + c);
                case 'n' -> "None";
                default -> "...";
            };
        }
    }

    /** An array and an index of it. */
    public record IndexCase(ArraySpec x, List<Component> index) {
        Index[] indices() {
            return index.stream().map(Component::toIndex).toArray(Index[]::new);
        }

        @Override
        public String toString() {
            return x + "[" + String.join(", ", index.stream().map(Component::toString).toList()) + "]";
        }
    }

    /** An array and a second, integer array (indices) with an axis. */
    public record GatherCase(ArraySpec x, long[] indices, int[] indicesShape, int axis) {
        @Override
        public String toString() {
            return x + ", indices " + ReferenceShapes.format(indicesShape) + " " + java.util.Arrays.toString(indices)
                    + ", axis=" + axis;
        }
    }

    @Provide
    Arbitrary<IndexCase> basicIndices() {
        return XpArbitraries.arrays(XpArbitraries.dtypes(), XpArbitraries.shapes()).flatMap(x -> {
            List<Arbitrary<Component>> parts = new ArrayList<>();
            for (int n : x.shape()) {
                parts.add(component(n));
            }
            return Combinators.combine(parts).as(l -> l).flatMap(comps -> Combinators.combine(
                    Arbitraries.integers().between(0, comps.size()), Arbitraries.integers().between(0, comps.size()),
                    Arbitraries.of(false, true)).as((ell, na, newAxis) -> {
                        List<Component> index = new ArrayList<>(comps);
                        if (ell < index.size()) {
                            index.subList(ell, index.size()).clear();
                            index.add(new Component('e', null, null, null));
                        }
                        if (newAxis) {
                            index.add(Math.min(na, index.size()), new Component('n', null, null, null));
                        }
                        return new IndexCase(x, index);
                    }));
        });
    }

    private static Arbitrary<Component> component(int n) {
        Arbitrary<Integer> bound = Arbitraries.integers().between(-n, n).injectNull(0.3);
        Arbitrary<Integer> step = Arbitraries.of(1, 2, 3, -1, -2).injectNull(0.3);
        Arbitrary<Component> slice = Combinators.combine(bound, bound, step).as((a, b, c) -> new Component('s', a, b, c));
        if (n == 0) {
            return slice;
        }
        Arbitrary<Component> at = Arbitraries.integers().between(-n, n - 1).map(i -> new Component('i', i, null, null));
        return Arbitraries.oneOf(at, slice);
    }

    /** An array and a boolean mask over its leading axes. */
    public record MaskCase(ArraySpec x, ArraySpec mask) {
        @Override
        public String toString() {
            return x + "[" + mask + "]";
        }
    }

    @Provide
    Arbitrary<MaskCase> masks() {
        return XpArbitraries.arrays(XpArbitraries.dtypes(), XpArbitraries.shapes(1, 3)).flatMap(x ->
                Arbitraries.integers().between(1, x.ndim()).flatMap(k -> XpArbitraries.array(DType.BOOL,
                        java.util.Arrays.copyOf(x.shape(), k), XpArbitraries.Domain.FULL).map(m -> new MaskCase(x, m))));
    }

    @Provide
    Arbitrary<GatherCase> takeCases() {
        return XpArbitraries.arrays(XpArbitraries.dtypes(), XpArbitraries.nonEmptyShapes(1, 3)).flatMap(x ->
                Arbitraries.integers().between(0, x.ndim() - 1).flatMap(ax -> Arbitraries.longs()
                        .between(-x.shape()[ax], x.shape()[ax] - 1).list().ofMaxSize(5).map(l ->
                                new GatherCase(x, l.stream().mapToLong(Long::longValue).toArray(), new int[] {l.size()}, ax))));
    }

    @Provide
    Arbitrary<GatherCase> takeAlongCases() {
        return XpArbitraries.arrays(XpArbitraries.dtypes(), XpArbitraries.nonEmptyShapes(1, 3)).flatMap(x ->
                Combinators.combine(Arbitraries.integers().between(0, x.ndim() - 1), Arbitraries.integers().between(0, 4))
                        .as((ax, m) -> new int[] {ax, m}).flatMap(p -> {
                            int[] is = x.shape().clone();
                            is[p[0]] = p[1];
                            int n = x.shape()[p[0]];
                            return Arbitraries.longs().between(-n, n - 1).list().ofSize((int) ReferenceShapes.size(is))
                                    .map(l -> new GatherCase(x, l.stream().mapToLong(Long::longValue).toArray(), is, p[0]));
                        }));
    }

    /** A multi-axis basic index gives the reference shape and elements. */
    @Property
    void basicIndexingSelectsTheReferenceElements(@ForAll("basicIndices") IndexCase c) {
        Selection sel = select(c);
        Failures f = new Failures();
        f.check("get", () -> {
            NdArray r = c.x().build(xp()).get(c.indices());
            assertArray(r, c.x().dtype(), sel.shape());
            ManipulationProperties.assertElements(r, c.x(), i -> sel.sources()[i]);
        });
        f.assertNone(c.toString());
    }

    /** set through a basic index writes exactly the selected elements. */
    @Property
    void basicIndexAssignmentWritesTheSelection(@ForAll("basicIndices") IndexCase c) {
        Selection sel = select(c);
        ArraySpec x = c.x();
        Failures f = new Failures();
        f.check("set", () -> {
            NdArray y = x.buildFresh(xp());
            NdArray value = xp().zeros(new int[0], x.dtype(), null);
            y.set(value, c.indices());
            java.util.Set<Integer> written = new java.util.HashSet<>();
            for (int s : sel.sources()) {
                written.add(s);
            }
            assertArray(y, x.dtype(), x.shape());
            ArrayValues v = ArrayValues.of(y);
            for (int i = 0; i < x.size(); i++) {
                boolean w = written.contains(i);
                if (!v.same(i, w ? 0 : x.real(i), w ? 0 : x.imag(i))) {
                    throw new AssertionError("element " + i + " is " + v.re()[i] + (w ? ", expected 0 (written)"
                            : ", expected " + x.real(i) + " (untouched)"));
                }
            }
        });
        f.assertNone(c.toString());
    }

    /** A boolean mask over the leading axes selects the true positions in C order, for get and set. */
    @Property
    void booleanMasksSelectInCOrder(@ForAll("masks") MaskCase c) {
        if (!xp().info().capabilities().booleanIndexing()) {
            return; // the namespace declares no boolean indexing
        }
        ArraySpec x = c.x();
        ArraySpec m = c.mask();
        int k = m.ndim();
        int inner = (int) ReferenceShapes.size(java.util.Arrays.copyOfRange(x.shape(), k, x.ndim()));
        List<Integer> sources = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < m.size(); i++) {
            if (m.exact(i) != 0) {
                count++;
                for (int j = 0; j < inner; j++) {
                    sources.add(i * inner + j);
                }
            }
        }
        int[] shape = LinearAlgebraProperties.concat(new int[] {count}, java.util.Arrays.copyOfRange(x.shape(), k, x.ndim()));
        Failures f = new Failures();
        f.check("get(mask)", () -> {
            NdArray r = x.build(xp()).get(Index.mask(m.build(xp())));
            assertArray(r, x.dtype(), shape);
            ManipulationProperties.assertElements(r, x, sources::get);
        });
        f.check("set(mask)", () -> {
            NdArray y = x.buildFresh(xp());
            y.set(xp().zeros(new int[0], x.dtype(), null), Index.mask(m.build(xp())));
            ArrayValues v = ArrayValues.of(y);
            java.util.Set<Integer> written = new java.util.HashSet<>(sources);
            for (int i = 0; i < x.size(); i++) {
                boolean w = written.contains(i);
                if (!v.same(i, w ? 0 : x.real(i), w ? 0 : x.imag(i))) {
                    throw new AssertionError("element " + i + " is " + v.re()[i]);
                }
            }
        });
        f.assertNone(c.toString());
    }

    /** take gathers whole slices along the axis at the (possibly negative) indices. */
    @Property
    void takeGathersAlongTheAxis(@ForAll("takeCases") GatherCase c) {
        ArraySpec x = c.x();
        int[] s = x.shape();
        int ax = c.axis();
        int[] shape = s.clone();
        shape[ax] = c.indices().length;
        Failures f = new Failures();
        f.check("take", () -> {
            NdArray idx = xp().asarray(c.indices(), DType.INT64);
            NdArray r = xp().take(x.build(xp()), idx, ax);
            assertArray(r, x.dtype(), shape);
            ManipulationProperties.assertElements(r, x, i -> {
                int[] at = Reference.unravel(i, shape);
                long q = c.indices()[at[ax]];
                at[ax] = (int) (q < 0 ? q + s[ax] : q);
                return ManipulationProperties.ravel(at, s);
            });
        });
        f.assertNone(c.toString());
    }

    /** take_along_axis picks, for each position, the element at the index given for it along the axis. */
    @Property
    void takeAlongAxisPicksPerPosition(@ForAll("takeAlongCases") GatherCase c) {
        ArraySpec x = c.x();
        int[] s = x.shape();
        int ax = c.axis();
        Failures f = new Failures();
        f.check("take_along_axis", () -> {
            NdArray idx = xp().reshape(xp().asarray(c.indices(), DType.INT64), c.indicesShape());
            NdArray r = xp().takeAlongAxis(x.build(xp()), idx, ax);
            assertArray(r, x.dtype(), c.indicesShape());
            ManipulationProperties.assertElements(r, x, i -> {
                int[] at = Reference.unravel(i, c.indicesShape());
                long q = c.indices()[i];
                at[ax] = (int) (q < 0 ? q + s[ax] : q);
                return ManipulationProperties.ravel(at, s);
            });
        });
        f.assertNone(c.toString());
    }

    /** The shape a basic index gives and, for each result element, the input element it is. */
    private record Selection(int[] shape, int[] sources) {
    }

    private static Selection select(IndexCase c) {
        int[] s = c.x().shape();
        List<Component> comps = new ArrayList<>();
        int consumed = (int) c.index().stream().filter(k -> k.kind() == 'i' || k.kind() == 's').count();
        for (Component k : c.index()) {
            if (k.kind() == 'e') {
                for (int i = 0; i < s.length - consumed; i++) {
                    comps.add(new Component('s', null, null, null));
                }
            } else {
                comps.add(k);
            }
        }
        while (comps.stream().filter(k -> k.kind() != 'n').count() < s.length) {
            comps.add(new Component('s', null, null, null));
        }
        List<int[]> choices = new ArrayList<>(); // per output axis: the input positions (or {-1} for a new axis)
        List<Integer> axisOf = new ArrayList<>();
        int base = 0;
        int axis = 0;
        int[] st = Reference.strides(s);
        for (Component k : comps) {
            if (k.kind() == 'n') {
                choices.add(new int[] {0});
                axisOf.add(-1);
            } else if (k.kind() == 'i') {
                base += (k.a() < 0 ? k.a() + s[axis] : k.a()) * st[axis];
                axis++;
            } else {
                choices.add(slice(k, s[axis]));
                axisOf.add(axis);
                axis++;
            }
        }
        int[] shape = choices.stream().mapToInt(a -> a.length).toArray();
        int total = (int) ReferenceShapes.size(shape);
        int[] sources = new int[total];
        for (int i = 0; i < total; i++) {
            int[] at = Reference.unravel(i, shape);
            int src = base;
            for (int d = 0; d < at.length; d++) {
                if (axisOf.get(d) >= 0) {
                    src += choices.get(d)[at[d]] * st[axisOf.get(d)];
                }
            }
            sources[i] = src;
        }
        return new Selection(shape, sources);
    }

    /** The positions a slice selects on an axis of length n (Python's semantics; bounds lie in [-n, n]). */
    private static int[] slice(Component k, int n) {
        int step = k.c() == null ? 1 : k.c();
        int start;
        int stop;
        if (step > 0) {
            start = k.a() == null ? 0 : k.a() < 0 ? k.a() + n : k.a();
            stop = k.b() == null ? n : k.b() < 0 ? k.b() + n : k.b();
        } else {
            start = k.a() == null ? n - 1 : k.a() < 0 ? k.a() + n : Math.min(k.a(), n - 1);
            stop = k.b() == null ? -1 : k.b() < 0 ? k.b() + n : k.b();
        }
        List<Integer> out = new ArrayList<>();
        for (int i = start; step > 0 ? i < stop : i > stop; i += step) {
            out.add(i);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
