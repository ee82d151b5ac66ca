package org.xpsci.xp.cpu.fft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.xpsci.testing.XpAssert.assertClose;

import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.FftExtension;
import org.xpsci.xp.FftNorm;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/** The fft extension against numpy.fft (fixtures from src/test/python/gen_fft.py). */
class FftExtensionTest {

    private static final Fixture F = Fixtures.load("fft.npz");
    private static final double ATOL = 1e-12;

    private static NdArray in(ArrayNamespace xp, String name) {
        return F.get(xp, name);
    }

    private static void check(ArrayNamespace xp, NdArray actual, String expected) {
        assertClose(actual, in(xp, expected), 1e-12, ATOL);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void everyNormOneDimensional(ArrayNamespace xp) {
        FftExtension f = xp.fft();
        for (FftNorm norm : FftNorm.values()) {
            String s = "_" + norm.label();
            check(xp, f.fft(in(xp, "x7"), null, -1, norm), "fft_x7" + s);
            check(xp, f.fft(in(xp, "x16"), null, 0, norm), "fft_x16" + s);
            check(xp, f.ifft(in(xp, "c12"), null, -1, norm), "ifft_c12" + s);
            check(xp, f.rfft(in(xp, "x7"), null, -1, norm), "rfft_x7" + s);
            check(xp, f.rfft(in(xp, "x16"), null, -1, norm), "rfft_x16" + s);
            check(xp, f.irfft(in(xp, "h5"), null, -1, norm), "irfft_h5" + s);
            check(xp, f.irfft(in(xp, "h5"), 9, -1, norm), "irfft_h5_n9" + s);
            check(xp, f.hfft(in(xp, "h5"), null, -1, norm), "hfft_h5" + s);
            check(xp, f.hfft(in(xp, "h5"), 9, -1, norm), "hfft_h5_n9" + s);
            check(xp, f.ihfft(in(xp, "x7"), null, -1, norm), "ihfft_x7" + s);
            check(xp, f.ihfft(in(xp, "x16"), 5, -1, norm), "ihfft_x16_n5" + s);
        }
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void everyNormMultiDimensional(ArrayNamespace xp) {
        FftExtension f = xp.fft();
        for (FftNorm norm : FftNorm.values()) {
            String s = "_" + norm.label();
            check(xp, f.fftn(in(xp, "c345"), null, null, norm), "fftn_c345" + s);
            check(xp, f.ifftn(in(xp, "c345"), null, null, norm), "ifftn_c345" + s);
            check(xp, f.rfftn(in(xp, "r345"), null, null, norm), "rfftn_r345" + s);
            check(xp, f.irfftn(in(xp, "c345"), null, null, norm), "irfftn_c345" + s);
        }
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void defaultsAreBackward(ArrayNamespace xp) {
        FftExtension f = xp.fft();
        check(xp, f.fft(in(xp, "x7")), "fft_x7_backward");
        check(xp, f.ifft(in(xp, "c12")), "ifft_c12_backward");
        check(xp, f.rfft(in(xp, "x16")), "rfft_x16_backward");
        check(xp, f.irfft(in(xp, "h5")), "irfft_h5_backward");
        check(xp, f.hfft(in(xp, "h5"), null, -1, null), "hfft_h5_backward");
        check(xp, f.ihfft(in(xp, "x7"), null, -1, null), "ihfft_x7_backward");
        check(xp, f.fftn(in(xp, "c345"), null, null, null), "fftn_c345_backward");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void lengthsCropAndPad(ArrayNamespace xp) {
        FftExtension f = xp.fft();
        FftNorm b = FftNorm.BACKWARD;
        check(xp, f.fft(in(xp, "x7"), 5, -1, b), "fft_x7_n5");
        check(xp, f.fft(in(xp, "x7"), 10, -1, b), "fft_x7_n10");
        check(xp, f.fft(in(xp, "x7"), 1, -1, b), "fft_x7_n1");
        check(xp, f.ifft(in(xp, "c12"), 16, -1, b), "ifft_c12_n16");
        check(xp, f.rfft(in(xp, "x7"), 9, -1, b), "rfft_x7_n9");
        check(xp, f.rfft(in(xp, "x7"), 1, -1, b), "rfft_x7_n1");
        check(xp, f.rfft(in(xp, "x7"), 2, -1, b), "rfft_x7_n2");
        check(xp, f.rfft(in(xp, "x16"), 4, -1, b), "rfft_x16_n4");
        check(xp, f.irfft(in(xp, "h5"), 3, -1, b), "irfft_h5_n3");
        check(xp, f.irfft(in(xp, "h5"), 2, -1, b), "irfft_h5_n2");
        check(xp, f.irfft(in(xp, "h5"), 1, -1, b), "irfft_h5_n1");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void mixedRadixAndBluesteinLengths(ArrayNamespace xp) {
        FftExtension f = xp.fft();
        NdArray x211 = in(xp, "x211");
        check(xp, f.fft(x211), "fft_x211");
        check(xp, f.ifft(x211, null, -1, FftNorm.ORTHO), "ifft_x211_ortho");
        check(xp, f.rfft(in(xp, "x211re")), "rfft_x211re");
        check(xp, f.irfft(x211, 211, -1, FftNorm.BACKWARD), "irfft_x211_n211");
        check(xp, f.fft(in(xp, "x30")), "fft_x30");
        check(xp, f.rfft(in(xp, "x30")), "rfft_x30");
        NdArray h30 = f.rfft(in(xp, "x30")).multiply(xp.asarray(new org.xpsci.xp.Complex(1, 0.5)));
        check(xp, f.irfft(h30, 30, -1, FftNorm.BACKWARD), "irfft_x30c_n30");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void anyAxis(ArrayNamespace xp) {
        FftExtension f = xp.fft();
        FftNorm b = FftNorm.BACKWARD;
        NdArray c = in(xp, "c345");
        NdArray r = in(xp, "r345");
        check(xp, f.fft(c, null, 0, b), "fft_c345_axis0");
        check(xp, f.fft(c, 7, 1, b), "fft_c345_axis1_n7");
        check(xp, f.ifft(c, null, -2, b), "ifft_c345_axism2");
        check(xp, f.rfft(in(xp, "r63"), null, 0, b), "rfft_r63_axis0");
        check(xp, f.irfft(c, null, 1, b), "irfft_c345_axis1");
        check(xp, f.fftn(c, new int[] {4, 6}, new int[] {1, 2}, b), "fftn_c345_s46");
        check(xp, f.fftn(c, new int[] {4, 6}, null, b), "fftn_c345_s46");
        check(xp, f.fftn(c, null, new int[] {0, 2}, b), "fftn_c345_axes02");
        check(xp, f.fftn(c, new int[] {2, 4}, new int[] {2, 0}, b), "fftn_c345_axes20_s2m");
        check(xp, f.fftn(c, new int[] {-1, 2}, new int[] {-1, 0}, b), "fftn_c345_axes20_keep");
        check(xp, f.ifftn(c, null, new int[] {1}, b), "ifftn_c345_axes1");
        check(xp, f.rfftn(r, new int[] {4, 6}, new int[] {1, 2}, b), "rfftn_r345_s46");
        check(xp, f.rfftn(r, null, new int[] {1, 0}, b), "rfftn_r345_axes10");
        check(xp, f.irfftn(c, new int[] {3, 7}, new int[] {1, 2}, b), "irfftn_c345_s37");
        check(xp, f.irfftn(c, null, new int[] {0, 1}, b), "irfftn_c345_axes01");
        check(xp, f.fftn(r, null, null, FftNorm.ORTHO), "fftn_r345_ortho");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void stridedInputs(ArrayNamespace xp) {
        FftExtension f = xp.fft();
        FftNorm b = FftNorm.BACKWARD;
        check(xp, f.fft(xp.permuteDims(in(xp, "c345"), 2, 1, 0), null, 1, b), "fft_c345_T");
        check(xp, f.rfft(in(xp, "x16").get(Index.step(2))), "rfft_x16_step2");
        check(xp, f.fft(xp.flip(in(xp, "x16"))), "fft_x16_rev");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void inputIsNotModified(ArrayNamespace xp) {
        NdArray c = in(xp, "c345");
        NdArray r = in(xp, "r345");
        xp.fft().fftn(c, null, null, FftNorm.ORTHO);
        xp.fft().irfftn(c, null, null, FftNorm.BACKWARD);
        xp.fft().rfftn(r, null, null, FftNorm.BACKWARD);
        assertClose(c, in(xp, "c345"), 0, 0);
        assertClose(r, in(xp, "r345"), 0, 0);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void dtypes(ArrayNamespace xp) {
        FftExtension f = xp.fft();
        NdArray f8 = in(xp, "f8");
        NdArray c6 = in(xp, "c6");
        assertClose(f.fft(f8), in(xp, "fft_f8"));
        assertClose(f.ifft(c6), in(xp, "ifft_c6"));
        assertClose(f.rfft(f8), in(xp, "rfft_f8"));
        assertClose(f.irfft(c6), in(xp, "irfft_c6"));
        assertClose(f.hfft(c6, null, -1, null), in(xp, "hfft_c6"));
        assertClose(f.ihfft(f8, null, -1, null), in(xp, "ihfft_f8"));
        assertClose(f.fftn(xp.reshape(f8, 2, 4), null, null, null), in(xp, "fftn_f8"));
        check(xp, f.fft(in(xp, "i5")), "fft_i5");
        check(xp, f.rfft(in(xp, "i5")), "rfft_i5");
        check(xp, f.irfft(in(xp, "i5")), "irfft_i5");
        check(xp, f.fft(in(xp, "b4")), "fft_b4");
        assertEquals(DType.COMPLEX64, f.fft(f8).dtype());
        assertEquals(DType.FLOAT32, f.irfft(c6).dtype());
        assertEquals(DType.COMPLEX128, f.fft(in(xp, "i5")).dtype());
        assertEquals(DType.FLOAT64, f.hfft(in(xp, "i5"), null, -1, null).dtype());
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void emptyBatches(ArrayNamespace xp) {
        FftExtension f = xp.fft();
        NdArray e = f.fft(xp.zeros(0, 4), null, 1, FftNorm.BACKWARD);
        assertArrayEquals(new int[] {0, 4}, e.shape());
        assertEquals(DType.COMPLEX128, e.dtype());
        NdArray padded = f.rfft(xp.zeros(new int[] {2, 0}, DType.FLOAT32, null), 3, 1, FftNorm.BACKWARD);
        assertClose(padded, xp.zeros(new int[] {2, 2}, DType.COMPLEX64, null));
        NdArray x = in(xp, "c345");
        assertSame(x, f.fftn(x, null, new int[0], FftNorm.BACKWARD));
        NdArray scalar = xp.asarray(2.5);
        assertSame(scalar, f.ifftn(scalar, null, null, FftNorm.BACKWARD));
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void frequencies(ArrayNamespace xp) {
        FftExtension f = xp.fft();
        assertClose(f.fftfreq(8, 0.1, null, null), in(xp, "fftfreq_8_01"), 0, 0);
        assertClose(f.fftfreq(7, 1.0, null, null), in(xp, "fftfreq_7"), 0, 0);
        assertClose(f.fftfreq(1, 1.0, null, null), in(xp, "fftfreq_1"), 0, 0);
        assertClose(f.rfftfreq(8, 0.1, null, null), in(xp, "rfftfreq_8_01"), 0, 0);
        assertClose(f.rfftfreq(7, 2.0, null, null), in(xp, "rfftfreq_7_2"), 0, 0);
        assertClose(f.fftfreq(9, 0.3, DType.FLOAT32, xp.info().defaultDevice()), in(xp, "fftfreq_9_f32"), 0, 0);
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void shifts(ArrayNamespace xp) {
        FftExtension f = xp.fft();
        assertClose(f.fftshift(in(xp, "x7")), in(xp, "fftshift_x7"), 0, 0);
        assertClose(f.ifftshift(in(xp, "x7")), in(xp, "ifftshift_x7"), 0, 0);
        assertClose(f.fftshift(in(xp, "r63"), (int[]) null), in(xp, "fftshift_r63"), 0, 0);
        assertClose(f.ifftshift(in(xp, "r63")), in(xp, "ifftshift_r63"), 0, 0);
        assertClose(f.fftshift(in(xp, "r345"), 1), in(xp, "fftshift_r345_axis1"), 0, 0);
        assertClose(f.ifftshift(in(xp, "r345"), 2, -3), in(xp, "ifftshift_r345_axes20"), 0, 0);
        NdArray i = xp.asarray(new int[] {1, 2, 3});
        assertEquals(DType.INT32, f.fftshift(i).dtype());
    }

    /** 2^14 points: JTransforms splits each transform over its own threads. */
    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void longTransforms(ArrayNamespace xp) {
        FftExtension f = xp.fft();
        int n = 1 << 14;
        NdArray b = big(xp, n);
        NdArray bc = b.add(xp.flip(b).multiply(xp.asarray(new org.xpsci.xp.Complex(0, 1))));
        Index every97 = Index.step(97);
        assertClose(f.fft(bc).get(every97), in(xp, "big_fft_16384"), 1e-10, 1e-9);
        assertClose(f.ifft(bc).get(every97), in(xp, "big_ifft_16384"), 1e-10, 1e-12);
        assertClose(f.rfft(b).get(every97), in(xp, "big_rfft_16384"), 1e-10, 1e-9);
        NdArray h = f.rfft(b).multiply(xp.asarray(new org.xpsci.xp.Complex(0, 1)));
        assertClose(f.irfft(h).get(every97), in(xp, "big_irfft_16384"), 1e-10, 1e-12);
    }

    /** 256 lines of 500 points: lines are split over the backend's pool. */
    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void manyLinesInParallel(ArrayNamespace xp) {
        FftExtension f = xp.fft();
        NdArray m = xp.reshape(big(xp, 256 * 500), 256, 500);
        FftNorm b = FftNorm.BACKWARD;
        assertClose(f.rfft(m, null, 1, b).get(Index.step(17), Index.step(29)), in(xp, "big_rfft_rows"), 1e-10, 1e-10);
        assertClose(f.fft(m, null, 0, b).get(Index.step(29), Index.step(17)), in(xp, "big_fft_cols"), 1e-10, 1e-10);
        assertClose(f.fftn(m, null, null, b).get(Index.step(31), Index.step(37)), in(xp, "big_fftn"), 1e-10, 1e-8);
        assertClose(f.irfft(m, 300, 1, b).get(Index.step(23), Index.step(13)), in(xp, "big_irfft_rows"), 1e-10,
                1e-12);
    }

    /**
     * Many short power-of-two lines go to the lane FFT: full and partial batches, cropped and padded lines,
     * reversed and strided input, n-D input, ihfft's conjugate and scale, and float32 computed in float32.
     */
    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void manyShortPowerOfTwoLines(ArrayNamespace xp) {
        FftExtension f = xp.fft();
        NdArray m = xp.reshape(big(xp, 64 * 1024), 64, 1024);
        FftNorm b = FftNorm.BACKWARD;
        Index rows = Index.step(7);
        assertClose(f.rfft(m, null, 1, b).get(rows, Index.step(37)), in(xp, "lanes_rfft"), 1e-10, 1e-10);
        NdArray first50 = m.get(Index.slice(0, 50, null));
        assertClose(f.rfft(first50, 512, 1, b).get(rows, Index.step(19)), in(xp, "lanes_rfft_50_n512"), 1e-10,
                1e-10);
        assertClose(f.rfft(m, 2048, 1, FftNorm.ORTHO).get(rows, Index.step(71)), in(xp, "lanes_rfft_n2048_ortho"),
                1e-10, 1e-12);
        NdArray revStep = m.get(Index.step(-1), Index.step(2));
        assertClose(f.rfft(revStep, null, 1, b).get(rows, Index.step(17)), in(xp, "lanes_rfft_rev_step2"), 1e-10,
                1e-10);
        NdArray cube = xp.reshape(m, 4, 16, 1024).get(Index.all(), Index.all(), Index.slice(0, 64, null));
        assertClose(f.ihfft(cube, null, -1, null).get(Index.all(), Index.step(3), Index.step(5)),
                in(xp, "lanes_ihfft_3d"), 1e-10, 1e-12);
        NdArray single = f.rfft(xp.astype(m, DType.FLOAT32), null, 1, b);
        assertEquals(DType.COMPLEX64, single.dtype());
        assertClose(single.get(rows, Index.step(37)), in(xp, "lanes_rfft_f32"), 1e-4, 2e-3);
    }

    /** The generator's formula: ((j * 7919) % 1000) / 1000 - 0.5, exact in both languages. */
    private static NdArray big(ArrayNamespace xp, int n) {
        double[] v = new double[n];
        for (int j = 0; j < n; j++) {
            v[j] = ((j * 7919L) % 1000) / 1000.0 - 0.5;
        }
        return xp.asarray(v);
    }
}
