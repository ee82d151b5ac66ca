package org.xpsci.fft.internal;

import org.jtransforms.fft.DoubleFFT_1D;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.AxisException;
import org.xpsci.xp.FftNorm;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * SciPy's {@code fht} and {@code ifht} (FFTLog, Hamilton 2000) along the last axis: optional power-law bias
 * weights, an rfft, multiplication by the coefficients (division by their conjugates for the inverse), an irfft
 * and a reversal. On host memory the lines run through JTransforms; elsewhere through the namespace's fft
 * extension. float32 input gives float32 output (also with a bias, where NumPy's float64 weights would promote
 * it); integer input is transformed as float64.
 */
public final class Fftlog {

    private Fftlog() {
    }

    /**
     * {@code fht} ({@code inverse=false}) or {@code ifht} of {@code a} along its last axis.
     *
     * @throws IllegalArgumentException for complex or 0-d input, an empty last axis, or invalid parameters
     */
    public static NdArray transform(NdArray a, double dln, double mu, double offset, double bias, boolean inverse) {
        String function = inverse ? "ifht" : "fht";
        ArrayNamespace xp = Xp.namespace(a);
        checkParameters(dln, mu, offset, bias);
        NdArray x = Inputs.floating(xp, a);
        Inputs.requireReal(x, function);
        if (x.ndim() == 0) {
            throw new AxisException(function + " transforms the last axis; got a 0-d array");
        }
        int n = x.shape()[x.ndim() - 1];
        if (n < 1) {
            throw new IllegalArgumentException("invalid number of data points (0) specified: " + function
                    + " needs at least one point along the last axis");
        }
        double[] u = FhtCoefficients.of(n, dln, mu, offset, bias, inverse);
        double[] factors = inverse ? FhtCoefficients.inverted(u) : u;
        double[] pre = bias == 0 ? null : weights(n, dln, offset, bias, inverse, true);
        double[] post = bias == 0 ? null : weights(n, dln, offset, bias, inverse, false);
        if (Xp.fastPathsEnabled() && Xp.hostBuffer(x).isPresent()) {
            return host(x, factors, pre, post);
        }
        return portable(Extension.of(xp, function), x, factors, pre, post);
    }

    /**
     * Checks the FFTLog parameters.
     *
     * @throws IllegalArgumentException when dln is zero or any parameter is not finite
     */
    static void checkParameters(double dln, double mu, double offset, double bias) {
        if (dln == 0 || !Double.isFinite(dln)) {
            throw new IllegalArgumentException("dln must be a non-zero finite logarithmic spacing; got " + dln);
        }
        if (!Double.isFinite(mu) || !Double.isFinite(offset) || !Double.isFinite(bias)) {
            throw new IllegalArgumentException("mu, offset and bias must be finite; got mu=" + mu + ", offset="
                    + offset + ", bias=" + bias);
        }
    }

    /**
     * The bias weights: before the transform {@code exp(-q (j - jc) dln)} (fht) or {@code exp(q ((j - jc) dln +
     * offset))} (ifht); after it {@code exp(-q ((j - jc) dln + offset))} (fht) or {@code 1/exp(-q (j - jc) dln)}
     * (ifht), with {@code jc = (n-1)/2}.
     */
    private static double[] weights(int n, double dln, double offset, double q, boolean inverse, boolean before) {
        double jc = (n - 1) / 2.0;
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            double t = (j - jc) * dln;
            if (!inverse) {
                w[j] = before ? Math.exp(-q * t) : Math.exp(-q * (t + offset));
            } else {
                w[j] = before ? Math.exp(q * (t + offset)) : 1 / Math.exp(-q * t);
            }
        }
        return w;
    }

    private static NdArray host(NdArray x, double[] factors, double[] pre, double[] post) {
        int n = x.shape()[x.ndim() - 1];
        NdArray out = x.namespace().zeros(x.shape(), x.dtype(), x.device());
        HostBuffer src = Xp.hostBuffer(x).orElseThrow();
        HostBuffer dst = Xp.hostBuffer(out).orElseThrow();
        HostAxisPass.run(src, dst, x.ndim() - 1, Workers.resolve(null), () -> line(n, factors, pre, post));
        return out;
    }

    private static HostAxisPass.LineOp line(int n, double[] factors, double[] pre, double[] post) {
        DoubleFFT_1D plan = PlanCache.get(n);
        double[] buf = new double[2 * (n / 2 + 1)];
        return x -> {
            for (int j = 0; j < n; j++) {
                buf[j] = pre == null ? x[j] : x[j] * pre[j];
            }
            plan.realForward(buf);
            if (n > 1) {
                buf[n] = buf[1];
                if (n % 2 == 0) {
                    buf[n + 1] = 0;
                }
            }
            buf[1] = 0;
            for (int m = 0; m < buf.length; m += 2) {
                double re = buf[m];
                double im = buf[m + 1];
                buf[m] = re * factors[m] - im * factors[m + 1];
                buf[m + 1] = re * factors[m + 1] + im * factors[m];
            }
            buf[1] = n == 1 ? 0 : buf[n];
            plan.realInverse(buf, true);
            for (int j = 0; j < n; j++) {
                double v = buf[n - 1 - j];
                x[j] = post == null ? v : v * post[j];
            }
        };
    }

    private static NdArray portable(org.xpsci.xp.FftExtension fft, NdArray x, double[] factors, double[] pre,
            double[] post) {
        ArrayNamespace xp = x.namespace();
        int n = x.shape()[x.ndim() - 1];
        NdArray a = pre == null ? x : xp.multiply(x, Portable.vector(xp, x, pre));
        int h = n / 2 + 1;
        NdArray re = Portable.vector(xp, x, h, m -> factors[2 * m]);
        NdArray im = Portable.vector(xp, x, h, m -> factors[2 * m + 1]);
        NdArray spectrum = xp.multiply(fft.rfft(a, null, -1, FftNorm.BACKWARD), Portable.complexOf(xp, re, im));
        NdArray r = Portable.flip(xp, fft.irfft(spectrum, n, -1, FftNorm.BACKWARD));
        return post == null ? r : xp.multiply(r, Portable.vector(xp, x, post));
    }
}
