package org.xpsci.xp.spi.fft;

/**
 * cos and sin of 2πk/n for the lane FFTs' tables, exact (0, ±1) at multiples of a quarter turn, where
 * {@link Math#cos} of the rounded angle is not.
 */
public final class Twiddle {

    private Twiddle() {
    }

    /** cos(2πk/n). */
    public static double cos(int k, int n) {
        if (quarter(k, n)) {
            int q = k / (n / 4) % 4;
            return q == 0 ? 1 : q == 2 ? -1 : 0;
        }
        return Math.cos(2 * Math.PI * k / n);
    }

    /** sin(2πk/n). */
    public static double sin(int k, int n) {
        if (quarter(k, n)) {
            int q = k / (n / 4) % 4;
            return q == 1 ? 1 : q == 3 ? -1 : 0;
        }
        return Math.sin(2 * Math.PI * k / n);
    }

    private static boolean quarter(int k, int n) {
        return n % 4 == 0 && k % (n / 4) == 0;
    }
}
