package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/** CpuArray.toString() (ArrayFormat) against NumPy's repr() of the same arrays. */
class FormatTest {

    private static final Fixture F = Fixtures.load("format.npz");

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void reprMatchesNumpy(ArrayNamespace xp) {
        int k = 0;
        for (; F.has("x_" + k); k++) {
            NdArray x = F.get(xp, "x_" + k);
            assertEquals(IndexSpec.text(F, xp, "repr_" + k), x.toString(), "case x_" + k);
        }
        assertEquals(80, k, "cases");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void stridedViewsPrintTheirOwnElements(ArrayNamespace xp) {
        NdArray v = F.get(xp, "view_src");
        assertEquals(IndexSpec.text(F, xp, "view_repr"), v.get(Index.step(-1), Index.step(2)).toString());
        assertEquals(IndexSpec.text(F, xp, "view_t_repr"), v.T().toString());
    }
}
