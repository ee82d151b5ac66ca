package org.xpsci.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xpsci.testing.XpAssert.assertClose;

import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.FftNorm;
import org.xpsci.xp.NdArray;

/** scipy.fft's standard transforms against SciPy (fixtures from src/test/python/gen_fft.py). */
class StandardTransformsTest {

    private static final Fixture F = Fixtures.load("fft.npz");

    private static NdArray in(ArrayNamespace xp, String name) {
        return F.get(xp, name);
    }

    private static void check(ArrayNamespace xp, NdArray actual, String expected) {
        assertClose(actual, in(xp, expected), 1e-12, 1e-12);
    }

    @XpTest
    void oneDimensionalEveryNorm(ArrayNamespace xp) {
        for (FftNorm norm : FftNorm.values()) {
            FftOptions o = FftOptions.defaults().withNorm(norm);
            String s = "_" + norm.label();
            check(xp, Fft.fft(in(xp, "c6"), o), "fft_c6" + s);
            check(xp, Fft.ifft(in(xp, "c6"), o), "ifft_c6" + s);
            check(xp, Fft.rfft(in(xp, "x7"), o), "rfft_x7" + s);
            check(xp, Fft.irfft(in(xp, "c6"), o), "irfft_c6" + s);
            check(xp, Fft.hfft(in(xp, "c6"), o), "hfft_c6" + s);
            check(xp, Fft.ihfft(in(xp, "x8"), o), "ihfft_x8" + s);
        }
    }

    @XpTest
    void multiDimensionalEveryNorm(ArrayNamespace xp) {
        for (FftNorm norm : FftNorm.values()) {
            FftnOptions o = FftnOptions.defaults().withNorm(norm.label());
            String s = "_" + norm.label();
            check(xp, Fft.fftn(in(xp, "c345"), o), "fftn_c345" + s);
            check(xp, Fft.hfftn(in(xp, "c345"), o), "hfftn_c345" + s);
            check(xp, Fft.ihfftn(in(xp, "r345"), o), "ihfftn_r345" + s);
        }
    }

    @XpTest
    void realInputToComplexTransforms(ArrayNamespace xp) {
        check(xp, Fft.fft(in(xp, "x7")), "fft_x7");
        check(xp, Fft.fft(in(xp, "x7"), FftOptions.defaults().withN(10)), "fft_x7_n10");
        check(xp, Fft.fft(in(xp, "r34"), FftOptions.defaults().withAxis(0)), "fft_r34_axis0");
        check(xp, Fft.fft2(in(xp, "r345")), "fft2_r345");
        check(xp, Fft.fft2(in(xp, "r345"), FftnOptions.defaults().withS(2, 5).withAxes(0, 1)), "fft2_r345_axes01");
        check(xp, Fft.hfftn(in(xp, "r345")), "hfftn_r345");
    }

    @XpTest
    void lengthsAndAxes(ArrayNamespace xp) {
        check(xp, Fft.irfft(in(xp, "c6"), FftOptions.defaults().withN(7)), "irfft_c6_n7");
        check(xp, Fft.ifftn(in(xp, "c345"), FftnOptions.defaults().withS(2, 6).withAxes(0, 2)), "ifftn_c345_s");
        check(xp, Fft.rfftn(in(xp, "r345")), "rfftn_r345");
        check(xp, Fft.rfftn(in(xp, "r345"), FftnOptions.defaults().withS(5, 4).withAxes(2, 1)), "rfftn_r345_axes");
        check(xp, Fft.irfftn(in(xp, "c345")), "irfftn_c345");
        check(xp, Fft.irfftn(in(xp, "c345"), FftnOptions.defaults().withS(3, 7).withAxes(0, 1)), "irfftn_c345_s");
    }

    @XpTest
    void twoDimensional(ArrayNamespace xp) {
        check(xp, Fft.ifft2(in(xp, "c345"), FftnOptions.defaults().withNorm(FftNorm.ORTHO)), "ifft2_c345");
        check(xp, Fft.rfft2(in(xp, "r345")), "rfft2_r345");
        check(xp, Fft.irfft2(in(xp, "c345")), "irfft2_c345");
        check(xp, Fft.hfft2(in(xp, "c345")), "hfft2_c345");
        check(xp, Fft.ihfft2(in(xp, "r345")), "ihfft2_r345");
    }

    @XpTest
    void dtypes(ArrayNamespace xp) {
        assertClose(Fft.fft(in(xp, "f8")), in(xp, "fft_f8"));
        assertClose(Fft.rfft(in(xp, "f8")), in(xp, "rfft_f8"));
        assertClose(Fft.irfft(in(xp, "c5f")), in(xp, "irfft_c5f"));
        assertClose(Fft.ifft(in(xp, "c5f")), in(xp, "ifft_c5f"));
        assertClose(Fft.fftn(xp.reshape(in(xp, "f8"), 2, 4)), in(xp, "fftn_f8"));
        check(xp, Fft.fft(in(xp, "i6")), "fft_i6");
        check(xp, Fft.rfft(in(xp, "i6")), "rfft_i6");
        check(xp, Fft.irfft(in(xp, "i6")), "irfft_i6");
        check(xp, Fft.fft(in(xp, "b5")), "fft_b5");
        assertEquals(DType.COMPLEX64, Fft.fft(in(xp, "f8")).dtype());
        assertEquals(DType.FLOAT32, Fft.irfft(in(xp, "c5f")).dtype());
    }

    @XpTest
    void emptyBatches(ArrayNamespace xp) {
        NdArray y = Fft.rfft(xp.zeros(0, 6), FftOptions.defaults().withN(4));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {0, 3}, y.shape());
        assertEquals(DType.COMPLEX128, y.dtype());
        NdArray empty = xp.zeros(new int[] {2, 0, 3}, DType.COMPLEX64, null);
        NdArray z = Fft.ifft2(empty, FftnOptions.defaults().withAxes(0, 2));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {2, 0, 3}, z.shape());
        assertEquals(DType.COMPLEX64, z.dtype());
    }

    @XpTest
    void inputsAreNotModified(ArrayNamespace xp) {
        NdArray c = in(xp, "c345");
        Fft.hfftn(c);
        Fft.fftn(c, FftnOptions.defaults().withNorm(FftNorm.FORWARD));
        assertClose(c, in(xp, "c345"), 0, 0);
    }
}
