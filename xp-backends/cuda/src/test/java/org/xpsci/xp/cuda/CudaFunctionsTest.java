package org.xpsci.xp.cuda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.testing.XpAssert.assertClose;
import static org.xpsci.testing.XpAssert.assertEqual;

import java.util.List;
import org.xpsci.testing.SkipBackend;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.FftNorm;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.UniqueCountsResult;

/** Creation, casting, manipulation, statistics, utility and fft helpers on a device, against NumPy's values. */
@SkipBackend(value = "cpu", reason = "tests of the cuda backend itself; the cpu backend has its own")
class CudaFunctionsTest {

    private static NdArray x(ArrayNamespace xp) {
        return xp.reshape(xp.arange(6.0), 2, 3);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void creation(ArrayNamespace xp) {
        assertClose(xp.linspace(0, 1, 5), xp.asarray(new double[] {0, 0.25, 0.5, 0.75, 1}));
        assertClose(xp.eye(2, 3, 1, null, null), xp.asarray(new double[][] {{0, 1, 0}, {0, 0, 1}}));
        assertClose(xp.tril(xp.reshape(xp.arange(1.0, 10.0, 1.0), 3, 3), -1),
                xp.asarray(new double[][] {{0, 0, 0}, {4, 0, 0}, {7, 8, 0}}));
        assertEqual(xp.arange(2L, 11L, 3L), xp.asarray(new long[] {2, 5, 8}));
        assertEqual(xp.full(new int[] {2}, new Complex(1, -1), null, null),
                xp.asarray(new Complex[] {new Complex(1, -1), new Complex(1, -1)}));
        List<NdArray> g = xp.meshgrid(xp.asarray(new double[] {1, 2, 3}), xp.asarray(new double[] {4, 5}));
        assertClose(g.get(0), xp.asarray(new double[][] {{1, 2, 3}, {1, 2, 3}}));
        assertClose(g.get(1), xp.asarray(new double[][] {{4, 4, 4}, {5, 5, 5}}));
        assertEquals(DType.BOOL, xp.zeros(new int[] {3}, DType.BOOL, null).dtype());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void castingFollowsNumpy(ArrayNamespace xp) {
        assertEqual(xp.astype(xp.asarray(new double[] {1.7, -1.7, 300.5}), DType.UINT8),
                xp.asarray(new byte[] {1, (byte) 255, 44}, DType.UINT8));
        assertEqual(xp.astype(xp.asarray(new Complex[] {new Complex(2.5, 9)}), DType.FLOAT64), xp.asarray(new double[] {2.5}));
        assertEqual(xp.astype(xp.asarray(new double[] {0, -0.5, 2}), DType.BOOL), xp.asarray(new boolean[] {false, true, true}));
        assertEqual(xp.astype(xp.asarray(new long[] {-1}), DType.UINT64).astype(DType.FLOAT64),
                xp.asarray(new double[] {1.8446744073709552E19}));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void manipulation(ArrayNamespace xp) {
        NdArray a = x(xp);
        assertClose(xp.concat(List.of(a, a), 1), xp.asarray(new double[][] {{0, 1, 2, 0, 1, 2}, {3, 4, 5, 3, 4, 5}}));
        assertClose(xp.flip(a, 1), xp.asarray(new double[][] {{2, 1, 0}, {5, 4, 3}}));
        assertEqual(xp.tile(xp.asarray(new long[] {1, 2}), 2, 2), xp.asarray(new long[][] {{1, 2, 1, 2}, {1, 2, 1, 2}}));
        assertEqual(xp.repeat(xp.asarray(new long[] {1, 2, 3}), xp.asarray(new long[] {2, 0, 1}), null),
                xp.asarray(new long[] {1, 1, 3}));
        assertClose(xp.moveaxis(xp.reshape(xp.arange(24.0), 2, 3, 4), 0, -1).get(1L, 2L), xp.asarray(new double[] {6, 18}));
        assertClose(xp.squeeze(xp.expandDims(a, 0), 0), a);
        assertClose(xp.unstack(a, 1).get(2), xp.asarray(new double[] {2, 5}));
        assertClose(xp.stack(List.of(a, a), 2).get(1L, 2L), xp.asarray(new double[] {5, 5}));
        assertClose(xp.reshape(a.T(), 6), xp.asarray(new double[] {0, 3, 1, 4, 2, 5}));
        assertClose(xp.broadcastTo(xp.asarray(new double[] {1, 2, 3}), 2, 3), xp.asarray(new double[][] {{1, 2, 3}, {1, 2, 3}}));
    }

    /** What the cuda backend now shares with the cpu backend: the view arithmetic and the Java-value conversions. */
    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void sharedRulesHoldOnTheDevice(ArrayNamespace xp) {
        NdArray x = xp.asarray(new long[] {1, 2});
        NdArray t = xp.tile(x, 1);
        t.set(9L, Index.at(0));
        assertEqual(x, xp.asarray(new long[] {1, 2})); // np.tile returns a new array, also for reps of 1
        // np.zeros((2, 0)).reshape(0, 2, 1).shape
        assertArrayEquals(new int[] {0, 2, 1}, xp.reshape(xp.zeros(2, 0), 0, 2, 1).shape());
        // np.full(2, 300, dtype=np.int8): OverflowError
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> xp.full(new int[] {2}, 300L, DType.INT8, null));
        assertTrue(e.getMessage().contains("300") && e.getMessage().contains("int8"), e.getMessage());
        // np.asarray([2.0**63 + 4096], dtype=np.uint64)
        assertEqual(xp.asarray(new double[] {0x1p63 + 4096}, DType.UINT64),
                xp.asarray(new long[] {Long.MIN_VALUE + 4096}, DType.UINT64));
        // np.arange(2**53 + 1, 2**53 + 8, 3)
        assertEqual(xp.arange((1L << 53) + 1, (1L << 53) + 8, 3),
                xp.asarray(new long[] {9007199254740993L, 9007199254740996L, 9007199254740999L}));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void statisticsAndUtilities(ArrayNamespace xp) {
        NdArray a = x(xp);
        assertClose(xp.prod(a.add(1.0), new int[] {1}, null, false), xp.asarray(new double[] {6, 120}));
        assertEqual(xp.cumulativeProd(xp.asarray(new long[] {1, 2, 3, 4}), null, null, false),
                xp.asarray(new long[] {1, 2, 6, 24}));
        assertClose(xp.max(a, new int[] {0}, true), xp.asarray(new double[][] {{3, 4, 5}}));
        assertClose(xp.min(a), xp.asarray(0.0));
        assertEqual(xp.any(a.greater(4.0), new int[] {1}, false), xp.asarray(new boolean[] {false, true}));
        assertEqual(xp.diff(xp.asarray(new long[] {1, 4, 9, 16}), -1, 1, xp.asarray(0L), null),
                xp.asarray(new long[] {1, 3, 5, 7}));
        assertEqual(xp.diff(xp.asarray(new long[] {1, 4, 9, 16}), -1, 2, null, null), xp.asarray(new long[] {2, 2}));
        assertClose(xp.tensordot(a, a.T(), 1), xp.asarray(new double[][] {{5, 14}, {14, 50}}));
        assertClose(xp.clip(xp.asarray(new double[] {-1, 0.5, 2}), 0.0, 1.0), xp.asarray(new double[] {0, 0.5, 1}));
        UniqueCountsResult u = xp.uniqueCounts(xp.asarray(new double[] {2, Double.NaN, 2, Double.NaN}));
        assertEqual(u.values(), xp.asarray(new double[] {2, Double.NaN, Double.NaN}));
        assertEqual(u.counts(), xp.asarray(new long[] {2, 1, 1}));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void fftHelpersAndMultidimensionalTransforms(ArrayNamespace xp) {
        NdArray a = xp.reshape(xp.arange(12.0), 3, 4);
        double s = 13.856406460551018;
        NdArray want = xp.asarray(new Complex[][] {
            {new Complex(66, 0), new Complex(-6, 6), new Complex(-6, 0), new Complex(-6, -6)},
            {new Complex(-24, s), new Complex(0, 0), new Complex(0, 0), new Complex(0, 0)},
            {new Complex(-24, -s), new Complex(0, 0), new Complex(0, 0), new Complex(0, 0)}});
        assertClose(xp.fft().fftn(a, null, null, FftNorm.BACKWARD), want, 1e-12, 1e-12);
        NdArray r = xp.fft().rfftn(a, null, null, FftNorm.BACKWARD);
        assertClose(r, xp.fft().fftn(a, null, null, FftNorm.BACKWARD).get(org.xpsci.xp.Index.all(),
                org.xpsci.xp.Index.range(0, 3)), 1e-12, 1e-12);
        assertClose(xp.fft().irfftn(r, new int[] {3, 4}, null, FftNorm.BACKWARD), a, 1e-12, 1e-12);
        assertClose(xp.fft().hfft(xp.asarray(new Complex[] {new Complex(1, 0), new Complex(0, 2), new Complex(3, 0)}),
                null, -1, FftNorm.BACKWARD), xp.asarray(new double[] {4, 2, 4, -6}), 1e-12, 1e-12);
        assertClose(xp.fft().ihfft(xp.asarray(new double[] {1, 2, 3, 4}), null, -1, FftNorm.BACKWARD),
                xp.asarray(new Complex[] {new Complex(2.5, 0), new Complex(-0.5, -0.5), new Complex(-0.5, 0)}), 1e-12, 1e-12);
        assertClose(xp.fft().fftfreq(5, 0.5, null, null), xp.asarray(new double[] {0, 0.4, 0.8, -0.8, -0.4}));
        assertClose(xp.fft().rfftfreq(6, 2.0, null, null), xp.asarray(new double[] {0, 1 / 12.0, 1 / 6.0, 0.25}));
        assertEqual(xp.fft().fftshift(xp.arange(5L)), xp.asarray(new long[] {3, 4, 0, 1, 2}));
        assertEqual(xp.fft().ifftshift(xp.arange(5L)), xp.asarray(new long[] {2, 3, 4, 0, 1}));
    }
}
