package org.xpsci.xp.cuda.internal;

/**
 * A line-by-line host model of the kernels of fft.cu (in double precision), driven by {@link FftPlan} exactly
 * as CudaFft drives the device: it checks the plan's tables and the kernels' index arithmetic against NumPy
 * on a machine without a GPU. Arrays are interleaved (re, im), rows of length n one after another.
 */
final class FftModel {

    private FftModel() {
    }

    /** The unnormalised transform of every row (CudaFft.complexRows without cuFFT). */
    static double[] complexRows(double[] x, int n, boolean inverse) {
        if (n == 1) {
            return x.clone();
        }
        FftPlan plan = FftPlan.of(n);
        return plan.isBluestein() ? bluestein(x, plan, inverse) : stockham(x, plan, inverse);
    }

    static double[] stockham(double[] x, FftPlan plan, boolean inverse) {
        int n = plan.n();
        long batch = x.length / 2 / n;
        double[] roots = FftPlan.roots(n);
        double[] src = x;
        long l = 1;
        for (int r : plan.radices()) {
            double[] dst = new double[x.length];
            pass(r, batch, n, l, src, dst, roots, inverse);
            l *= r;
            src = dst;
        }
        return src;
    }

    /** pass_run of fft.cu, one butterfly per (b, j). */
    static void pass(int radix, long batch, int n, long l, double[] in, double[] out, double[] roots, boolean inv) {
        long q = n / radix;
        long step = n / (l * radix);
        for (long t = 0; t < batch * q; t++) {
            long b = t / q;
            long j = t - b * q;
            long k = j % l;
            double[] vr = new double[radix];
            double[] vi = new double[radix];
            for (int r = 0; r < radix; r++) {
                long e = b * n + j + r * q;
                double er = in[(int) (2 * e)];
                double ei = in[(int) (2 * e + 1)];
                if (r == 0) {
                    vr[r] = er;
                    vi[r] = ei;
                } else {
                    int m = (int) (r * k * step);
                    double wr = roots[2 * m];
                    double wi = inv ? -roots[2 * m + 1] : roots[2 * m + 1];
                    vr[r] = er * wr - ei * wi;
                    vi[r] = er * wi + ei * wr;
                }
            }
            long base = b * n + (j / l) * l * radix + k;
            for (int s = 0; s < radix; s++) {
                double ar = vr[0];
                double ai = vi[0];
                for (int r = 1; r < radix; r++) {
                    int m = (int) ((long) ((r * s) % radix) * q);
                    double wr = roots[2 * m];
                    double wi = inv ? -roots[2 * m + 1] : roots[2 * m + 1];
                    ar += vr[r] * wr - vi[r] * wi;
                    ai += vr[r] * wi + vi[r] * wr;
                }
                long o = base + s * l;
                out[(int) (2 * o)] = ar;
                out[(int) (2 * o + 1)] = ai;
            }
        }
    }

    static double[] bluestein(double[] x, FftPlan plan, boolean inverse) {
        int n = plan.n();
        int m = plan.bluestein();
        int batch = x.length / 2 / n;
        double[] chirp = FftPlan.chirp(n);
        double[] kernel = complexRows(FftPlan.bluesteinKernel(n, m), m, false);
        double[] padded = new double[2 * batch * m];
        for (int b = 0; b < batch; b++) {
            for (int k = 0; k < n; k++) {
                double er = x[2 * (b * n + k)];
                double ei = inverse ? -x[2 * (b * n + k) + 1] : x[2 * (b * n + k) + 1];
                padded[2 * (b * m + k)] = er * chirp[2 * k] - ei * chirp[2 * k + 1];
                padded[2 * (b * m + k) + 1] = er * chirp[2 * k + 1] + ei * chirp[2 * k];
            }
        }
        double[] spec = complexRows(padded, m, false);
        for (int t = 0; t < batch * m; t++) {
            int k = t % m;
            double ar = spec[2 * t];
            double ai = spec[2 * t + 1];
            spec[2 * t] = ar * kernel[2 * k] - ai * kernel[2 * k + 1];
            spec[2 * t + 1] = ar * kernel[2 * k + 1] + ai * kernel[2 * k];
        }
        double[] conv = complexRows(spec, m, true);
        double[] out = new double[x.length];
        for (int b = 0; b < batch; b++) {
            for (int k = 0; k < n; k++) {
                double cr = conv[2 * (b * m + k)];
                double ci = conv[2 * (b * m + k) + 1];
                double vr = (cr * chirp[2 * k] - ci * chirp[2 * k + 1]) / m;
                double vi = (cr * chirp[2 * k + 1] + ci * chirp[2 * k]) / m;
                out[2 * (b * n + k)] = vr;
                out[2 * (b * n + k) + 1] = inverse ? -vi : vi;
            }
        }
        return out;
    }

