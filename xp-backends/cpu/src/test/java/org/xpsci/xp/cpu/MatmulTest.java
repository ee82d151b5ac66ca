package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.testing.XpAssert.assertClose;
import static org.xpsci.testing.XpAssert.assertEqual;

import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/** matmul, tensordot and vecdot against NumPy (fixture linalg_ext.npz, generator gen_linalg_ext.py). */
class MatmulTest {

    private static final Fixture F = Fixtures.load("linalg_ext.npz");

    private static NdArray f(ArrayNamespace xp, String name) {
        return F.get(xp, name);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void matricesVectorsAndBatches(ArrayNamespace xp) {
        assertClose(xp.matmul(f(xp, "mm_a"), f(xp, "mm_b")), f(xp, "mm_ab"));
        assertClose(xp.matmul(f(xp, "mm_ba"), f(xp, "mm_bb")), f(xp, "mm_bab"));
        assertClose(xp.matmul(f(xp, "mm_v"), f(xp, "mm_b")), f(xp, "mm_vb"));
        assertClose(xp.matmul(f(xp, "mm_a"), f(xp, "mm_v")), f(xp, "mm_av"));
        assertClose(xp.matmul(f(xp, "mm_v"), f(xp, "mm_v")), f(xp, "mm_vv"));
        assertClose(xp.matmul(f(xp, "mm_many_a"), f(xp, "mm_many_b")), f(xp, "mm_many_ab"));
        assertClose(f(xp, "mm_a").matmul(f(xp, "mm_b")), f(xp, "mm_ab"));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void dtypes(ArrayNamespace xp) {
        assertEqual(xp.matmul(f(xp, "mm_ia"), f(xp, "mm_ib")), f(xp, "mm_iab"));
        NdArray u8 = f(xp, "mm_u8a");
        assertEqual(xp.matmul(u8, xp.matrixTranspose(u8)), f(xp, "mm_u8ab"));
        NdArray bools = f(xp, "mm_boola");
        assertEqual(xp.matmul(bools, bools), f(xp, "mm_boolab"));
        assertClose(xp.matmul(f(xp, "mm_ca"), f(xp, "mm_cb")), f(xp, "mm_cab"));
        NdArray ca = xp.astype(f(xp, "mm_ca"), DType.COMPLEX64);
        NdArray cb = xp.astype(f(xp, "mm_cb"), DType.COMPLEX64);
        assertClose(xp.matmul(ca, cb), f(xp, "mm_c64ab"));
        NdArray a32 = xp.astype(f(xp, "mm_a"), DType.FLOAT32);
        NdArray b32 = xp.astype(f(xp, "mm_b"), DType.FLOAT32);
        assertClose(xp.matmul(a32, b32), f(xp, "mm_f32ab"));
        NdArray mixed = xp.matmul(a32, f(xp, "mm_b"));
        assertEquals(DType.FLOAT64, mixed.dtype());
        assertClose(mixed, f(xp, "mm_ab"), 1e-6, 0);
    }

    /** The fixture's pattern(rows, cols, seed): ((31 i + 17 j + 7 seed) mod 23 - 11) / 4. */
    static NdArray pattern(ArrayNamespace xp, int rows, int cols, int seed) {
        double[][] a = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                a[i][j] = ((i * 31 + j * 17 + seed * 7) % 23 - 11) / 4.0;
            }
        }
        return xp.asarray(a);
    }

