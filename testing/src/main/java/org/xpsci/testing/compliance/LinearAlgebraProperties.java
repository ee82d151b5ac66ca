package org.xpsci.testing.compliance;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.xpsci.xp.DType;
import org.xpsci.xp.DTypeCategory;
import org.xpsci.xp.NdArray;

/**
 * Properties of the linear algebra functions of the main namespace: matmul (with 1-d operands, broadcast
 * batches and size-0 axes), tensordot and vecdot give the standard's shapes, promote their operands and give
 * the reference sums of products (exactly: the operands are small multiples of 1/4 and small integers).
 */
public abstract class LinearAlgebraProperties extends CreationProperties {

    /** Two operands and, for tensordot, the number of contracted axes. */
    public record Contraction(ArraySpec x1, ArraySpec x2, int axes) {
    }

    private static Arbitrary<DType[]> numericPairs() {
        return XpArbitraries.dtypes(DTypeCategory.NUMERIC).flatMap(d1 -> Arbitraries.of(StandardPromotion.partners(d1)
                .stream().filter(DType::isNumeric).toList()).map(d2 -> new DType[] {d1, d2}));
    }

    @Provide
    Arbitrary<Contraction> matmulOperands() {
        Arbitrary<int[]> dims = Arbitraries.integers().between(0, 3).list().ofSize(3)
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray());
        Arbitrary<int[][]> batches = XpArbitraries.broadcastPairs().filter(p -> p[0].length <= 2 && p[1].length <= 2);
        return Combinators.combine(numericPairs(), dims, batches, Arbitraries.integers().between(0, 3)).as((d, nkm, b, mode) -> {
            int[] s1 = mode == 1 || mode == 3 ? new int[] {nkm[1]} : concat(b[0], nkm[0], nkm[1]);
            int[] s2 = mode == 2 || mode == 3 ? new int[] {nkm[1]} : concat(b[1], nkm[1], nkm[2]);
            return new int[][] {s1, s2, {d[0].ordinal(), d[1].ordinal()}};
        }).flatMap(p -> Combinators.combine(
                XpArbitraries.array(DType.values()[p[2][0]], p[0], XpArbitraries.Domain.SMALL),
                XpArbitraries.array(DType.values()[p[2][1]], p[1], XpArbitraries.Domain.SMALL))
                .as((a, c) -> new Contraction(a, c, 0)));
    }

    @Provide
    Arbitrary<Contraction> tensordotOperands() {
        Arbitrary<int[]> part = XpArbitraries.shapes(0, 2).map(s -> java.util.Arrays.stream(s).map(v -> Math.min(v, 3)).toArray());
        return Combinators.combine(numericPairs(), part, part, part).as((d, a, c, b) -> new Object[] {d, a, c, b})
                .flatMap(o -> {
                    DType[] d = (DType[]) o[0];
                    int[] a = (int[]) o[1];
                    int[] c = (int[]) o[2];
                    int[] b = (int[]) o[3];
                    return Combinators.combine(XpArbitraries.array(d[0], concat(a, c), XpArbitraries.Domain.SMALL),
                            XpArbitraries.array(d[1], concat(c, b), XpArbitraries.Domain.SMALL))
                            .as((x1, x2) -> new Contraction(x1, x2, c.length));
                });
    }

    @Provide
    Arbitrary<Contraction> vecdotOperands() {
        return Combinators.combine(numericPairs(), XpArbitraries.broadcastPairs().filter(p -> p[0].length <= 2 && p[1].length <= 2),
                Arbitraries.integers().between(0, 3)).as((d, b, k) -> new Object[] {d, b, k}).flatMap(o -> {
                    DType[] d = (DType[]) o[0];
                    int[][] b = (int[][]) o[1];
                    int k = (Integer) o[2];
                    return Combinators.combine(XpArbitraries.array(d[0], concat(b[0], k), XpArbitraries.Domain.SMALL),
                            XpArbitraries.array(d[1], concat(b[1], k), XpArbitraries.Domain.SMALL))
                            .as((x1, x2) -> new Contraction(x1, x2, 1));
                });
    }

    /** matmul gives the standard's shape and promoted dtype and the reference products. */
    @Property
    void matmulMultipliesMatrices(@ForAll("matmulOperands") Contraction c) {
        ArraySpec x1 = c.x1();
        ArraySpec x2 = c.x2();
        int[] s1 = x1.ndim() == 1 ? new int[] {1, x1.shape()[0]} : x1.shape();
        int[] s2 = x2.ndim() == 1 ? new int[] {x2.shape()[0], 1} : x2.shape();
        int[] batch = ReferenceShapes.broadcast(java.util.Arrays.copyOf(s1, s1.length - 2), java.util.Arrays.copyOf(s2, s2.length - 2));
        int n = s1[s1.length - 2];
        int k = s1[s1.length - 1];
        int m = s2[s2.length - 1];
        int[] full = concat(batch, n, m);
        int[] shape = x1.ndim() == 1 && x2.ndim() == 1 ? new int[0] : x1.ndim() == 1 ? concat(batch, m)
                : x2.ndim() == 1 ? concat(batch, n) : full;
        DType dtype = StandardPromotion.resultType(x1.dtype(), x2.dtype());
        Failures f = new Failures();
        f.check("matmul", () -> {
            NdArray r = xp().matmul(x1.build(xp()), x2.build(xp()));
            assertArray(r, dtype, shape);
            ArrayValues v = ArrayValues.of(r);
            for (int i = 0; i < v.size(); i++) {
                int[] idx = Reference.unravel(i, full);
                double re = 0;
                double im = 0;
                for (int p = 0; p < k; p++) {
                    int[] i1 = with(idx, full.length - 1, p);
                    int[] i2 = with(idx, full.length - 2, p);
                    double[] prod = mul(element(x1, s1, i1), element(x2, s2, i2));
                    re += prod[0];
                    im += prod[1];
                }
                if (!v.same(i, wrap(re, dtype), im)) {
                    throw new AssertionError("element " + i + " is " + v.re()[i] + "+" + v.im()[i] + "j, expected " + re + "+" + im + "j");
                }
            }
        });
        f.assertNone(c.x1() + " @ " + c.x2());
    }

    /** tensordot contracts the last axes of x1 with the first of x2. */
    @Property
    void tensordotContractsAxes(@ForAll("tensordotOperands") Contraction c) {
        ArraySpec x1 = c.x1();
        ArraySpec x2 = c.x2();
        int q = c.axes();
        int[] a = java.util.Arrays.copyOf(x1.shape(), x1.ndim() - q);
        int[] con = java.util.Arrays.copyOfRange(x1.shape(), x1.ndim() - q, x1.ndim());
        int[] b = java.util.Arrays.copyOfRange(x2.shape(), q, x2.ndim());
        int[] shape = concat(a, b);
        DType dtype = StandardPromotion.resultType(x1.dtype(), x2.dtype());
        Failures f = new Failures();
        f.check("tensordot(axes=" + q + ")", () -> {
            NdArray r = xp().tensordot(x1.build(xp()), x2.build(xp()), q);
            assertArray(r, dtype, shape);
            ArrayValues v = ArrayValues.of(r);
            int cn = (int) ReferenceShapes.size(con);
            int bn = (int) ReferenceShapes.size(b);
            for (int i = 0; i < v.size(); i++) {
                int ia = bn == 0 ? 0 : i / bn;
                int ib = bn == 0 ? 0 : i % bn;
                double re = 0;
                double im = 0;
                for (int p = 0; p < cn; p++) {
                    double[] prod = mul(new double[] {x1.real(ia * cn + p), x1.imag(ia * cn + p)},
                            new double[] {x2.real(p * bn + ib), x2.imag(p * bn + ib)});
                    re += prod[0];
                    im += prod[1];
                }
                if (!v.same(i, wrap(re, dtype), im)) {
                    throw new AssertionError("element " + i + " is " + v.re()[i] + ", expected " + re);
                }
            }
        });
        f.assertNone(x1 + ", " + x2 + ", axes=" + q);
    }

    /** vecdot sums conj(x1) * x2 along the last axis over the broadcast leading axes. */
    @Property
    void vecdotConjugatesTheFirstOperand(@ForAll("vecdotOperands") Contraction c) {
        ArraySpec x1 = c.x1();
        ArraySpec x2 = c.x2();
        int k = x1.shape()[x1.ndim() - 1];
        int[] shape = ReferenceShapes.broadcast(java.util.Arrays.copyOf(x1.shape(), x1.ndim() - 1),
                java.util.Arrays.copyOf(x2.shape(), x2.ndim() - 1));
        DType dtype = StandardPromotion.resultType(x1.dtype(), x2.dtype());
        Failures f = new Failures();
        f.check("vecdot", () -> {
            NdArray r = xp().vecdot(x1.build(xp()), x2.build(xp()));
            assertArray(r, dtype, shape);
            ArrayValues v = ArrayValues.of(r);
            int[] full = concat(shape, k);
            for (int i = 0; i < v.size(); i++) {
                int[] idx = concat(Reference.unravel(i, shape), 0);
                double re = 0;
                double im = 0;
                for (int p = 0; p < k; p++) {
                    idx[full.length - 1] = p;
                    double[] a = element(x1, x1.shape(), idx);
                    a[1] = -a[1];
                    double[] prod = mul(a, element(x2, x2.shape(), idx));
                    re += prod[0];
                    im += prod[1];
                }
                if (!v.same(i, wrap(re, dtype), im)) {
                    throw new AssertionError("element " + i + " is " + v.re()[i] + "+" + v.im()[i] + "j, expected " + re + "+" + im + "j");
                }
            }
        });
        f.assertNone(x1 + ", " + x2);
    }

    /** An element of x (of shape s, the operand's shape or its 2-d view) at a right-aligned broadcast index. */
    private static double[] element(ArraySpec x, int[] s, int[] idx) {
        int flat = 0;
        int[] st = Reference.strides(s);
        int shift = idx.length - s.length;
        for (int d = 0; d < s.length; d++) {
            flat += (s[d] == 1 ? 0 : idx[d + shift]) * st[d];
        }
        return new double[] {x.real(flat), x.imag(flat)};
    }

    private static double[] mul(double[] a, double[] b) {
        return new double[] {a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]};
    }

    /** Integer results wrap as the dtype does (sums of small values stay in range except for 8-bit types). */
    private static double wrap(double v, DType d) {
        return switch (d) {
            case INT8 -> (byte) (long) v;
            case UINT8 -> ((long) v) & 0xFF;
            default -> v;
        };
    }

    private static int[] with(int[] idx, int pos, int value) {
        int[] r = idx.clone();
        r[pos] = value;
        return r;
    }

    static int[] concat(int[] a, int... b) {
        int[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
