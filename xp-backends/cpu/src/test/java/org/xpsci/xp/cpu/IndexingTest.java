package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.xp.cpu.Identical.assertIdentical;

import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.AxisException;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * __getitem__/__setitem__ (integers, slices with any step and out-of-range bounds, newaxis, ellipsis, boolean
 * masks of every rank, integer arrays, NumPy's placement of advanced dimensions), take and take_along_axis
 * against NumPy, and every error.
 */
class IndexingTest {

    private static final Fixture F = Fixtures.load("indexing.npz");

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void getAndSetMatchNumpyForEverySpec(ArrayNamespace xp) {
        int cases = 0;
        for (int k = 0; F.has("spec_" + k); k++) {
            String[] s = IndexSpec.text(F, xp, "spec_" + k).split("\\|", -1);
            String what = "x=" + s[0] + " [" + s[1] + "]";
            NdArray x = F.get(xp, "base_" + s[0]);
            NdArray before = xp.asarray(x, null, null, true);
            Index[] idx = IndexSpec.parse(s[1], F, xp);
            assertIdentical(x.get(idx), F.get(xp, "get_" + k), what + " get");
            assertIdentical(x, before, what + " get leaves x alone");
            x.set(F.get(xp, "setv_" + k), idx);
            assertIdentical(x, F.get(xp, "set_" + k), what + " set");
            cases++;
        }
        assertTrue(cases > 60, "cases: " + cases);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void basicIndicesGiveViewsThatWriteThrough(ArrayNamespace xp) {
        NdArray a = xp.reshape(xp.arange(0.0, 12.0, 1.0), 3, 4);
        NdArray v = a.get(Index.step(-1), Index.slice(1, null, 2));
        v.set(-1.0, Index.at(0));
        assertEquals(-1.0, a.get(2L, 1L).doubleValue());
        assertEquals(-1.0, a.get(2L, 3L).doubleValue());
        NdArray adv = a.get(Index.positions(xp.asarray(new long[] {0})));
        adv.set(99.0);
        assertEquals(0.0, a.get(0L, 0L).doubleValue(), "an advanced index gives a copy");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void setCastsAndBroadcastsValues(ArrayNamespace xp) {
        NdArray i = xp.zeros(new int[] {2, 3}, DType.INT16, null);
        i.set(xp.asarray(new double[] {1.9, -2.9, 3.5}), Index.all());
        assertIdentical(i, xp.asarray(new short[][] {{1, -2, 3}, {1, -2, 3}}), "float to int16 truncates");
        NdArray b = xp.zeros(new int[] {3}, DType.BOOL, null);
        b.set(xp.asarray(new long[] {0, 5, -1}));
        assertIdentical(b, xp.asarray(new boolean[] {false, true, true}), "int to bool is != 0");
        NdArray f = xp.zeros(new int[] {2, 2}, DType.FLOAT32, null);
        f.set(0.1, Index.at(1));
        assertIdentical(f, xp.asarray(new float[][] {{0, 0}, {0.1f, 0.1f}}), "python float into float32");
        f.set(3L, Index.all(), Index.at(0));
        assertIdentical(f, xp.asarray(new float[][] {{3, 0}, {3, 0.1f}}), "python int into float32");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> f.set(xp.ones(3), Index.all()));
        assertTrue(e.getMessage().contains("(3,)") && e.getMessage().contains("(2, 2)"), e.getMessage());
        NdArray s = xp.reshape(xp.arange(0.0, 4.0, 1.0), 2, 2);
        s.set(s.get(Index.step(-1)));
        assertIdentical(s, xp.asarray(new double[][] {{2, 3}, {0, 1}}), "overlapping source is read first");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void readOnlyViewsRefuseSet(ArrayNamespace xp) {
        NdArray x = xp.arange(0.0, 3.0, 1.0);
        NdArray b = xp.broadcastTo(x, 2, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.set(1.0, Index.at(0)));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        NdArray w = xp.stridedViews().orElseThrow().slidingWindowView(x, 2, 1, 0);
        assertThrows(IllegalArgumentException.class, () -> w.set(1.0));
        NdArray sub = b.get(Index.at(1));
        assertThrows(IllegalArgumentException.class, () -> sub.set(5.0), "views of read-only views stay read-only");
        assertIdentical(x, xp.asarray(new double[] {0, 1, 2}), "nothing was written");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void indexErrorsSayWhatWasWrong(ArrayNamespace xp) {
        NdArray a = xp.zeros(3, 4);
        IndexOutOfBoundsException oob = assertThrows(IndexOutOfBoundsException.class, () -> a.get(3L));
        assertTrue(oob.getMessage().contains("index 3") && oob.getMessage().contains("size 3"), oob.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> a.get(0L, -5L));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.get(0L, 0L, 0L));
        assertTrue(e.getMessage().contains("too many indices"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> a.get(Index.ellipsis(), Index.ellipsis()));
        assertTrue(e.getMessage().contains("single ellipsis"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Index.slice(null, null, 0));
        assertTrue(e.getMessage().contains("step"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> a.get((Index) null));
        assertTrue(e.getMessage().contains("null"), e.getMessage());
        oob = assertThrows(IndexOutOfBoundsException.class,
                () -> a.get(Index.mask(xp.asarray(new boolean[] {true, false}))));
        assertTrue(oob.getMessage().contains("size of axis is 3") && oob.getMessage().contains("boolean index is 2"),
                oob.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> a.get(Index.mask(xp.asarray(new long[] {1, 0, 1}))));
        assertTrue(e.getMessage().contains("bool") && e.getMessage().contains("int64"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> a.get(Index.positions(xp.asarray(new double[] {1}))));
        assertTrue(e.getMessage().contains("integer") && e.getMessage().contains("float64"), e.getMessage());
        oob = assertThrows(IndexOutOfBoundsException.class,
                () -> a.get(Index.all(), Index.positions(xp.asarray(new long[] {0, 4}))));
        assertTrue(oob.getMessage().contains("index 4") && oob.getMessage().contains("axis 1"), oob.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> a.get(Index.positions(xp.asarray(new long[] {0})),
                Index.positions(xp.asarray(new long[] {0}))));
        assertTrue(e.getMessage().contains("only one"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> xp.asarray(1.0).get(0L));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void takeMatchesNumpy(ArrayNamespace xp) {
        NdArray t = F.get(xp, "take_x");
        NdArray idx = xp.asarray(new long[] {1, -1, 0});
        for (int ax = 0; ax < 3; ax++) {
            assertIdentical(xp.take(t, idx, ax), F.get(xp, "take_ax" + ax), "take axis " + ax);
            assertIdentical(xp.take(t, idx, ax - 3), F.get(xp, "take_ax" + ax), "take negative axis " + ax);
        }
        NdArray v = xp.arange(0.0, 5.0, 1.0);
        assertIdentical(xp.take(v, xp.asarray(new int[][] {{4, 0}, {-2, 1}}), null), F.get(xp, "take_1d"), "1-d");
        assertIdentical(xp.take(v, xp.asarray(new long[0]), 0), xp.zeros(0), "no indices");
        IndexOutOfBoundsException oob = assertThrows(IndexOutOfBoundsException.class,
                () -> xp.take(t, xp.asarray(new long[] {0, 3}), 1));
        assertTrue(oob.getMessage().contains("index 3") && oob.getMessage().contains("axis 1")
                && oob.getMessage().contains("size 3"), oob.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> xp.take(v, xp.asarray(new long[] {-6}), null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> xp.take(t, idx, null));
        assertTrue(e.getMessage().contains("axis"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> xp.take(v, xp.asarray(new double[] {1}), 0));
        assertTrue(e.getMessage().contains("integer"), e.getMessage());
        assertThrows(AxisException.class, () -> xp.take(t, idx, 3));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void takeAlongAxisMatchesNumpy(ArrayNamespace xp) {
        NdArray t = F.get(xp, "take_x");
        for (int ax = 0; ax < 3; ax++) {
            assertIdentical(xp.takeAlongAxis(t, F.get(xp, "tala_i" + ax), ax), F.get(xp, "tala_ax" + ax),
                    "take_along_axis " + ax);
        }
        assertIdentical(xp.takeAlongAxis(t, F.get(xp, "tala_b"), -1), F.get(xp, "tala_bcast"), "broadcast");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> xp.takeAlongAxis(t, xp.asarray(new long[] {0}), 0));
        assertTrue(e.getMessage().contains("rank"), e.getMessage());
        assertThrows(IndexOutOfBoundsException.class,
                () -> xp.takeAlongAxis(t, xp.reshape(xp.asarray(new long[] {2}), 1, 1, 1), 0));
    }
}
