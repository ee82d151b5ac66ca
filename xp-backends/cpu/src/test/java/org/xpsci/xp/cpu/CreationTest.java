package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.xp.cpu.Identical.assertIdentical;

import java.util.List;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/** The standard's creation functions against NumPy, asarray's conversions and copy rules, and their errors. */
class CreationTest {

    private static final Fixture F = Fixtures.load("creation.npz");

    private static void check(ArrayNamespace xp, NdArray actual, String name) {
        assertIdentical(actual, F.get(xp, name), name);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void arange(ArrayNamespace xp) {
        check(xp, xp.arange(0, 10, 3, DType.INT64, null), "arange_int_step3");
        check(xp, xp.arange(0L, 10L, 3L), "arange_int_step3");
        check(xp, xp.arange(10, 0, -3, DType.INT32, null), "arange_int_down");
        check(xp, xp.arange(0.1, 1, 0.1), "arange_f64_tenth");
        check(xp, xp.arange(0.1, 1, 0.1, DType.FLOAT32, null), "arange_f32_tenth");
        check(xp, xp.arange(1e10, 1e10 + 1, 0.1), "arange_f64_delta");
        check(xp, xp.arange(0.5, 5, 1.5, DType.INT64, null), "arange_int_from_float");
        check(xp, xp.arange(-1.5, 2, 0.5), "arange_f64_neg");
        check(xp, xp.arange(5.0, 5.0, 1.0), "arange_empty");
        check(xp, xp.arange(0.0, 5.0, -1.0), "arange_backwards_empty");
        check(xp, xp.arange(250, 256, 2, DType.UINT16, null), "arange_u8");
        check(xp, xp.arange(0, 3, 0.1, DType.FLOAT32, null), "arange_f32_long");
        assertEquals(DType.INT64, xp.arange(3).dtype());
        assertEquals(DType.FLOAT64, xp.arange(3.0).dtype());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> xp.arange(0.0, 1.0, 0.0));
        assertTrue(e.getMessage().contains("step"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> xp.arange(0.0, Double.POSITIVE_INFINITY, 1.0));
        assertTrue(e.getMessage().contains("finite"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> xp.arange(0.0, 1e12, 1.0));
        assertTrue(e.getMessage().contains("1000000000000"), e.getMessage());
        check(xp, xp.arange(0, 2, 1, DType.BOOL, null), "arange_bool");
        assertThrows(IllegalArgumentException.class, () -> xp.arange(0, 3, 1, DType.BOOL, null));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void linspace(ArrayNamespace xp) {
        check(xp, xp.linspace(0, 1, 5), "linspace_5");
        check(xp, xp.linspace(0, 1, 5, null, null, false), "linspace_noend");
        check(xp, xp.linspace(2, 3, 0), "linspace_0");
        check(xp, xp.linspace(2, 3, 1), "linspace_1");
        check(xp, xp.linspace(2, 3, 1, null, null, false), "linspace_1_noend");
        check(xp, xp.linspace(2, 3, 7, DType.FLOAT32, null, true), "linspace_f32");
        check(xp, xp.linspace(new Complex(1, 1), new Complex(3, -2), 5, null, null, true), "linspace_complex");
        check(xp, xp.linspace(new Complex(1, 0), new Complex(2, 0), 3, null, null, true), "linspace_complex_real");
        check(xp, xp.linspace(-1, 0, 3, DType.INT64, null, true), "linspace_int");
        check(xp, xp.linspace(10, -10, 9), "linspace_down");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> xp.linspace(0, 1, -1));
        assertTrue(e.getMessage().contains("num") && e.getMessage().contains("-1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> xp.linspace(new Complex(0, 1), new Complex(1, 0), 3, DType.FLOAT64, null, true));
        assertTrue(e.getMessage().contains("complex"), e.getMessage());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void eyeMeshgridTriangles(ArrayNamespace xp) {
        check(xp, xp.eye(3), "eye_3");
        check(xp, xp.eye(3, 5, 1, null, null), "eye_3_5_1");
        check(xp, xp.eye(4, 2, -1, null, null), "eye_4_2_-1");
        check(xp, xp.eye(3, 3, 5, null, null), "eye_3_3_5");
        check(xp, xp.eye(0), "eye_0");
        check(xp, xp.eye(3, 4, -2, DType.INT32, null), "eye_3_4_-2_i32");
        check(xp, xp.eye(2, null, 0, DType.BOOL, null), "eye_2_bool");
        assertThrows(IllegalArgumentException.class, () -> xp.eye(-1));
        NdArray mx = xp.asarray(new double[] {1, 2, 3});
        NdArray my = xp.asarray(new double[] {4, 5});
        NdArray mz = xp.asarray(new double[] {6, 7, 8, 9});
        for (String ind : new String[] {"xy", "ij"}) {
            List<NdArray> g = xp.meshgrid(List.of(mx, my, mz), ind);
            List<NdArray> g2 = xp.meshgrid(List.of(mx, my), ind);
            for (int i = 0; i < 3; i++) {
                check(xp, g.get(i), "meshgrid_" + ind + "_" + i);
            }
            for (int i = 0; i < 2; i++) {
                check(xp, g2.get(i), "meshgrid2_" + ind + "_" + i);
            }
        }
        check(xp, xp.meshgrid(mx).get(0), "meshgrid_one");
        assertEquals(0, xp.meshgrid(List.of(), "xy").size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> xp.meshgrid(List.of(mx), "yx"));
        assertTrue(e.getMessage().contains("\"xy\"") && e.getMessage().contains("yx"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> xp.meshgrid(xp.zeros(2, 2)));
        NdArray t = F.get(xp, "tri_src");
        for (int k : new int[] {0, 1, -1, 5, -5}) {
            check(xp, xp.tril(t, k), "tril_" + k);
            check(xp, xp.triu(t, k), "triu_" + k);
        }
        check(xp, xp.tril(xp.ones(new int[] {3, 3}, DType.BOOL, null), -1), "tril_bool");
        check(xp, xp.tril(xp.permuteDims(t, 0, 2, 1).mT()), "tril_0");
        assertThrows(IllegalArgumentException.class, () -> xp.tril(xp.zeros(3)));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void fullOnesZerosEmpty(ArrayNamespace xp) {
        check(xp, xp.full(new int[] {2, 3}, -7L, DType.INT8, null), "full_i8");
        check(xp, xp.full(new int[] {2}, 2.5), "full_f");
        check(xp, xp.full(new int[] {2}, 3L, null, null), "full_int_default");
        check(xp, xp.full(new int[] {2}, 3, null, null), "full_int_default");
        check(xp, xp.full(new int[] {1, 2}, true, null, null), "full_bool");
        check(xp, xp.full(new int[] {2}, new Complex(1, -2), DType.COMPLEX64, null), "full_c64");
        check(xp, xp.full(new int[] {3}, 2.9, DType.INT32, null), "full_float_into_int");
        check(xp, xp.full(new int[] {1}, new java.math.BigInteger("18446744073709551615"), DType.UINT64, null),
                "full_u64_max");
        check(xp, xp.ones(new int[] {2, 2}, DType.UINT8, null), "ones_u8");
        check(xp, xp.zeros(new int[] {3}, DType.COMPLEX128, null), "zeros_c128");
        check(xp, xp.ones(new int[] {2}, DType.BOOL, null), "ones_bool");
        NdArray like = xp.ones(new int[] {2, 2}, DType.UINT8, null);
        check(xp, xp.onesLike(xp.zerosLike(like)), "ones_u8");
        check(xp, xp.fullLike(like, 1L, null, null), "ones_u8");
        NdArray e = xp.emptyLike(like, DType.FLOAT32, null);
        assertEquals(DType.FLOAT32, e.dtype());
        assertArrayEquals(new int[] {2, 2}, e.shape());
        assertEquals(DType.FLOAT64, xp.empty(0).dtype());
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> xp.zeros(2, -1));
        assertTrue(x.getMessage().contains("(2, -1)"), x.getMessage());
        x = assertThrows(IllegalArgumentException.class, () -> xp.full(new int[] {2}, 300L, DType.INT8, null));
        assertTrue(x.getMessage().contains("300") && x.getMessage().contains("int8"), x.getMessage());
        assertThrows(IllegalArgumentException.class, () -> xp.full(new int[] {2}, -1L, DType.UINT8, null));
        assertThrows(IllegalArgumentException.class, () -> xp.full(new int[] {2}, new Complex(1, 1), DType.FLOAT64, null));
        assertThrows(IllegalArgumentException.class, () -> xp.full(new int[] {2}, "7", null, null));
        assertThrows(IllegalArgumentException.class, () -> xp.empty((int[]) null, null, null));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void asarrayConversions(ArrayNamespace xp) {
        check(xp, xp.asarray(new double[][] {{1.5, 2}, {3, 4}}), "asarray_nested_f");
        check(xp, xp.asarray(new int[][][] {{{1, 2}}, {{3, 4}}}), "asarray_nested_i");
        check(xp, xp.asarray(new Integer[] {1, 2, 3}), "asarray_boxed_int");
        check(xp, xp.asarray(new Number[] {1, 2.5, 3L}), "asarray_boxed_mixed");
        check(xp, xp.asarray(new Object[] {true, 2}), "asarray_boxed_bool_int");
        check(xp, xp.asarray(new boolean[][] {{true, false}, {false, true}}), "asarray_bool");
        check(xp, xp.asarray(new Object[] {new Complex(1, 2), 3.0, new Complex(-0.0, -1)}), "asarray_complex"); // -1j
        check(xp, xp.asarray(new Complex[] {new Complex(1, 2), new Complex(3, 0), new Complex(-0.0, -1)}),
                "asarray_complex");
        check(xp, xp.asarray(2.5), "asarray_scalar_f");
        check(xp, xp.asarray(7), "asarray_scalar_i");
        check(xp, xp.asarray(false), "asarray_scalar_b");
        check(xp, xp.asarray(new Complex(1, -1)), "asarray_scalar_c");
        check(xp, xp.asarray(new double[][] {{1.9, -1.9}}, DType.INT16), "asarray_cast");
        check(xp, xp.asarray(new double[0]), "asarray_empty");
        check(xp, xp.asarray(new Object[0]), "asarray_empty");
        assertEquals(DType.FLOAT32, xp.asarray(new float[][] {{1}}).dtype());
        assertEquals(DType.INT8, xp.asarray(new byte[] {1}).dtype());
        assertEquals(DType.INT16, xp.asarray(new short[][] {{1}}).dtype());
        assertEquals(DType.INT64, xp.asarray(new long[][] {{1}}).dtype());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> xp.asarray(new double[][] {{1, 2}, {3}}));
        assertTrue(e.getMessage().contains("rectangular"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> xp.asarray(new Object[] {1, "two"}));
        assertTrue(e.getMessage().contains("String"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> xp.asarray(new Object[] {new Complex(1, 1)}, DType.FLOAT64));
        assertThrows(IllegalArgumentException.class, () -> xp.asarray(null));
        assertThrows(IllegalArgumentException.class, () -> xp.asarray("text"));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void asarrayCopyRules(ArrayNamespace xp) {
        double[] data = {1, 2, 3};
        NdArray shared = xp.asarray(data);
        shared.set(10.0, Index.at(0));
        assertEquals(10.0, data[0], "copy=None reuses a 1-d primitive array of the dtype's storage");
        NdArray copied = xp.asarray(data, null, null, true);
        copied.set(20.0, Index.at(0));
        assertEquals(10.0, data[0], "copy=true copies");
        assertSame(shared, xp.asarray(shared));
        assertSame(shared, xp.asarray(shared, DType.FLOAT64, null, false));
        assertNotSame(shared, xp.asarray(shared, null, null, true));
        assertEquals(DType.FLOAT32, xp.asarray(shared, DType.FLOAT32).dtype());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> xp.asarray(shared, DType.FLOAT32, null, false));
        assertTrue(e.getMessage().contains("copy=false"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> xp.asarray(1.0, null, null, false));
        assertThrows(IllegalArgumentException.class, () -> xp.asarray(new double[][] {{1}}, null, null, false));
        assertThrows(IllegalArgumentException.class, () -> xp.asarray(new int[] {1}, DType.INT64, null, false));
        NdArray viaDtype = xp.asarray(new int[] {1, -1}, DType.UINT32);
        assertIdentical(viaDtype, xp.astype(xp.asarray(new int[] {1, -1}), DType.UINT32), "asarray(dtype) casts");
    }
}
