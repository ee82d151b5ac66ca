package org.xpsci.xp.cpu.fft;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.AxisException;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.FftExtension;
import org.xpsci.xp.FftNorm;
import org.xpsci.xp.NdArray;

/** Bad lengths, axes and dtypes get SciPy's errors, naming the parameter and the value. */
class FftExtensionErrorsTest {

    private static final FftNorm B = FftNorm.BACKWARD;

    private static void fails(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), () -> "message '" + e.getMessage() + "' lacks '" + f + "'");
        }
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void invalidLengths(ArrayNamespace xp) {
        FftExtension f = xp.fft();
        NdArray x = xp.ones(4);
        fails(() -> f.fft(x, 0, -1, B), "invalid number of data points (0)", "n must be a positive integer");
        fails(() -> f.ifft(x, -3, -1, B), "invalid number of data points (-3)", "n");
        fails(() -> f.rfft(x, 0, -1, B), "invalid number of data points (0)");
        fails(() -> f.irfft(x, 0, -1, B), "invalid number of data points (0)");
        fails(() -> f.hfft(x, -1, -1, B), "invalid number of data points (-1)");
        fails(() -> f.ihfft(x, 0, -1, B), "invalid number of data points (0)");
        fails(() -> f.fft(xp.zeros(3, 0), null, 1, B), "invalid number of data points (0)", "axis 1");
        fails(() -> f.irfft(xp.ones(1), null, -1, B), "invalid number of data points (0)", "m=1");
        fails(() -> f.hfft(xp.ones(2, 1), null, 1, B), "invalid number of data points (0)", "m=1");
        fails(() -> f.fftn(xp.ones(2, 3), new int[] {2, 0}, null, B), "invalid number of data points (0)", "s[1]");
        fails(() -> f.rfftn(xp.ones(2, 3), new int[] {-2, 3}, null, B), "invalid number of data points (-2)", "s[0]");
        fails(() -> f.irfftn(xp.ones(2, 1), null, null, B), "invalid number of data points (0)");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void invalidAxes(ArrayNamespace xp) {
        FftExtension f = xp.fft();
        NdArray x = xp.ones(2, 3);
        assertThrows(AxisException.class, () -> f.fft(x, null, 2, B));
        assertThrows(AxisException.class, () -> f.rfft(x, null, -3, B));
        assertThrows(AxisException.class, () -> f.fft(xp.asarray(1.0)));
        assertThrows(AxisException.class, () -> f.fftn(x, null, new int[] {0, 2}, B));
        fails(() -> f.fftn(x, null, new int[] {0, -2}, B), "repeated axis");
        fails(() -> f.ifftn(x, new int[] {2}, new int[] {0, 1}, B), "same length", "s=[2]", "axes=[0, 1]");
        fails(() -> f.fftn(x, new int[] {2, 3, 4}, null, B), "s has 3 entries", "2 dimensions");
        fails(() -> f.rfftn(x, null, new int[0], B), "at least 1 axis must be transformed");
        fails(() -> f.irfftn(x, null, new int[0], B), "at least 1 axis must be transformed");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void realTransformsRejectComplexInput(ArrayNamespace xp) {
        FftExtension f = xp.fft();
        NdArray c = xp.zeros(new int[] {4}, DType.COMPLEX64, null);
        fails(() -> f.rfft(c), "x must be a real sequence", "complex64");
        fails(() -> f.ihfft(c, null, -1, B), "x must be a real sequence");
        fails(() -> f.rfftn(c, null, null, B), "x must be a real sequence");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void invalidFrequencyArguments(ArrayNamespace xp) {
        FftExtension f = xp.fft();
        fails(() -> f.fftfreq(0, 1.0, null, null), "n must be a positive integer", "got 0");
        fails(() -> f.rfftfreq(-2, 1.0, null, null), "n must be a positive integer", "got -2");
        fails(() -> f.fftfreq(4, 0.0, null, null), "d must be a non-zero", "0.0");
        fails(() -> f.rfftfreq(4, 1.0, DType.INT32, null), "dtype", "int32");
        fails(() -> f.fftfreq(4, 1.0, DType.COMPLEX128, null), "dtype", "complex128");
        fails(() -> f.fftfreq(4, 1.0, null, new Device("cuda", 0)), "device", "cuda");
    }

    @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
    void shiftAxesOutOfRange(ArrayNamespace xp) {
        FftExtension f = xp.fft();
        assertThrows(AxisException.class, () -> f.fftshift(xp.ones(2, 3), 2));
        assertThrows(AxisException.class, () -> f.ifftshift(xp.ones(2, 3), -3));
    }
}
