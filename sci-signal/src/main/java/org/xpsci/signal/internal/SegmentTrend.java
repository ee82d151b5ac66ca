package org.xpsci.signal.internal;

import org.xpsci.signal.DetrendType;

/**
 * The means and least-squares slopes of consecutive segments, from sums totalled in float64 whatever the
 * storage (the batches' detrending; the slope only for linear detrending). Segment b holds nperseg samples; those
 * past the input's end count as zeros (SciPy's padding of the shorter input).
 *
 * @param mean  per segment, the mean of its nperseg samples
 * @param slope per segment, the slope of its least-squares line over sample times 0 .. nperseg-1
 */
record SegmentTrend(double[] mean, double[] slope) {

    /** Per run of samples (a chunk or a segment): the sum of the samples and of the samples times their index. */
    static final class Sums {
        private final double[] sum;
        private final double[] moment;

        Sums(int count) {
            sum = new double[count];
            moment = new double[count];
        }

        /** Sets run i's sums. */
        void set(int i, double sum, double moment) {
            this.sum[i] = sum;
            this.moment[i] = moment;
        }
    }

    /** Zero means and slopes (no detrending). */
    static SegmentTrend none(int count) {
        return new SegmentTrend(new double[count], new double[count]);
    }

    /**
     * From the sums of hop-long chunks (of the samples, and of the samples times their index in the chunk):
     * segment b is chunks b .. b + r - 1, r = nperseg / hop, chunk q of it starting at sample q·hop.
     */
    static SegmentTrend ofChunks(Sums chunks, SegmentSpec spec) {
        double[] sum = chunks.sum;
        double[] moment = chunks.moment;
        int hop = spec.hop();
        int r = spec.nperseg() / hop;
        int count = sum.length - r + 1;
        double[] s = new double[count];
        double[] t = new double[count];
        for (int b = 0; b < count; b++) {
            for (int q = 0; q < r; q++) {
                s[b] += sum[b + q];
                t[b] += moment[b + q] + (double) q * hop * sum[b + q];
            }
        }
        return of(s, t, spec);
    }

    /** From each segment's sums. */
    static SegmentTrend of(Sums segments, SegmentSpec spec) {
        return of(segments.sum, segments.moment, spec);
    }

    private static SegmentTrend of(double[] sum, double[] moment, SegmentSpec spec) {
        int n = spec.nperseg();
        boolean linear = spec.detrend() == DetrendType.LINEAR;
        double centre = (n - 1) / 2.0;
        double squares = n * ((double) n * n - 1) / 12.0;
        double[] mean = new double[sum.length];
        double[] slope = new double[sum.length];
        for (int b = 0; b < sum.length; b++) {
            mean[b] = sum[b] / n;
            slope[b] = n > 1 && linear ? (moment[b] - centre * sum[b]) / squares : 0;
        }
        return new SegmentTrend(mean, slope);
    }
}
