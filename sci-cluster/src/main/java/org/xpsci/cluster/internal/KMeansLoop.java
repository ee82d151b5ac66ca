package org.xpsci.cluster.internal;

import java.util.ArrayDeque;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * One run of kmeans from a code book (SciPy's {@code _kmeans}): label, record the mean distance, move each code
 * to the mean of its observations and drop codes without observations, until the mean distance changes by at
 * most {@code thresh}. Host data runs the fused multi-core pass ({@link HostAssign}); other data the blocked
 * portable kernels.
 */
final class KMeansLoop {

    /** A run's code book (k', d) and its last mean distance (rounded to float32 for float32 data). */
    record Run(NdArray codebook, double distortion) {
    }

    private KMeansLoop() {
    }

    /** Runs from {@code guess} (k, d) over {@code data2} (n, d); the code book comes back (k', d). */
    static Run run(ArrayNamespace xp, NdArray data2, NdArray guess, double thresh) {
        if (Xp.fastPathsEnabled() && Xp.hostBuffer(data2).isPresent()) {
            return host(data2, Xp.hostBuffer(data2).get(), guess, thresh);
        }
        return portable(xp, data2, guess, thresh);
    }

    private static Run host(NdArray data2, HostBuffer buffer, NdArray guess, double thresh) {
        HostRows rows = new HostRows(buffer).cache();
        int n = rows.rows();
        int d = rows.cols();
        boolean float32 = data2.dtype() == DType.FLOAT32;
        double[] cb = HostValues.doubles(guess, "kmeans", "k_or_guess");
        int k = guess.shape(0);
        int[] labels = new int[n];
        ArrayDeque<Double> last = new ArrayDeque<>();
        last.add(Double.POSITIVE_INFINITY);
        double diff = Double.POSITIVE_INFINITY;
        while (diff > thresh) {
            HostAssign.Step step = HostAssign.step(rows, cb, k, labels, float32);
            double avg = step.distanceSum() / n;
            record(last, float32 ? (float) avg : avg);
            cb = CodeBook.keptMeans(step, k, d, float32);
            k = cb.length / Math.max(d, 1);
            diff = Math.abs(last.getFirst() - last.getLast());
        }
        return new Run(HostResults.real(data2, cb, data2.dtype(), k, d), last.getLast());
    }

    private static Run portable(ArrayNamespace xp, NdArray data2, NdArray guess, double thresh) {
        NdArray cb = guess.dtype() == data2.dtype() ? guess : xp.astype(guess, data2.dtype());
        ArrayDeque<Double> last = new ArrayDeque<>();
        last.add(Double.POSITIVE_INFINITY);
        double diff = Double.POSITIVE_INFINITY;
        while (diff > thresh) {
            int k = cb.shape(0);
            PortableNearest.Codes codes = PortableNearest.codes(xp, data2, cb, true);
            record(last, xp.mean(codes.dist()).doubleValue());
            PortableCentroids.Sums s = PortableCentroids.sums(xp, data2, codes.code(), k);
            NdArray has = xp.greater(s.counts(), xp.zerosLike(s.counts()));
            cb = PortableCentroids.means(xp, s, cb);
            if (!xp.all(has).booleanValue()) {
                cb = xp.take(cb, xp.nonzero(has).get(0), 0);
            }
            diff = Math.abs(last.getFirst() - last.getLast());
        }
        return new Run(cb, last.getLast());
    }

    /** SciPy's {@code deque(maxlen=2)}: keeps the previous and the latest mean distance. */
    private static void record(ArrayDeque<Double> last, double value) {
        last.addLast(value);
        if (last.size() > 2) {
            last.removeFirst();
        }
    }
}
