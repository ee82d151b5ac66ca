package org.xpsci.xp.spi.fft;

import java.util.Arrays;

/**
 * The order of a lane FFT's ({@link DoubleLaneFft}) complex FFT of length m on rows loaded in bit-reversed
 * order: radix-2 decimation in time, three stages per pass over groups of eight rows g + k + s0·t (t < 8), so
 * that the rows of a group stay in the L1 cache from one stage to the next; each row is prepared (by the
 * caller's {@link RowPreparer}) just before the first pass's butterflies read it. Steps are triples (a, b, w): butterfly of rows a and b with twiddle
 * exp(-2πi w/m) (w = 0: none), or (a, -1, 0): prepare row a.
 */
public final class LanePlan {

    private LanePlan() {
    }

    /** The steps for length m (a power of two). */
    public static int[] steps(int m) {
        int[] steps = new int[3 * (m + (m / 2) * Integer.numberOfTrailingZeros(m)) + 3];
        int size = 0;
        if (m == 1) {
            steps[size++] = 0;
            steps[size++] = -1;
            steps[size++] = 0;
        }
        for (int s0 = 1, stages; s0 < m; s0 <<= stages) {
            stages = Math.min(3, Integer.numberOfTrailingZeros(m / s0));
            int count = 1 << stages;
            for (int g = 0; g < m; g += s0 << stages) {
                for (int k = 0; k < s0; k++) {
                    for (int t = 0; s0 == 1 && t < count; t++) {
                        steps[size++] = g + k + s0 * t;
                        steps[size++] = -1;
                        steps[size++] = 0;
                    }
                    for (int q = 0; q < stages; q++) {
                        size = stage(steps, size, m, g + k, s0, count, q);
                    }
                }
            }
        }
        return Arrays.copyOf(steps, size);
    }

    /**
     * Stage q of a pass: butterflies (t, t + 2^q) over rows row + s0·t with bit q of t clear; the twiddle of row
     * a is exp(-2πi p/(2s)) for its position p = k + s0·(t mod 2^q) in a group of 2s rows, s = s0·2^q.
     */
    private static int stage(int[] steps, int size, int m, int row, int s0, int count, int q) {
        int half = 1 << q;
        int span = s0 << q;
        int step = m / (2 * span);
        for (int t = 0; t < count; t++) {
            if ((t & half) == 0) {
                steps[size++] = row + s0 * t;
                steps[size++] = row + s0 * t + span;
                steps[size++] = (row % s0 + s0 * (t & (half - 1))) * step;
            }
        }
        return size;
    }
}
