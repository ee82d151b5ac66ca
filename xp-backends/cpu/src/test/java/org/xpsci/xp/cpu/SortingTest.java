package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.xp.cpu.Identical.assertIdentical;

import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpAssert;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.AxisException;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/** sort and argsort against NumPy (stable, both directions, every dtype kind, NaN and -0.0, empty lanes). */
class SortingTest {

    private static final Fixture F = Fixtures.load("sorting.npz");

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void everyCaseMatchesNumpy(ArrayNamespace xp) {
        int cases = 0;
        for (String key : F.names()) {
            if (!key.startsWith("x_")) {
                continue;
            }
            String c = key.substring(2);
            NdArray x = F.get(xp, key);
            int axis = (int) F.longScalar("axis_" + c);
            NdArray before = xp.asarray(x, null, null, true);
            assertIdentical(xp.sort(x, axis, false, true), F.get(xp, "sort_" + c), c + " sort");
            assertIdentical(xp.sort(x, axis, true, true), F.get(xp, "sortd_" + c), c + " sort descending");
            assertIdentical(xp.argsort(x, axis, false, true), F.get(xp, "argsort_" + c), c + " argsort");
            assertIdentical(xp.argsort(x, axis, true, true), F.get(xp, "argsortd_" + c), c + " argsort descending");
            // unstable is allowed to be stable, and negative axes count from the end
            assertIdentical(xp.sort(x, axis - x.ndim(), false, false), F.get(xp, "sort_" + c), c + " unstable");
            assertIdentical(x, before, c + " input unchanged");
            cases++;
        }
        assertTrue(cases >= 20, "fixture cases found: " + cases);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void stridedViewsSortTheirOwnElements(ArrayNamespace xp) {
        NdArray base = F.get(xp, "x_f64_3d");
        NdArray view = xp.permuteDims(base, 2, 0, 1).get(Index.step(-1), Index.all(), Index.step(2));
        NdArray copy = xp.asarray(view, null, null, true);
        assertIdentical(xp.sort(view, 1, false, true), xp.sort(copy, 1, false, true), "sorted view");
        assertIdentical(xp.argsort(view, 0, true, true), xp.argsort(copy, 0, true, true), "argsorted view");
        assertIdentical(xp.sort(view), xp.sort(copy), "default axis");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void defaultsAreLastAxisAscending(ArrayNamespace xp) {
        NdArray x = F.get(xp, "x_f32_ax1");
        assertIdentical(xp.sort(x), F.get(xp, "sort_f32_ax1"), "sort(x)");
        assertIdentical(xp.argsort(x), F.get(xp, "argsort_f32_ax1"), "argsort(x)");
        assertEquals(DType.INT64, xp.argsort(xp.asarray(new byte[] {3, 1})).dtype());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void largeInputsSortInParallel(ArrayNamespace xp) {
        // many lanes (split across workers) and one long lane (parallel value sort), against the JDK's sort
        java.util.Random r = new java.util.Random(7);
        long[] v = new long[300 * 1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextInt(1009) - 500;
        }
        NdArray many = xp.reshape(xp.asarray(v), 300, 1000);
        long[] expected = v.clone();
        for (int l = 0; l < 300; l++) {
            java.util.Arrays.sort(expected, l * 1000, (l + 1) * 1000);
        }
        XpAssert.assertEqual(xp.sort(many, 1, false, true), xp.reshape(xp.asarray(expected), 300, 1000));
        for (boolean desc : new boolean[] {false, true}) {
            long[] order = org.xpsci.xp.Xp.toLongArray(xp.argsort(many, 1, desc, true));
            for (int l = 0; l < 300; l++) {
                for (int i = 1; i < 1000; i++) {
                    long a = v[l * 1000 + (int) order[l * 1000 + i - 1]];
                    long b = v[l * 1000 + (int) order[l * 1000 + i]];
                    boolean ordered = desc ? a > b : a < b;
                    assertTrue(ordered || a == b && order[l * 1000 + i - 1] < order[l * 1000 + i],
                            "stable order in lane " + l + (desc ? " descending" : ""));
                }
            }
        }
        long[] reversed = expected.clone();
        for (int l = 0; l < 300; l++) {
            for (int i = 0; i < 500; i++) {
                long t = reversed[l * 1000 + i];
                reversed[l * 1000 + i] = reversed[l * 1000 + 999 - i];
                reversed[l * 1000 + 999 - i] = t;
            }
        }
        XpAssert.assertEqual(xp.sort(many, 1, true, true), xp.reshape(xp.asarray(reversed), 300, 1000));
        double[] lane = new double[400_000];
        for (int i = 0; i < lane.length; i++) {
            lane[i] = r.nextGaussian();
        }
        lane[5] = Double.NaN;
        double[] sorted = lane.clone();
        java.util.Arrays.sort(sorted);
        NdArray s = xp.sort(xp.asarray(lane), 0, false, true);
        XpAssert.assertEqual(s, xp.asarray(sorted));
        NdArray d = xp.sort(xp.asarray(lane), 0, true, true);
        assertTrue(Double.isNaN(d.get(0L).doubleValue()), "descending puts NaN first");
        XpAssert.assertEqual(d.get(Index.from(1)), xp.flip(xp.asarray(sorted).get(Index.to(-1))));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void longLanesArgsortStably(ArrayNamespace xp) {
        // lanes this long take the radix path: negative keys, ties, NaN, -0.0, both directions, unique_all on top
        java.util.Random r = new java.util.Random(11);
        double[] v = new double[60_000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % 97 == 0 ? Double.NaN : i % 89 == 0 ? -0.0 : Math.rint(r.nextGaussian() * 50) / 4;
        }
        NdArray x = xp.asarray(v);
        for (boolean desc : new boolean[] {false, true}) {
            long[] order = org.xpsci.xp.Xp.toLongArray(xp.argsort(x, 0, desc, true));
            java.util.Comparator<Integer> byValue = (a, b) -> {
                double p = v[a] == 0 ? 0.0 : v[a];
                double q = v[b] == 0 ? 0.0 : v[b];
                return desc ? Double.compare(q, p) : Double.compare(p, q);
            };
            Integer[] expected = new Integer[v.length];
            for (int i = 0; i < v.length; i++) {
                expected[i] = i;
            }
            java.util.Arrays.sort(expected, byValue); // a stable merge sort: the oracle
            for (int i = 0; i < v.length; i++) {
                assertEquals((long) expected[i], order[i], (desc ? "descending" : "ascending") + " position " + i);
            }
        }
        long[] big = new long[20_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (i % 3 == 0 ? Long.MIN_VALUE : Long.MAX_VALUE) / (1 + r.nextInt(5)) + r.nextInt(3);
        }
        long[] sorted = big.clone();
        java.util.Arrays.sort(sorted);
        NdArray order = xp.argsort(xp.asarray(big));
        assertIdentical(xp.take(xp.asarray(big), order, 0), xp.asarray(sorted), "int64 extremes");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void badAxesAreAxisErrors(ArrayNamespace xp) {
        NdArray x = xp.zeros(2, 3);
        AxisException e = assertThrows(AxisException.class, () -> xp.sort(x, 2, false, true));
        assertTrue(e.getMessage().contains("axis 2"), e.getMessage());
        assertThrows(AxisException.class, () -> xp.argsort(x, -3, false, true));
        assertThrows(AxisException.class, () -> xp.sort(xp.asarray(1.0)));
    }
}
