package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.testing.XpAssert.assertEqual;

import org.xpsci.testing.Fixture;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.AxisException;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/** all, any and diff against NumPy, and their error cases. */
class UtilityFunctionsTest {

    private static final Fixture F = ReductionCases.FIXTURE;

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void all(ArrayNamespace xp) {
        ReductionCases.check(xp, "all");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void any(ArrayNamespace xp) {
        ReductionCases.check(xp, "any");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void diff(ArrayNamespace xp) {
        ReductionCases.check(xp, "diff");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void diffWithPrependAndAppend(ArrayNamespace xp) {
        NdArray x = F.get(xp, "x__int32_3d");
        NdArray pre = F.get(xp, "x__int8_3d").get(Index.all(), Index.to(2));
        NdArray app = F.get(xp, "x__float32_3d").get(Index.all(), Index.to(1));
        assertEqual(xp.diff(x, 1, 1, pre, app), F.get(xp, "diff_pre"));
        assertEqual(xp.diff(F.get(xp, "x__uint8_1d"), -1, 1, F.get(xp, "x__int64_0d"), F.get(xp, "x__uint8_0d")),
                F.get(xp, "diff_pre0d"));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void diffErrors(ArrayNamespace xp) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> xp.diff(xp.asarray(1.0)));
        assertTrue(e.getMessage().contains("at least one dimensional"), e.getMessage());
        NdArray x = xp.ones(2, 3);
        e = assertThrows(IllegalArgumentException.class, () -> xp.diff(x, -1, -2, null, null));
        assertTrue(e.getMessage().contains("n must be a non-negative") && e.getMessage().contains("-2"),
                e.getMessage());
        AxisException a = assertThrows(AxisException.class, () -> xp.diff(x, 2, 1, null, null));
        assertTrue(a.getMessage().contains("axis 2"), a.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> xp.diff(x, 1, 1, xp.ones(3, 1), null));
        assertTrue(e.getMessage().contains("prepend must have x's shape (2, 3) except along axis 1")
                && e.getMessage().contains("(3, 1)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> xp.diff(x, 0, 1, null, xp.ones(3)));
        assertTrue(e.getMessage().contains("append must have"), e.getMessage());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void truthAxesAreChecked(ArrayNamespace xp) {
        NdArray x = xp.ones(2, 3);
        assertThrows(AxisException.class, () -> xp.all(x, new int[] {2}, false));
        assertThrows(AxisException.class, () -> xp.any(x, new int[] {-1, 1}, false));
    }
}
