package org.xpsci.fft;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.AxisException;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/** Every bad argument gets SciPy's error, naming the parameter, the value and what is accepted. */
class ErrorsTest {

    private static void fails(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), () -> "message '" + e.getMessage() + "' lacks '" + f + "'");
        }
    }

    @XpTest
    void standardTransforms(ArrayNamespace xp) {
        NdArray x = xp.ones(4);
        NdArray c = xp.zeros(new int[] {4}, DType.COMPLEX128, null);
        fails(() -> Fft.fft(x, FftOptions.defaults().withN(0)), "invalid number of data points (0)");
        fails(() -> Fft.irfft(xp.ones(1)), "invalid number of data points (0)");
        fails(() -> Fft.rfft(c), "x must be a real sequence", "complex128");
        fails(() -> Fft.ihfft(c), "x must be a real sequence");
        fails(() -> Fft.rfftn(c), "x must be a real sequence");
        fails(() -> Fft.ihfft2(xp.zeros(new int[] {2, 2}, DType.COMPLEX64, null)), "x must be a real sequence");
        assertThrows(AxisException.class, () -> Fft.fft(x, FftOptions.defaults().withAxis(1)));
        fails(() -> Fft.fftn(xp.ones(2, 3), FftnOptions.defaults().withS(2).withAxes(0, 1)), "same length");
        fails(() -> FftOptions.defaults().withNorm("sideways"), "Invalid norm value 'sideways'", "\"ortho\"");
        fails(() -> Fft.fft(null), "x must be an array");
    }

    @XpTest
    void workers(ArrayNamespace xp) {
        NdArray x = xp.ones(4);
        if (Xp.hostBuffer(x).isPresent()) {
            fails(() -> Fft.fft(x, FftOptions.defaults().withWorkers(0)), "workers must not be zero");
            fails(() -> Dct.dct(x, DctOptions.defaults().withWorkers(-100_000)), "workers value out of range",
                    "-100000");
        } else {
            fails(() -> Fft.fft(x, FftOptions.defaults().withWorkers(2)), "workers is only supported for arrays in"
                    + " host memory");
        }
    }

    @XpTest
    void realTransforms(ArrayNamespace xp) {
        NdArray x = xp.ones(4);
        fails(() -> Dct.dct(x, DctOptions.defaults().withType(5)), "invalid DCT type 5", "1, 2, 3 or 4");
        fails(() -> Dct.idst(x, DctOptions.defaults().withType(0)), "invalid DST type 0");
        fails(() -> Dct.dctn(x, DctnOptions.defaults().withType(-1)), "invalid DCT type -1");
        fails(() -> Dct.dct(x, DctOptions.defaults().withN(0)), "invalid number of data points (0)", "n");
        fails(() -> Dct.dst(xp.ones(0)), "invalid number of data points (0)");
        fails(() -> Dct.dct(xp.ones(1), DctOptions.defaults().withType(1)), "zero-length FFT requested", "DCT type 1");
        fails(() -> Dct.idct(xp.ones(3, 1), DctOptions.defaults().withType(1)), "zero-length FFT requested");
        assertThrows(AxisException.class, () -> Dct.dct(x, DctOptions.defaults().withAxis(1)));
        assertThrows(AxisException.class, () -> Dct.dct(xp.asarray(1.0)));
        fails(() -> Dct.dctn(xp.ones(2, 3), DctnOptions.defaults().withS(2).withAxes(0, 1)), "same length");
        fails(() -> Dct.dstn(xp.ones(2, 3), DctnOptions.defaults().withS(2, 3, 4)), "shape requires more axes");
        fails(() -> Dct.idctn(xp.ones(2, 3), DctnOptions.defaults().withAxes(0, -2)), "repeated axis");
        fails(() -> Dct.dctn(xp.ones(2, 3), DctnOptions.defaults().withS(0, 3)), "invalid number of data points (0)");
    }

    @XpTest
    void hankel(ArrayNamespace xp) {
        NdArray a = xp.ones(8);
        fails(() -> Fht.fht(xp.zeros(new int[] {4}, DType.COMPLEX128, null), 0.1, 0), "x must be a real sequence");
        assertThrows(AxisException.class, () -> Fht.fht(xp.asarray(1.0), 0.1, 0));
        fails(() -> Fht.ifht(xp.ones(0), 0.1, 0), "invalid number of data points (0)");
        fails(() -> Fht.fht(a, 0.0, 0.5), "dln must be a non-zero", "0.0");
        fails(() -> Fht.fht(a, 0.1, Double.NaN), "mu, offset and bias must be finite", "NaN");
        fails(() -> Fht.fhtoffset(0.0, 1.0), "dln must be a non-zero");
    }

    @Test
    void helpers() {
        fails(() -> Fft.fftfreq(0, 1.0), "n must be a positive integer", "got 0");
        fails(() -> Fft.rfftfreq(4, 0.0), "d must be a non-zero", "0.0");
        fails(() -> Fft.nextFastLen(-1), "Target length must be positive", "-1");
        fails(() -> Fft.prevFastLen(-5, true), "Target length must be positive", "-5");
        fails(() -> Fft.nextFastLen(Long.MAX_VALUE - 1), "Target length is too large to perform an FFT");
        assertThrows(AxisException.class, () -> Fft.fftshift(Xp.backend("cpu").ones(2, 3), 2));
    }
}