    private static NdArray subGrid(NdArray x) {
        return x.get(Index.step(7), Index.step(11));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void packedProductsWithTransposedOperands(ArrayNamespace xp) {
        NdArray at = pattern(xp, 300, 130, 1);
        NdArray b = pattern(xp, 300, 270, 2);
        assertClose(subGrid(xp.matmul(xp.matrixTranspose(at), b)), f(xp, "mm_big_ab_sub"), 1e-12, 0);
        NdArray at32 = xp.astype(at, DType.FLOAT32);
        NdArray b32 = xp.astype(b, DType.FLOAT32);
        assertClose(subGrid(xp.matmul(xp.matrixTranspose(at32), b32)), f(xp, "mm_big_f32_ab_sub"));
        NdArray ca = pattern(xp, 90, 70, 3).add(xp.multiply(pattern(xp, 90, 70, 4), imaginaryUnit(xp)));
        NdArray cb = pattern(xp, 70, 110, 5).subtract(xp.multiply(pattern(xp, 70, 110, 6), imaginaryUnit(xp)));
        assertClose(subGrid(xp.matmul(ca, cb)), f(xp, "mm_big_cab_sub"), 1e-12, 0);
    }

    private static NdArray imaginaryUnit(ArrayNamespace xp) {
        return xp.asarray(new org.xpsci.xp.Complex(0, 1));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void emptyOperands(ArrayNamespace xp) {
        NdArray z = xp.matmul(xp.zeros(3, 0), xp.zeros(0, 4));
        assertClose(z, xp.zeros(3, 4));
        assertEquals(0, xp.matmul(xp.zeros(0, 2), xp.zeros(2, 5)).size());
        assertEquals(0, xp.matmul(xp.zeros(0, 3, 2), xp.zeros(2, 5)).shape()[0]);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void matmulErrors(ArrayNamespace xp) {
        var e = assertThrows(IllegalArgumentException.class, () -> xp.matmul(xp.zeros(3, 4), xp.zeros(5, 2)));
        assertTrue(e.getMessage().contains("(3, 4)") && e.getMessage().contains("(5, 2)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> xp.matmul(xp.zeros(new int[0]), xp.zeros(2)));
        var b = assertThrows(IllegalArgumentException.class, () -> xp.matmul(xp.zeros(2, 3, 4), xp.zeros(3, 4, 2)));
        assertTrue(b.getMessage().contains("batch"), b.getMessage());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void tensordot(ArrayNamespace xp) {
        assertClose(xp.tensordot(f(xp, "td_a"), f(xp, "td_b"), new int[] {1, 2}, new int[] {0, 1}), f(xp, "td_ab"));
        assertClose(xp.tensordot(f(xp, "td_a"), f(xp, "td_c"), 1), f(xp, "td_ac1"));
        assertClose(xp.tensordot(f(xp, "mm_v"), f(xp, "mm_v"), 0), f(xp, "td_outer"));
        var e = assertThrows(IllegalArgumentException.class,
                () -> xp.tensordot(f(xp, "td_a"), f(xp, "td_b"), new int[] {0}, new int[] {0}));
        assertTrue(e.getMessage().contains("shape mismatch"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> xp.tensordot(f(xp, "td_a"), f(xp, "td_b"), new int[] {1, 2}, new int[] {0}));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void vecdot(ArrayNamespace xp) {
        assertClose(xp.vecdot(f(xp, "vd_a"), f(xp, "vd_b")), f(xp, "vd_ab"));
        assertClose(xp.vecdot(f(xp, "vd_ra"), f(xp, "vd_rb"), 0), f(xp, "vd_rab0"));
        NdArray a = f(xp, "vdf_a");
        assertClose(xp.vecdot(a, f(xp, "vdf_b"), 1), f(xp, "vdf_ab1"));
        assertClose(xp.vecdot(a, a, 1), f(xp, "vdf_aa1"));
        NdArray a64 = f(xp, "vdf_a64");
        assertClose(xp.vecdot(a64, a64, -2), f(xp, "vdf_aa64"));
        NdArray r32 = f(xp, "vdf_r32");
        assertClose(xp.vecdot(r32, xp.flip(r32, 0)), f(xp, "vdf_rr32"));
        NdArray c64 = f(xp, "vdf_c64");
        assertClose(xp.vecdot(c64, c64, 1), f(xp, "vdf_cc64"));
        assertClose(xp.vecdot(c64, f(xp, "vdf_d64"), 1), f(xp, "vdf_cd64"));
        assertClose(xp.vecdot(f(xp, "vdf_r32b"), f(xp, "vdf_s32b"), 0), f(xp, "vdf_rs32"));
        var e = assertThrows(IllegalArgumentException.class, () -> xp.vecdot(xp.zeros(3), xp.zeros(4)));
        assertTrue(e.getMessage().contains("vecdot"), e.getMessage());
    }
}
