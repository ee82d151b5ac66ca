package org.xpsci.xp.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xpsci.testing.XpAssert.assertClose;
import static org.xpsci.testing.XpAssert.assertEqual;

import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

class SmokeTest {

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void arithmeticAndViews(ArrayNamespace xp) {
        NdArray a = xp.reshape(xp.arange(6.0), 2, 3);
        NdArray b = xp.asarray(new double[] {10, 20, 30});
        NdArray c = a.add(b);
        assertClose(c, xp.asarray(new double[][] {{10, 21, 32}, {13, 24, 35}}));
        assertClose(c.get(Index.all(), Index.at(1)), xp.asarray(new double[] {21, 24}));
        assertClose(xp.sin(a.T()).get(Index.at(2)), xp.asarray(new double[] {Math.sin(2), Math.sin(5)}));
        NdArray i = xp.asarray(new int[] {1, 2, 3});
        assertEqual(i.add(xp.asarray(new int[] {1, 1, 1})), xp.asarray(new int[] {2, 3, 4}));
        assertEquals(DType.FLOAT64, i.add(1.5).dtype());
        assertEqual(a.less(b.subtract(7)), xp.asarray(new boolean[][] {{true, true, true}, {false, true, true}}));
        System.out.println(c);
        System.out.println(xp.astype(c, DType.INT32));
        System.out.println(xp.asarray(new float[] {1.5f, 2f}));
        // a scalar broadcast over a strided view whose runs have different lengths (regression: stale block reuse)
        NdArray t = xp.reshape(xp.arange(800_000.0), 2, 1000, 400).get(Index.all(), Index.step(2), Index.step(2));
        assertEqual(xp.multiply(t, 1e-4), xp.multiply(xp.asarray(t, null, null, true), 1e-4));
        NdArray big = xp.ones(3_000_000);
        assertEquals(2.0, big.add(big).get(2_999_999L).doubleValue());
    }
}
