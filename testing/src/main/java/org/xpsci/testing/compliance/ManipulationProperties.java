package org.xpsci.testing.compliance;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.xpsci.xp.NdArray;

/**
 * Properties of the manipulation functions: for arrays of every dtype and rank (0-d and size-0 included) and
 * axes chosen from the array's rank, each function gives the standard's shape, keeps the dtype and puts every
 * element where the reference puts it (each result element is checked against the input element it comes from).
 */
public abstract class ManipulationProperties extends ReductionProperties {

    /** An input array and a number from which the axes, shifts and permutations of the case are chosen. */
    public record ManipulationCase(ArraySpec x, int pick) {
    }

    @Provide
    Arbitrary<ManipulationCase> manipulationCases() {
        return Combinators.combine(XpArbitraries.arrays(XpArbitraries.dtypes(), XpArbitraries.shapes()),
                Arbitraries.integers().between(0, 1000)).as(ManipulationCase::new);
    }

    /** Every manipulation function gives the reference shape, the input's dtype and the reference elements. */
    @Property
    void manipulationFunctionsMoveElementsAsTheStandardSays(@ForAll("manipulationCases") ManipulationCase c) {
        ArraySpec x = c.x();
        NdArray a = x.build(xp());
        int[] s = x.shape();
        int nd = s.length;
        int p = c.pick();
        Failures f = new Failures();
        int[] reversed = reverse(s);
        check(f, x, "reshape(reversed shape)", () -> xp().reshape(a, reversed), reversed, i -> i);
        check(f, x, "reshape(-1)", () -> xp().reshape(a, -1), new int[] {x.size()}, i -> i);
        int[] perm = rotation(nd, p);
        check(f, x, "permute_dims" + Arrays.toString(perm), () -> xp().permuteDims(a, perm), permuted(s, perm),
                i -> permutedSource(i, s, perm));
        int ex = nd == 0 ? 0 : p % (nd + 1) - (p % 2 == 0 ? 0 : nd + 1);
        check(f, x, "expand_dims(axis=" + ex + ")", () -> xp().expandDims(a, ex), inserted(s, ex, 1), i -> i);
        check(f, x, "flip(axes=None)", () -> xp().flip(a), s, i -> x.size() - 1 - i);
        check(f, x, "broadcast_to((2,) + shape)", () -> xp().broadcastTo(a, inserted(s, 0, 2)), inserted(s, 0, 2),
                i -> x.size() == 0 ? 0 : i % x.size());
        check(f, x, "concat([x, x], axis=None)", () -> xp().concat(List.of(a, a), null), new int[] {2 * x.size()},
                i -> x.size() == 0 ? 0 : i % x.size());
        check(f, x, "repeat(x, 2)", () -> xp().repeat(a, 2L, null), new int[] {2 * x.size()}, i -> i / 2);
        int shift = p % 7 - 3;
        check(f, x, "roll(x, " + shift + ")", () -> xp().roll(a, shift, null), s,
                i -> Math.floorMod(i - shift, Math.max(1, x.size())));
        int st = nd == 0 ? 0 : p % (nd + 1);
        check(f, x, "stack([x, x], axis=" + st + ")", () -> xp().stack(List.of(a, a), st), inserted(s, st, 2),
                i -> dropAxis(i, inserted(s, st, 2), st, s));
        check(f, x, "tile(x, (2,))", () -> xp().tile(a, 2), tiled(s), i -> tiledSource(i, s));
        int[] ones = Arrays.stream(indices(nd)).filter(k -> s[k] == 1).toArray();
        if (ones.length > 0) {
            check(f, x, "squeeze(" + Arrays.toString(ones) + ")", () -> xp().squeeze(a, ones), squeezed(s), i -> i);
        }
        if (nd >= 1) {
            int ax = p % nd;
            check(f, x, "flip(axis=" + ax + ")", () -> xp().flip(a, ax), s, i -> flippedSource(i, s, ax));
            check(f, x, "concat([x, x], axis=" + ax + ")", () -> xp().concat(List.of(a, a), ax), doubled(s, ax),
                    i -> concatSource(i, s, ax));
            check(f, x, "repeat(x, 2, axis=" + ax + ")", () -> xp().repeat(a, 2L, ax), doubled(s, ax),
                    i -> repeatSource(i, s, ax));
            check(f, x, "moveaxis(0, -1)", () -> xp().moveaxis(a, 0, -1), permuted(s, rotation(nd, 1)),
                    i -> permutedSource(i, s, rotation(nd, 1)));
            f.check("unstack(axis=" + ax + ")", () -> checkUnstack(x, xp().unstack(a, ax), ax));
        }
        if (nd >= 2) {
            int[] swap = indices(nd);
            swap[nd - 2] = nd - 1;
            swap[nd - 1] = nd - 2;
            check(f, x, "matrix_transpose", () -> xp().matrixTranspose(a), permuted(s, swap), i -> permutedSource(i, s, swap));
        }
        f.assertNone(c.toString());
    }

