package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.xp.cpu.Identical.assertIdentical;

import java.util.List;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.AxisException;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/** The standard's manipulation functions against NumPy, their view/copy behaviour and their errors. */
class ManipulationTest {

    private static final Fixture F = Fixtures.load("manipulation.npz");

    private static void check(ArrayNamespace xp, NdArray actual, String name) {
        assertIdentical(actual, F.get(xp, name), name);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void broadcasting(ArrayNamespace xp) {
        NdArray x31 = xp.reshape(xp.arange(0.0, 3.0, 1.0), 3, 1);
        NdArray x14 = xp.reshape(xp.arange(0.0, 40.0, 10.0), 1, 4);
        NdArray x4 = xp.arange(0.0, 400.0, 100.0);
        List<NdArray> b = xp.broadcastArrays(x31, x14, x4);
        for (int i = 0; i < 3; i++) {
            check(xp, b.get(i), "broadcast_arrays_" + i);
        }
        check(xp, xp.broadcastTo(x31, 2, 3, 4), "broadcast_to");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> xp.broadcastArrays(x31, xp.zeros(2, 4)));
        assertTrue(e.getMessage().contains("(3, 1)") && e.getMessage().contains("(2, 4)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> xp.broadcastTo(x31, 3));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void concatPromotesAndFlattens(ArrayNamespace xp) {
        NdArray a = F.get(xp, "a");
        NdArray c = F.get(xp, "c");
        check(xp, xp.concat(List.of(a, c), 1), "concat_ax1");
        check(xp, xp.concat(List.of(a, a.get(Index.ellipsis(), Index.to(1))), -1), "concat_neg");
        check(xp, xp.concat(List.of(a, xp.astype(xp.arange(5), DType.INT32), xp.asarray(new boolean[] {true, false})),
                null), "concat_none");
        check(xp, xp.concat(xp.asarray(new byte[] {(byte) 200, 1}).astype(DType.UINT8),
                xp.asarray(new byte[] {-5})), "concat_u8_i8");
        check(xp, xp.concat(xp.asarray(new float[] {0.5f}), xp.asarray(new long[] {1L << 40})), "concat_f32_i64");
        check(xp, xp.concat(xp.zeros(0, 4), a.get(0L)), "concat_empty");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> xp.concat(a, c));
        assertTrue(e.getMessage().contains("(2, 3, 4)") && e.getMessage().contains("(2, 1, 4)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> xp.concat(a, a.get(0L)));
        assertTrue(e.getMessage().contains("number of dimensions"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> xp.concat(xp.asarray(1.0), xp.asarray(2.0)));
        assertTrue(e.getMessage().contains("zero-dimensional"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> xp.concat(List.of(), 0));
        assertThrows(AxisException.class, () -> xp.concat(List.of(a, a), 3));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void axesFunctions(ArrayNamespace xp) {
        NdArray a = F.get(xp, "a");
        check(xp, xp.expandDims(a, 0), "expand_0");
        check(xp, xp.expandDims(a, -1), "expand_-1");
        check(xp, xp.expandDims(a, 2), "expand_2");
        assertThrows(AxisException.class, () -> xp.expandDims(a, 4));
        assertThrows(AxisException.class, () -> xp.expandDims(a, -5));
        check(xp, xp.flip(a), "flip_all");
        check(xp, xp.flip(a, 1), "flip_1");
        check(xp, xp.flip(a, 0, 2), "flip_02");
        assertThrows(AxisException.class, () -> xp.flip(a, 3));
        check(xp, xp.moveaxis(a, 0, -1), "moveaxis_0_-1");
        check(xp, xp.moveaxis(a, new int[] {0, 1}, new int[] {2, 0}), "moveaxis_01_20");
        assertThrows(AxisException.class, () -> xp.moveaxis(a, new int[] {0, 0}, new int[] {1, 2}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> xp.moveaxis(a, new int[] {0}, new int[] {1, 2}));
        assertTrue(e.getMessage().contains("same length"), e.getMessage());
        check(xp, xp.permuteDims(a, 2, 0, 1), "permute_201");
        assertThrows(IllegalArgumentException.class, () -> xp.permuteDims(a, 0, 1));
        assertThrows(AxisException.class, () -> xp.permuteDims(a, 0, 1, 1));
        check(xp, xp.matrixTranspose(a), "matrix_transpose");
        check(xp, a.mT(), "matrix_transpose");
        e = assertThrows(IllegalArgumentException.class, () -> xp.matrixTranspose(xp.zeros(3)));
        assertTrue(e.getMessage().contains("(3,)"), e.getMessage());
        NdArray s = F.get(xp, "squeeze_src");
        check(xp, xp.squeeze(s, 0), "squeeze_0");
        check(xp, xp.squeeze(s, 0, 2), "squeeze_02");
        check(xp, xp.squeeze(s), "squeeze_all");
        e = assertThrows(IllegalArgumentException.class, () -> xp.squeeze(s, 1));
        assertTrue(e.getMessage().contains("axis 1 has size 3"), e.getMessage());
        List<NdArray> u = xp.unstack(a, 1);
        assertEquals(3, u.size());
        for (int i = 0; i < 3; i++) {
            check(xp, u.get(i), "unstack_1_" + i);
        }
        assertThrows(IllegalArgumentException.class, () -> xp.unstack(xp.asarray(1.0), 0));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void repeat(ArrayNamespace xp) {
        NdArray m = F.get(xp, "m");
        check(xp, xp.repeat(m, 2, null), "repeat_none");
        check(xp, xp.repeat(m, xp.asarray(new long[] {2, 0}), 0), "repeat_ax0");
        check(xp, xp.repeat(m, xp.asarray(new int[] {1, 3}), 1), "repeat_ax1");
        check(xp, xp.repeat(xp.asarray(5.5), 3, null), "repeat_0d");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> xp.repeat(m, -1, 0));
        assertTrue(e.getMessage().contains("negative"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> xp.repeat(m, xp.asarray(new long[] {1, 2, 3}), 0));
        assertTrue(e.getMessage().contains("counts"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> xp.repeat(m, xp.asarray(new double[] {1}), 0));
        assertTrue(e.getMessage().contains("integer"), e.getMessage());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void reshapeViewsCopiesAndErrors(ArrayNamespace xp) {
        NdArray a = F.get(xp, "a");
        NdArray r = xp.reshape(a, 4, -1);
        check(xp, r, "reshape_4_-1");
        r.set(-1.0, Index.at(0), Index.at(0));
        assertEquals(-1.0, a.get(0L, 0L, 0L).doubleValue(), "reshape of contiguous data is a view");
        a.set(0.0, Index.at(0), Index.at(0), Index.at(0));
        NdArray t = xp.matrixTranspose(a);
        check(xp, xp.reshape(t, -1), "reshape_flat_T");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> xp.reshape(t, new int[] {-1}, false));
        assertTrue(e.getMessage().contains("copy=false"), e.getMessage());
        NdArray c = xp.reshape(a, new int[] {24}, true);
        c.set(5.0, Index.at(0));
        assertEquals(0.0, a.get(0L, 0L, 0L).doubleValue(), "copy=true copies");
        check(xp, xp.reshape(xp.asarray(new double[] {7}), new int[0]), "reshape_0d");
        assertArrayEquals(new int[] {3, 0}, xp.reshape(xp.zeros(0, 3), 3, 0).shape());
        assertArrayEquals(new int[] {0, 5}, xp.reshape(xp.zeros(2, 0, 5), 0, 5).shape());
        e = assertThrows(IllegalArgumentException.class, () -> xp.reshape(a, 5, -1));
        assertTrue(e.getMessage().contains("24"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> xp.reshape(a, -1, -1));
        assertTrue(e.getMessage().contains("one unknown"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> xp.reshape(a, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> xp.reshape(a, -2, -12));
        assertThrows(IllegalArgumentException.class, () -> xp.reshape(xp.zeros(0), -1, 0));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void rollStackTile(ArrayNamespace xp) {
        NdArray a = F.get(xp, "a");
        NdArray before = xp.asarray(a, null, null, true);
        check(xp, xp.roll(a, 5, null), "roll_5");
        check(xp, xp.roll(a, -1, 1), "roll_-1_1");
        check(xp, xp.roll(a, new int[] {1, 2}, new int[] {0, 2}), "roll_12_02");
        check(xp, xp.roll(a, 7, 2), "roll_7_2");
        check(xp, xp.roll(a, new int[] {1, 1}, new int[] {2, 2}), "roll_same_axis");
        assertThrows(IllegalArgumentException.class, () -> xp.roll(a, new int[] {1, 2}, null));
        assertThrows(IllegalArgumentException.class, () -> xp.roll(a, new int[] {1, 2, 3}, new int[] {0, 1}));
        NdArray p = xp.reshape(xp.arange(0.0, 6.0, 1.0), 2, 3);
        NdArray q = xp.ones(2, 3);
        NdArray r = xp.full(new int[] {2, 3}, 7.0);
        for (int ax : new int[] {0, 1, -1}) {
            check(xp, xp.stack(List.of(p, q, r), ax), "stack_" + ax);
        }
        check(xp, xp.stack(xp.asarray(new byte[] {1, 2}), xp.asarray(new float[] {0.5f, 1.5f})), "stack_mixed");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> xp.stack(p, xp.ones(3, 2)));
        assertTrue(e.getMessage().contains("same shape"), e.getMessage());
        assertThrows(AxisException.class, () -> xp.stack(List.of(p, q), 3));
        check(xp, xp.tile(a, 2), "tile_2");
        check(xp, xp.tile(a, 2, 1, 1, 2), "tile_2112");
        check(xp, xp.tile(xp.arange(0.0, 3.0, 1.0), 3, 2), "tile_1d_32");
        check(xp, xp.tile(a, 1, 0, 1), "tile_0");
        assertThrows(IllegalArgumentException.class, () -> xp.tile(a, -1));
        NdArray same = xp.tile(a, 1);
        same.set(100.0, Index.at(0), Index.at(0), Index.at(0));
        NdArray rolled = xp.roll(a, 0, 0);
        rolled.set(100.0, Index.at(0), Index.at(0), Index.at(0));
        assertIdentical(a, before, "tile, roll and stack leave their input alone and return new arrays");
    }
}
