package org.xpsci.xp.cuda.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * How a complex transform of length n runs on the backend's own kernels (fft.cu): Stockham passes with the
 * radices of {@link #radices(int)} when n has no prime factor above 13, else Bluestein's algorithm with a
 * 7-smooth transform of length {@link #bluesteinSize(int)} >= 2n - 1. Also the tables the kernels read,
 * computed on the host in double precision.
 *
 * @param n         the length
 * @param radices   the Stockham radices (their product is n), or null for Bluestein
 * @param bluestein the padded length of the Bluestein convolution (0 when Stockham)
 */
public record FftPlan(int n, int[] radices, int bluestein) {

    /** The radices the kernels have ({@code fft_r<R>_*}). */
    public static final int[] KERNEL_RADICES = {2, 3, 4, 5, 7, 8, 11, 13};

    /** The plan for length n (n >= 1). */
    public static FftPlan of(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("invalid number of data points (" + n + ") specified");
        }
        int[] r = radices(n);
        return r != null ? new FftPlan(n, r, 0) : new FftPlan(n, null, bluesteinSize(n));
    }

    /** Whether the plan is Bluestein's. */
    public boolean isBluestein() {
        return radices == null;
    }

    /**
     * Radices whose product is n: as many 8s as the power of two allows, then one 4 or 2, then the odd primes
     * 3, 5, 7, 11 and 13; null when n has another prime factor. n = 1 gives no pass.
     */
    public static int[] radices(int n) {
        List<Integer> out = new ArrayList<>();
        int m = n;
        int twos = Integer.numberOfTrailingZeros(m);
        m >>= twos;
        for (int i = 0; i < twos / 3; i++) {
            out.add(8);
        }
        if (twos % 3 == 1) {
            out.add(2);
        } else if (twos % 3 == 2) {
            out.add(4);
        }
        for (int p : new int[] {3, 5, 7, 11, 13}) {
            while (m % p == 0) {
                out.add(p);
                m /= p;
            }
        }
        if (m != 1) {
            return null;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The smallest m >= 2n - 1 whose prime factors are 2, 3, 5 and 7. */
    public static int bluesteinSize(int n) {
        long target = 2L * n - 1;
        long best = Long.MAX_VALUE;
        for (long p2 = 1; p2 < 2 * target; p2 *= 2) {
            for (long p3 = p2; p3 < 2 * target; p3 *= 3) {
                for (long p5 = p3; p5 < 2 * target; p5 *= 5) {
                    for (long p7 = p5; p7 < 2 * target; p7 *= 7) {
                        if (p7 >= target && p7 < best) {
                            best = p7;
                        }
                    }
                }
            }
        }
        if (best > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("an fft of length " + n + " is too long for the cuda kernels");
        }
        return (int) best;
    }

    /** The n-th roots of unity exp(-2 pi i m / n), m = 0..n-1, interleaved (re, im). */
    public static double[] roots(int n) {
        double[] w = new double[2 * n];
        for (int m = 0; m < n; m++) {
            double[] cs = unitCircle(m, n);
            w[2 * m] = cs[0];
            w[2 * m + 1] = -cs[1];
        }
        return w;
    }

    /** (cos, sin) of 2 pi m / n, reduced to the first octant so that the table is accurate to an ulp or two. */
    static double[] unitCircle(long m, long n) {
        // angle = 2 pi m / n; use the symmetry of the circle on 8 m / n to keep the argument small
        long m8 = 8 * m;
        long oct = m8 / n;
        double frac = (double) (m8 - oct * n) / n;           // in [0, 1): position inside the octant
        double a;
        int o = (int) (oct % 8);
        boolean mirror = (o & 1) == 1;
        a = (mirror ? 1 - frac : frac) * Math.PI / 4;
        double c = Math.cos(a);
        double s = Math.sin(a);
        // octant o covers [o pi/4, (o+1) pi/4); rebuild (cos, sin) from the reduced angle
        return switch (o) {
            case 0 -> new double[] {c, s};
            case 1 -> new double[] {s, c};
            case 2 -> new double[] {-s, c};
            case 3 -> new double[] {-c, s};
            case 4 -> new double[] {-c, -s};
            case 5 -> new double[] {-s, -c};
            case 6 -> new double[] {s, -c};
            default -> new double[] {c, -s};
        };
    }

    /** Bluestein's chirp w_k = exp(-pi i k^2 / n), k = 0..n-1, interleaved. */
    public static double[] chirp(int n) {
        double[] w = new double[2 * n];
        for (int k = 0; k < n; k++) {
            long q = ((long) k * k) % (2L * n);                 // exp(-pi i q / n) = exp(-2 pi i q / (2n))
            double[] cs = unitCircle(q, 2L * n);
            w[2 * k] = cs[0];
            w[2 * k + 1] = -cs[1];
        }
        return w;
    }

    /**
     * The convolution kernel of Bluestein's algorithm, b_k = conj(w_k) at k and m - k for 0 <= k < n, zero
     * elsewhere, interleaved; its transform of length m is what the kernels multiply by.
     */
    public static double[] bluesteinKernel(int n, int m) {
        double[] w = chirp(n);
        double[] b = new double[2 * m];
        for (int k = 0; k < n; k++) {
            b[2 * k] = w[2 * k];
            b[2 * k + 1] = -w[2 * k + 1];
            if (k > 0) {
                b[2 * (m - k)] = w[2 * k];
                b[2 * (m - k) + 1] = -w[2 * k + 1];
            }
        }
        return b;
    }
}
