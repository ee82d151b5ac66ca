package org.xpsci.xp.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xpsci.testing.XpAssert.assertClose;
import static org.xpsci.testing.XpAssert.assertEqual;

import java.util.List;
import java.util.Random;
import org.xpsci.testing.SkipBackend;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.DeviceTransferException;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.UniqueAllResult;
import org.xpsci.xp.Xp;

/**
 * The cuda backend's functions on a device, against NumPy's values. Skipped where no CUDA device is present
 * (the invocation reports the reason); the cpu backend is tested in its own module.
 */
@SkipBackend(value = "cpu", reason = "tests of the cuda backend's kernels; the cpu backend has its own")
class CudaDeviceTest {

    private static NdArray a(ArrayNamespace xp) {
        return xp.asarray(new double[][] {{1, -2, 3}, {4, 5, -6}});
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void elementwiseFunctionsMatchNumpy(ArrayNamespace xp) {
        assertClose(xp.sin(a(xp)), xp.asarray(new double[][] {{0.8414709848078965, -0.9092974268256817,
            0.1411200080598672}, {-0.7568024953079282, -0.9589242746631385, 0.27941549819892586}}));
        NdArray i8 = xp.asarray(new byte[] {100, 120});
        assertEqual(i8.add(i8), xp.asarray(new byte[] {-56, -16}));
        assertEqual(xp.floorDivide(xp.asarray(new long[] {-7, 7, -7}), xp.asarray(new long[] {2, -2, 0})),
                xp.asarray(new long[] {-4, -4, 0}));
        assertEqual(xp.remainder(xp.asarray(new long[] {-7, 7, -7}), xp.asarray(new long[] {2, -2, 0})),
                xp.asarray(new long[] {1, -1, 0}));
        assertClose(xp.remainder(xp.asarray(new double[] {-7.5, 7}), xp.asarray(new double[] {2, -2})),
                xp.asarray(new double[] {0.5, -1}));
        NdArray z = xp.asarray(new Complex[] {new Complex(-4, 0), new Complex(3, 4)});
        assertClose(xp.sqrt(z), xp.asarray(new Complex[] {new Complex(0, 2), new Complex(2, 1)}));
        assertEqual(a(xp).less(0.0), xp.asarray(new boolean[][] {{false, true, false}, {false, false, true}}));
        assertEquals(DType.FLOAT32, xp.asarray(new float[] {1f}).multiply(2.0).dtype());
        NdArray t = a(xp).T();
        assertClose(t.add(xp.asarray(new double[] {10, 20})), xp.asarray(new double[][] {{11, 24}, {8, 25}, {13, 14}}));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void reductionsMatchNumpy(ArrayNamespace xp) {
        assertClose(xp.sum(a(xp), 0), xp.asarray(new double[] {5, 3, -3}));
        assertClose(xp.mean(a(xp)), xp.asarray(0.8333333333333334));
        assertClose(xp.var(a(xp), new int[] {1}, 1, false), xp.asarray(new double[] {6.333333333333334, 37.0}));
        assertClose(xp.std(a(xp)), xp.asarray(3.8042374035044424));
        assertEqual(xp.argmax(xp.asarray(new double[] {1, 5, 5, 2})), xp.asarray(1L));
        assertEqual(xp.argmin(xp.asarray(new long[][] {{3, 1}, {0, 2}}), 1, false), xp.asarray(new long[] {1, 0}));
        NdArray big = xp.ones(new int[] {3_000_001}, DType.FLOAT32, null);
        assertClose(xp.sum(big), xp.asarray(3_000_001.0, DType.FLOAT32), 1e-7, 0);
        assertEqual(xp.countNonzero(a(xp).greater(0.0), null, false), xp.asarray(4L));
        assertEqual(xp.all(xp.asarray(new boolean[0])), xp.asarray(true));
        assertThrows(IllegalArgumentException.class, () -> xp.max(xp.asarray(new double[0])));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void cumulativeSumsSpanSeveralTiles(ArrayNamespace xp) {
        assertClose(xp.cumulativeSum(a(xp), 1), xp.asarray(new double[][] {{1, -1, 2}, {4, 9, 3}}));
        NdArray c = xp.cumulativeSum(xp.arange(5000L), 0);
        assertEqual(c.get(4999L), xp.asarray(12497500L));
        assertEqual(c.get(1023L), xp.asarray(523776L));
        assertEqual(c.get(1024L), xp.asarray(524800L));
        assertEqual(c.get(2047L), xp.asarray(2096128L));
        NdArray withZero = xp.cumulativeSum(xp.asarray(new long[] {1, 2}), 0, null, true);
        assertEqual(withZero, xp.asarray(new long[] {0, 1, 3}));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void sortingPutsNanLastAndIsStable(ArrayNamespace xp) {
        NdArray x = xp.asarray(new double[] {3, Double.NaN, 1, 2, 1});
        assertEqual(xp.argsort(x), xp.asarray(new long[] {2, 4, 3, 0, 1}));
        assertEqual(xp.sort(x), xp.asarray(new double[] {1, 1, 2, 3, Double.NaN}));
        assertEqual(xp.sort(x, -1, true, true), xp.asarray(new double[] {Double.NaN, 3, 2, 1, 1}));
        assertEqual(xp.searchsorted(xp.asarray(new double[] {1, 2, 2, 3, Double.NaN}),
                xp.asarray(new double[] {2, Double.NaN, 0, 5})), xp.asarray(new long[] {1, 4, 0, 4}));
        UniqueAllResult u = xp.uniqueAll(xp.asarray(new long[] {3, 1, 3, 2, 1, 3}));
        assertEqual(u.values(), xp.asarray(new long[] {1, 2, 3}));
        assertEqual(u.indices(), xp.asarray(new long[] {1, 3, 0}));
        assertEqual(u.inverseIndices(), xp.asarray(new long[] {2, 0, 2, 1, 0, 2}));
        assertEqual(u.counts(), xp.asarray(new long[] {2, 1, 3}));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void indexingGathersAndScatters(ArrayNamespace xp) {
        NdArray x = a(xp);
        assertClose(x.get(Index.all(), Index.at(1)), xp.asarray(new double[] {-2, 5}));
        assertClose(x.get(Index.mask(x.greater(0.0))), xp.asarray(new double[] {1, 3, 4, 5}));
        assertClose(xp.take(x, xp.asarray(new long[] {2, -3}), 1), xp.asarray(new double[][] {{3, 1}, {-6, 4}}));
        assertThrows(IndexOutOfBoundsException.class, () -> xp.take(x, xp.asarray(new long[] {3}), 1));
        List<NdArray> nz = xp.nonzero(x.greater(0.0));
        assertEqual(nz.get(0), xp.asarray(new long[] {0, 0, 1, 1}));
        assertEqual(nz.get(1), xp.asarray(new long[] {0, 2, 0, 1}));
        NdArray y = xp.zeros(4);
        y.set(xp.asarray(new double[] {7, 8}), Index.positions(xp.asarray(new long[] {3, 0})));
        assertClose(y, xp.asarray(new double[] {8, 0, 0, 7}));
        assertClose(xp.where(x.greater(0.0), x, 0.0), xp.asarray(new double[][] {{1, 0, 3}, {4, 5, 0}}));
        assertClose(xp.roll(xp.arange(5.0), 2, 0), xp.asarray(new double[] {3, 4, 0, 1, 2}));
        assertClose(xp.takeAlongAxis(x, xp.asarray(new long[][] {{2}, {0}}), 1), xp.asarray(new double[][] {{3}, {4}}));
        // NumPy: x3[1, :, [0, 2]] puts the advanced dimension first -> shape (2, 3)
        NdArray x3 = xp.reshape(xp.arange(24.0), 2, 3, 4);
        NdArray sel = x3.get(Index.at(1), Index.all(), Index.positions(xp.asarray(new long[] {0, 2})));
        assertClose(sel, xp.asarray(new double[][] {{12, 16, 20}, {14, 18, 22}}));
        NdArray w = xp.zeros(2, 3);
        w.set(xp.asarray(new double[][] {{1, 2}, {3, 4}}), Index.all(), Index.positions(xp.asarray(new long[][] {{0, 2}})
                .reshape(2)));
        assertClose(w, xp.asarray(new double[][] {{1, 0, 2}, {3, 0, 4}}));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void matmulOfViewsAndBatches(ArrayNamespace xp) {
        NdArray m = xp.reshape(xp.arange(6.0), 2, 3);
        assertClose(xp.matmul(m, m.T()), xp.asarray(new double[][] {{5, 14}, {14, 50}}));
        NdArray mi = xp.reshape(xp.arange(6L), 2, 3);
        assertEqual(xp.matmul(mi, xp.matrixTranspose(mi)), xp.asarray(new long[][] {{5, 14}, {14, 50}}));
        NdArray batch = xp.stack(m, m.multiply(2.0));
        assertClose(xp.matmul(batch, m.T()).get(1L), xp.asarray(new double[][] {{10, 28}, {28, 100}}));
        assertClose(xp.vecdot(m, m), xp.asarray(new double[] {5, 50}));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void transfersAreExplicit(ArrayNamespace xp) {
        ArrayNamespace cpu = Xp.backend("cpu");
        NdArray host = cpu.asarray(new double[] {1, 2, 3});
        assertThrows(DeviceTransferException.class, () -> xp.fromDlpack(host));
        NdArray dev = xp.fromDlpack(host, xp.info().defaultDevice(), true);
        assertEquals("cuda", dev.device().type());
        NdArray back = cpu.fromDlpack(dev.multiply(2.0), Device.CPU, true);
        assertClose(back, cpu.asarray(new double[] {2, 4, 6}));
        assertEquals("array([1., 2., 3.])", dev.toString());
        assertThrows(DeviceTransferException.class, () -> dev.toDevice(Device.CPU));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void closedArraysAreReleasedAndRefused(ArrayNamespace xp) {
        CudaArray probe = (CudaArray) xp.zeros(1);
        var pool = probe.context().pool();
        long before = pool.inUseBytes();
        for (int i = 0; i < 10_000; i++) {
            try (CudaArray a = (CudaArray) xp.ones(1000); CudaArray b = (CudaArray) a.add(a)) {
                assertEquals(2000, b.size() * 2);
            }
        }
        assertTrue(pool.inUseBytes() <= before, "device memory in use grew over 10000 closed arrays: " + before + " -> "
                + pool.inUseBytes());
        CudaArray c = (CudaArray) xp.ones(3);
        NdArray view = c.get(Index.range(0, 2));
        c.close();
        assertClose(view, xp.asarray(new double[] {1, 1}), 0, 0);
        assertThrows(IllegalStateException.class, () -> c.add(1.0));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void unreachableArraysAreCollected(ArrayNamespace xp) throws InterruptedException {
        CudaArray probe = (CudaArray) xp.zeros(1);
        var pool = probe.context().pool();
        long before = pool.liveBlocks();
        for (int i = 0; i < 1000; i++) {
            xp.ones(1 << 12);
        }
        for (int i = 0; i < 50 && pool.liveBlocks() > before; i++) {
            System.gc();
            Thread.sleep(100);
        }
        assertTrue(pool.liveBlocks() <= before, "blocks still live: " + pool.liveBlocks() + " > " + before);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void largeFftsAreAccurate(ArrayNamespace xp) {
        int n = 1 << 20;
        Random r = new Random(42);
        double[] re = new double[n];
        double[] im = new double[n];
        Complex[] z = new Complex[n];
        for (int i = 0; i < n; i++) {
            re[i] = r.nextGaussian();
            im[i] = r.nextGaussian();
            z[i] = new Complex(re[i], im[i]);
        }
        NdArray x = xp.asarray(z);
        assertTrue(relativeError(xp.fft().fft(x), re, im, n) <= 1e-12);
        NdArray x32 = xp.astype(x, DType.COMPLEX64);
        double e32 = relativeError(xp.fft().fft(x32), re, im, n);
        assertTrue(e32 <= 1e-4, "float32 relative error " + e32);
        NdArray roundTrip = xp.fft().ifft(xp.fft().fft(x));
        assertClose(roundTrip, x, 1e-12, 1e-12);
    }

    /** sqrt(sum |y_k - X_k|^2 / sum |X_k|^2) over 32 bins X_k computed directly in double. */
    private static double relativeError(NdArray y, double[] re, double[] im, int n) {
        double[] got = Xp.toComplexArray(Xp.backend("cpu").fromDlpack(y, Device.CPU, true));
        double num = 0;
        double den = 0;
        for (int b = 0; b < 32; b++) {
            int k = b * 32749 % n;
            double sr = 0;
            double si = 0;
            for (int j = 0; j < n; j++) {
                long q = (long) k * j % n;
                double ang = -2 * Math.PI * q / n;
                double c = Math.cos(ang);
                double s = Math.sin(ang);
                sr += re[j] * c - im[j] * s;
                si += re[j] * s + im[j] * c;
            }
            num += Math.pow(got[2 * k] - sr, 2) + Math.pow(got[2 * k + 1] - si, 2);
            den += sr * sr + si * si;
        }
        return Math.sqrt(num / den);
    }
}
