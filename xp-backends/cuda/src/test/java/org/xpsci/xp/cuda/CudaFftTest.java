package org.xpsci.xp.cuda;

import static org.xpsci.testing.XpAssert.assertClose;

import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.SkipBackend;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.FftNorm;
import org.xpsci.xp.NdArray;

/** The fft extension on a device against NumPy (fixture cuda_fft.npz), every plan kind and real transform. */
@SkipBackend(value = "cpu", reason = "tests of the cuda backend's fft kernels; the cpu backend has its own")
class CudaFftTest {

    private static final Fixture F = Fixtures.load("cuda_fft.npz");
    private static final int[] COMPLEX_LENGTHS = {1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 16, 17, 30, 60, 64, 97, 100, 128};
    private static final int[] REAL_LENGTHS = {1, 2, 3, 5, 8, 9, 16, 30, 31};

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void complexTransformsMatchNumpy(ArrayNamespace xp) {
        for (int n : COMPLEX_LENGTHS) {
            NdArray x = F.get(xp, "x" + n);
            assertClose(xp.fft().fft(x), F.get(xp, "fft" + n), 1e-12, 1e-12);
            assertClose(xp.fft().ifft(x), F.get(xp, "ifft" + n), 1e-12, 1e-12);
            NdArray x32 = xp.astype(x, DType.COMPLEX64);
            assertClose(xp.fft().fft(x32), xp.astype(F.get(xp, "fft" + n), DType.COMPLEX64), 1e-4, 1e-4);
        }
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void realTransformsMatchNumpy(ArrayNamespace xp) {
        for (int n : REAL_LENGTHS) {
            assertClose(xp.fft().rfft(F.get(xp, "r" + n)), F.get(xp, "rfft" + n), 1e-12, 1e-12);
            assertClose(xp.fft().irfft(F.get(xp, "h" + n), n, -1, FftNorm.BACKWARD), F.get(xp, "irfft" + n), 1e-12, 1e-12);
        }
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void transformsAlongAnyAxisOfABatch(ArrayNamespace xp) {
        NdArray x = F.get(xp, "x12");
        NdArray two = xp.stack(x, x.multiply(2.0));
        NdArray cols = xp.fft().fft(xp.matrixTranspose(two), null, 0, FftNorm.BACKWARD);
        NdArray want = F.get(xp, "fft12");
        assertClose(xp.matrixTranspose(cols), xp.stack(want, want.multiply(2.0)), 1e-12, 1e-12);
        NdArray ortho = xp.fft().fft(x, null, -1, FftNorm.ORTHO);
        assertClose(ortho, want.multiply(1 / Math.sqrt(12)), 1e-12, 1e-12);
    }
}
