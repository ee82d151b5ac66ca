package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.xp.cpu.Identical.assertIdentical;

import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpAssert;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.UniqueAllResult;
import org.xpsci.xp.UniqueCountsResult;
import org.xpsci.xp.UniqueInverseResult;

/** unique_all / unique_counts / unique_inverse / unique_values against NumPy 2 (NaNs distinct). */
class UniqueTest {

    private static final Fixture F = Fixtures.load("unique.npz");

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void everyCaseMatchesNumpy(ArrayNamespace xp) {
        int cases = 0;
        for (String key : F.names()) {
            if (!key.startsWith("x_")) {
                continue;
            }
            String c = key.substring(2);
            NdArray x = F.get(xp, key);
            NdArray values = F.get(xp, "values_" + c);
            NdArray indices = F.get(xp, "indices_" + c);
            NdArray inverse = F.get(xp, "inverse_" + c);
            NdArray counts = F.get(xp, "counts_" + c);

            UniqueAllResult all = xp.uniqueAll(x);
            XpAssert.assertEqual(all.values(), values, org.xpsci.testing.AssertOptions.defaults().message(c));
            assertIdentical(all.indices(), indices, c + " indices");
            assertIdentical(all.inverseIndices(), inverse, c + " inverse_indices");
            assertIdentical(all.counts(), counts, c + " counts");

            UniqueCountsResult uc = xp.uniqueCounts(x);
            XpAssert.assertEqual(uc.values(), values);
            assertIdentical(uc.counts(), counts, c + " unique_counts");

            UniqueInverseResult ui = xp.uniqueInverse(x);
            XpAssert.assertEqual(ui.values(), values);
            assertIdentical(ui.inverseIndices(), inverse, c + " unique_inverse");

            XpAssert.assertEqual(xp.uniqueValues(x), values);
            cases++;
        }
        assertEquals(10, cases);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void firstOccurrenceKeepsItsSignedZero(ArrayNamespace xp) {
        NdArray v = xp.uniqueValues(xp.asarray(new double[] {-0.0, 1.0, 0.0}));
        assertEquals(2, v.size());
        assertTrue(Double.doubleToRawLongBits(v.get(0L).doubleValue()) == Double.doubleToRawLongBits(-0.0));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void worksOnStridedViewsAndLeavesInputAlone(ArrayNamespace xp) {
        NdArray x = xp.flip(F.get(xp, "x_i8_3d"), 1).mT();
        NdArray before = xp.asarray(x, null, null, true);
        UniqueInverseResult r = xp.uniqueInverse(x);
        assertIdentical(xp.take(r.values(), xp.reshape(r.inverseIndices(), -1), 0), xp.reshape(before, -1),
                "values[inverse] rebuilds x");
        assertIdentical(x, before, "input unchanged");
        assertEquals(DType.INT64, r.inverseIndices().dtype());
    }
}
