package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.xp.cpu.Identical.assertIdentical;

import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * astype over all 13x13 dtype pairs against NumPy's casts, bit for bit (NaN payloads aside), leaving out the
 * float-to-integer cases the standard calls implementation-defined (NaN, infinity, out of range).
 */
class AstypeTest {

    private static final Fixture F = Fixtures.load("astype.npz");

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void everyPairMatchesNumpy(ArrayNamespace xp) {
        int pairs = 0;
        for (DType s : DType.values()) {
            NdArray x = F.get(xp, "src_" + s.label());
            for (DType d : DType.values()) {
                String name = s.label() + "_" + d.label();
                NdArray got = xp.astype(x, d);
                NdArray want = F.get(xp, "cast_" + name);
                if (F.has("valid_" + name)) {
                    Index m = Index.mask(F.get(xp, "valid_" + name));
                    got = got.get(m);
                    want = want.get(m);
                }
                assertIdentical(got, want, "astype " + s + " -> " + d);
                // strided input gives the same values
                NdArray rev = xp.astype(xp.flip(x), d);
                assertIdentical(xp.flip(rev), xp.astype(x, d), "astype of a reversed view " + s + " -> " + d);
                pairs++;
            }
        }
        assertEquals(169, pairs);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void copySemantics(ArrayNamespace xp) {
        NdArray x = xp.asarray(new double[] {1, 2});
        assertSame(x, xp.astype(x, DType.FLOAT64, false, null), "copy=false and the same dtype returns x");
        NdArray c = xp.astype(x, DType.FLOAT64);
        assertNotSame(x, c);
        c.set(9.0, Index.at(0));
        assertEquals(1.0, x.get(0L).doubleValue(), "astype copies by default");
        assertEquals(DType.INT8, xp.astype(x, DType.INT8, false, Device.CPU).dtype());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> xp.astype(x, null));
        assertTrue(e.getMessage().contains("dtype"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> xp.astype(x, DType.INT8, true, new Device("cuda", 0)));
        NdArray zeroD = xp.astype(xp.asarray(2.75), DType.INT32);
        assertEquals(0, zeroD.ndim());
        assertEquals(2L, zeroD.longValue());
        assertEquals(0, xp.astype(xp.zeros(0, 3), DType.COMPLEX64).size());
    }
}