    private void check(Failures f, ArraySpec x, String what, java.util.function.Supplier<NdArray> call, int[] shape,
                       Function<Integer, Integer> source) {
        f.check(what, () -> {
            NdArray r = call.get();
            assertArray(r, x.dtype(), shape);
            assertElements(r, x, source);
        });
    }

    /** Asserts that element i of r equals element source(i) of x (NaN matches NaN, -0 equals +0). */
    static void assertElements(NdArray r, ArraySpec x, Function<Integer, Integer> source) {
        ArrayValues v = ArrayValues.of(r);
        for (int i = 0; i < v.size(); i++) {
            int k = source.apply(i);
            if (!v.same(i, x.real(k), x.imag(k))) {
                throw new AssertionError("element " + i + " is " + v.re()[i] + (x.dtype().isComplexFloating() ? "+" + v.im()[i]
                        + "j" : "") + ", expected x's element " + k + " = " + x.real(k));
            }
        }
    }

    private void checkUnstack(ArraySpec x, List<NdArray> parts, int ax) {
        int[] s = x.shape();
        if (parts.size() != s[ax]) {
            throw new AssertionError(parts.size() + " arrays, expected " + s[ax]);
        }
        int[] partShape = removed(s, ax);
        for (int k = 0; k < parts.size(); k++) {
            int slot = k;
            assertArray(parts.get(k), x.dtype(), partShape);
            assertElements(parts.get(k), x, i -> ravel(insertIndex(Reference.unravel(i, partShape), ax, slot), s));
        }
    }

    // ---- reference index arithmetic -------------------------------------------------------------------

    static int[] indices(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    static int ravel(int[] idx, int[] shape) {
        int flat = 0;
        int[] st = Reference.strides(shape);
        for (int d = 0; d < idx.length; d++) {
            flat += idx[d] * st[d];
        }
        return flat;
    }

    private static int[] reverse(int[] s) {
        int[] r = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            r[i] = s[s.length - 1 - i];
        }
        return r;
    }

    private static int[] rotation(int nd, int p) {
        int[] r = new int[nd];
        for (int i = 0; i < nd; i++) {
            r[i] = (i + p) % nd;
        }
        return r;
    }

    private static int[] permuted(int[] s, int[] perm) {
        int[] r = new int[perm.length];
        for (int i = 0; i < perm.length; i++) {
            r[i] = s[perm[i]];
        }
        return r;
    }

    private static int permutedSource(int i, int[] s, int[] perm) {
        int[] out = Reference.unravel(i, permuted(s, perm));
        int[] in = new int[s.length];
        for (int k = 0; k < perm.length; k++) {
            in[perm[k]] = out[k];
        }
        return ravel(in, s);
    }

    static int[] inserted(int[] s, int axis, int len) {
        int nd = s.length + 1;
        int a = axis < 0 ? axis + nd : axis;
        int[] r = new int[nd];
        for (int i = 0, j = 0; i < nd; i++) {
            r[i] = i == a ? len : s[j++];
        }
        return r;
    }

    static int[] removed(int[] s, int axis) {
        int[] r = new int[s.length - 1];
        for (int i = 0, j = 0; i < s.length; i++) {
            if (i != axis) {
                r[j++] = s[i];
            }
        }
        return r;
    }

    static int[] insertIndex(int[] idx, int axis, int value) {
        return inserted(idx, axis, value);
    }

    private static int dropAxis(int i, int[] outShape, int axis, int[] s) {
        return ravel(removed(Reference.unravel(i, outShape), axis), s);
    }

    private static int[] squeezed(int[] s) {
        return Arrays.stream(s).filter(d -> d != 1).toArray();
    }

    private static int[] doubled(int[] s, int ax) {
        int[] r = s.clone();
        r[ax] *= 2;
        return r;
    }

    private static int flippedSource(int i, int[] s, int ax) {
        int[] idx = Reference.unravel(i, s);
        idx[ax] = s[ax] - 1 - idx[ax];
        return ravel(idx, s);
    }

    private static int concatSource(int i, int[] s, int ax) {
        int[] idx = Reference.unravel(i, doubled(s, ax));
        idx[ax] %= s[ax];
        return ravel(idx, s);
    }

    private static int repeatSource(int i, int[] s, int ax) {
        int[] idx = Reference.unravel(i, doubled(s, ax));
        idx[ax] /= 2;
        return ravel(idx, s);
    }

    private static int[] tiled(int[] s) {
        return s.length == 0 ? new int[] {2} : doubled(s, s.length - 1);
    }

    private static int tiledSource(int i, int[] s) {
        if (s.length == 0) {
            return 0;
        }
        int[] idx = Reference.unravel(i, tiled(s));
        idx[s.length - 1] %= s[s.length - 1];
        return ravel(idx, s);
    }
}