    /** rfft of even n: real rows read as complex pairs, a half-length transform and rfft_post. */
    static double[] rfftEven(double[] real, int n) {
        int h = n / 2;
        int batch = real.length / n;
        double[] z = complexRows(real, h, false);
        double[] roots = FftPlan.roots(n);
        double[] out = new double[2 * batch * (h + 1)];
        for (int t = 0; t < batch * (h + 1); t++) {
            int b = t / (h + 1);
            int k = t - b * (h + 1);
            int a = b * h + (k == h ? 0 : k);
            int c = b * h + (k == 0 ? 0 : h - k);
            double zr = z[2 * a];
            double zi = z[2 * a + 1];
            double cr = z[2 * c];
            double ci = -z[2 * c + 1];
            double er = (zr + cr) * 0.5;
            double ei = (zi + ci) * 0.5;
            double dr = (zr - cr) * 0.5;
            double di = (zi - ci) * 0.5;
            double or = di;
            double oi = -dr;
            double wr = roots[2 * k];
            double wi = roots[2 * k + 1];
            out[2 * t] = er + wr * or - wi * oi;
            out[2 * t + 1] = ei + wr * oi + wi * or;
        }
        return out;
    }

    /** irfft of even n, unnormalised times 2 as CudaFft scales it: irfft_pre, a half-length inverse. */
    static double[] irfftEven(double[] half, int n) {
        int h = n / 2;
        int m = h + 1;
        int batch = half.length / 2 / m;
        double[] roots = FftPlan.roots(n);
        double[] z = new double[2 * batch * h];
        for (int t = 0; t < batch * h; t++) {
            int b = t / h;
            int k = t - b * h;
            double xr = half[2 * (b * m + k)];
            double xi = half[2 * (b * m + k) + 1];
            double cr = half[2 * (b * m + h - k)];
            double ci = half[2 * (b * m + h - k) + 1];
            if (k == 0) {
                xi = 0;
                ci = 0;
            }
            ci = -ci;
            double er = (xr + cr) * 0.5;
            double ei = (xi + ci) * 0.5;
            double dr = (xr - cr) * 0.5;
            double di = (xi - ci) * 0.5;
            double wr = roots[2 * k];
            double wi = -roots[2 * k + 1];
            double or = dr * wr - di * wi;
            double oi = dr * wi + di * wr;
            z[2 * t] = er - oi;
            z[2 * t + 1] = ei + or;
        }
        double[] y = complexRows(z, h, true);
        for (int i = 0; i < y.length; i++) {
            y[i] *= 2;
        }
        return y;
    }

    /** irfft of odd n, unnormalised: hermitian_fill, a complex inverse, the real part. */
    static double[] irfftOdd(double[] half, int n) {
        int m = n / 2 + 1;
        int batch = half.length / 2 / m;
        double[] full = new double[2 * batch * n];
        for (int t = 0; t < batch * n; t++) {
            int b = t / n;
            int k = t - b * n;
            int src = k < m ? b * m + k : b * m + n - k;
            double vr = half[2 * src];
            double vi = k < m ? half[2 * src + 1] : -half[2 * src + 1];
            if (k == 0 || 2 * k == n) {
                vi = 0;
            }
            full[2 * t] = vr;
            full[2 * t + 1] = vi;
        }
        double[] c = complexRows(full, n, true);
        double[] out = new double[batch * n];
        for (int i = 0; i < out.length; i++) {
            out[i] = c[2 * i];
        }
        return out;
    }
}
