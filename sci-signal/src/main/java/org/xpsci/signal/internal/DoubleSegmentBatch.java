package org.xpsci.signal.internal;

import java.util.Arrays;
import org.xpsci.signal.DetrendType;
import org.xpsci.xp.spi.fft.DoubleLaneFft;
import org.xpsci.xp.spi.fft.RowPreparer;

/**
 * {@link SegmentBatch} in float64 (the template of the float32 twin, which the build generates: write no double
 * literals here, and cast {@code Math} results as {@code (double)}). The segments live in a {@link DoubleLaneFft}
 * (stored transposed: {@code re[r][b]}, {@code im[r][b]} is complex point r of lane b, so every vector loop
 * reads and writes {@code a[b]} of a few arrays and runs over all lanes); the batch adds the loading by chunks,
 * the detrending and windowing (run on each row just before the FFT reads it) and the accumulation of spectra.
 */
final class DoubleSegmentBatch extends SegmentBatch {

    /** Samples per block of the detrending sums (a multiple of 8). */
    private static final int SUM_BLOCK = 64;

    private final DoubleLaneFft fft;
    private final RowPreparer preparer = this::prepare;
    /** The FFT's complex rows (its arrays), and the row of sample j (even samples real parts, odd imaginary). */
    private final double[][] re;
    private final double[][] im;
    private final double[][] order;
    /** Half the window value of the sample each row holds (zero past nperseg); halving makes the split exact. */
    private final double[] winRe;
    private final double[] winIm;
    /** Per lane: the mean of the segment, and the slope of its least-squares line. */
    private final double[] mean;
    private final double[] slope;
    /** Per row: the sample's time from the segment's centre (linear detrending). */
    private final double[] timeRe;
    private final double[] timeIm;
    /** Accumulated spectra per lane: [part * nfreq + k][lane]. */
    private final double[][] acc;

    DoubleSegmentBatch(SegmentSpec spec, int lanes, int parts) {
        super(spec, lanes);
        int width = lanes + PAD;
        fft = new DoubleLaneFft(n, lanes);
        re = new double[m][];
        im = new double[m][];
        order = new double[n][];
        for (int r = 0; r < m; r++) {
            re[r] = fft.realRow(r);
            im[r] = fft.imagRow(r);
        }
        for (int j = 0; j < n; j++) {
            order[j] = fft.sampleRow(j);
        }
        winRe = new double[m];
        winIm = new double[m];
        timeRe = new double[m];
        timeIm = new double[m];
        var w = spec.window();
        var centre = (spec.nperseg() - 1) / 2.0;
        for (int i = 0; i < m; i++) {
            int r = fft.row(i);
            winRe[r] = (double) (2 * i < w.length ? w[2 * i] / 2 : 0);
            winIm[r] = (double) (2 * i + 1 < w.length ? w[2 * i + 1] / 2 : 0);
            timeRe[r] = (double) (2 * i - centre);
            timeIm[r] = (double) (2 * i + 1 - centre);
        }
        mean = new double[width];
        slope = new double[width];
        acc = new double[parts * nfreq][width];
    }

    // ---- loading --------------------------------------------------------------------------------------------

    @Override
    void transposeChunks(SegmentSource s, int lane, int chunks, int first) {
        double[] x = (double[]) s.data();
        int hop = spec.hop();
        trend(chunkTrend(x, first, s.stride(), chunks), lane);
        fft.load(x, first, hop * s.stride(), s.stride(), hop, lane, chunks, (double) 1);
        int r = spec.nperseg() / hop;
        for (int q = 1; q < r; q++) {
            for (int j = 0; j < hop; j++) {
                System.arraycopy(order[j], lane + q, order[j + q * hop], lane, chunks - r + 1);
            }
        }
    }

    @Override
    void transposeSegments(SegmentSource s, int lane, int count, int first, int avail) {
        double[] x = (double[]) s.data();
        int step = spec.hop() * s.stride();
        trend(segmentTrend(x, first, s.stride(), count, avail), lane);
        fft.load(x, first, step, s.stride(), avail, lane, count, (double) 1);
        fft.zero(avail, spec.nperseg(), lane, count);
    }

    /**
     * The trends of the segments over {@code chunks} hop-long chunks from element {@code first}, each sample read
     * once (before the transposition, which then finds the samples in the cache).
     */
    private SegmentTrend chunkTrend(double[] x, int first, int stride, int chunks) {
        if (spec.detrend() == null) {
            return SegmentTrend.none(chunks - spec.nperseg() / spec.hop() + 1);
        }
        SegmentTrend.Sums sums = new SegmentTrend.Sums(chunks);
        for (int c = 0; c < chunks; c++) {
            sums(x, first + c * spec.hop() * stride, stride, spec.hop(), c, sums);
        }
        return SegmentTrend.ofChunks(sums, spec);
    }

    /** The trends of {@code count} segments from element {@code first}, each read to {@code avail} samples. */
    private SegmentTrend segmentTrend(double[] x, int first, int stride, int count, int avail) {
        if (spec.detrend() == null) {
            return SegmentTrend.none(count);
        }
        SegmentTrend.Sums sums = new SegmentTrend.Sums(count);
        for (int b = 0; b < count; b++) {
            sums(x, first + b * spec.hop() * stride, stride, avail, b, sums);
        }
        return SegmentTrend.of(sums, spec);
    }

    /**
     * Sums i: of x[at + j stride] and of j x[at + j stride] over j < len (the latter for linear detrending only).
     * The plain sum goes by blocks of {@link #SUM_BLOCK} samples, each summed with eight accumulators in the
     * storage type (float32 in the float32 twin, which so converts one value per block, not every sample) and
     * added into a float64 total (declared {@code var} from a float64 literal, so in both twins).
     */
    private void sums(double[] x, int at, int stride, int len, int i, SegmentTrend.Sums out) {
        var total = 0.0;
        int j = 0;
        for (; j + SUM_BLOCK <= len; j += SUM_BLOCK) {
            total += blockSum(x, at + j * stride, stride);
        }
        for (; j < len; j++) {
            total += x[at + j * stride];
        }
        var t = 0.0;
        if (spec.detrend() == DetrendType.LINEAR) {
            var time = 0.0;
            for (int k = at; time < len; time += 1, k += stride) {
                t += time * x[k];
            }
        }
        out.set(i, total, t);
    }

    /** The sum of {@link #SUM_BLOCK} samples from x[at], stride apart, pairwise over eight accumulators. */
    private static double blockSum(double[] x, int at, int stride) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        for (int k = at, end = at + SUM_BLOCK * stride; k < end; k += 8 * stride) {
            s0 += x[k];
            s1 += x[k + stride];
            s2 += x[k + 2 * stride];
            s3 += x[k + 3 * stride];
            s4 += x[k + 4 * stride];
            s5 += x[k + 5 * stride];
            s6 += x[k + 6 * stride];
            s7 += x[k + 7 * stride];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** Copies the segments' means and slopes into lanes lane, lane + 1, ... */
    private void trend(SegmentTrend sums, int lane) {
        var mu = sums.mean();
        var sl = sums.slope();
        for (int b = 0; b < mu.length; b++) {
            mean[lane + b] = (double) mu[b];
            slope[lane + b] = (double) sl[b];
        }
    }

    // ---- the transform --------------------------------------------------------------------------------------

    @Override
    void transform() {
        fft.zero(spec.nperseg(), n, 0, lanes);
        fft.transform(preparer);
    }

    /** Removes the trend from row r and applies the (halved) window. */
    private void prepare(int r) {
        if (spec.detrend() == DetrendType.LINEAR) {
            detrendLinear(re[r], winRe[r], timeRe[r]);
            detrendLinear(im[r], winIm[r], timeIm[r]);
        } else if (spec.detrend() == DetrendType.CONSTANT) {
            detrendConstant(re[r], winRe[r]);
            detrendConstant(im[r], winIm[r]);
        } else {
            scale(re[r], winRe[r]);
            scale(im[r], winIm[r]);
        }
    }

    private void detrendConstant(double[] a, double w) {
        double[] mu = mean;
        for (int b = 0; b < lanes; b++) {
            a[b] = (a[b] - mu[b]) * w;
        }
    }

    private void detrendLinear(double[] a, double w, double t) {
        double[] mu = mean;
        double[] sl = slope;
        for (int b = 0; b < lanes; b++) {
            a[b] = (a[b] - (mu[b] + sl[b] * t)) * w;
        }
    }

    private void scale(double[] a, double w) {
        for (int b = 0; b < lanes; b++) {
            a[b] = a[b] * w;
        }
    }

    // ---- spectra --------------------------------------------------------------------------------------------

    @Override
    void bins(int lane, Bins out) {
        out.set(0, re[0][lane], 0);
        for (int k = 1; k < m; k++) {
            out.set(k, re[k][lane], im[k][lane]);
        }
        out.set(m, im[0][lane], 0);
    }

    @Override
    void addPower(SegmentBatch source, int part) {
        DoubleSegmentBatch x = (DoubleSegmentBatch) source;
        double[][] a = acc;
        int o = part * nfreq;
        addSquare(x.re[0], a[o]);
        addSquare(x.im[0], a[o + m]);
        for (int k = 1; k < m; k++) {
            addSquares(x.re[k], x.im[k], a[o + k]);
        }
    }

    @Override
    void addCross(SegmentBatch other, int part) {
        DoubleSegmentBatch y = (DoubleSegmentBatch) other;
        double[][] a = acc;
        int o = part * nfreq;
        addProduct(re[0], y.re[0], a[o]);
        addProduct(im[0], y.im[0], a[o + 2 * m]);
        for (int k = 1; k < m; k++) {
            addProducts(re[k], im[k], y.re[k], y.im[k], a[o + 2 * k]);
            addCrossed(re[k], im[k], y.re[k], y.im[k], a[o + 2 * k + 1]);
        }
    }

    private void addSquare(double[] x, double[] a) {
        for (int b = 0; b < lanes; b++) {
            a[b] += x[b] * x[b];
        }
    }

    private void addSquares(double[] x, double[] y, double[] a) {
        for (int b = 0; b < lanes; b++) {
            a[b] += x[b] * x[b] + y[b] * y[b];
        }
    }

    private void addProduct(double[] x, double[] y, double[] a) {
        for (int b = 0; b < lanes; b++) {
            a[b] += x[b] * y[b];
        }
    }

    /** a += Re(conj(x) y). */
    private void addProducts(double[] xr, double[] xi, double[] yr, double[] yi, double[] a) {
        for (int b = 0; b < lanes; b++) {
            a[b] += xr[b] * yr[b] + xi[b] * yi[b];
        }
    }

    /** a += Im(conj(x) y). */
    private void addCrossed(double[] xr, double[] xi, double[] yr, double[] yi, double[] a) {
        for (int b = 0; b < lanes; b++) {
            a[b] += xr[b] * yi[b] - xi[b] * yr[b];
        }
    }

    @Override
    void flush(LaneRuns runs, LineTotals totals) {
        for (int row = 0; row < acc.length; row++) {
            double[] a = acc[row];
            for (int i = 0; i < runs.size(); i++) {
                var s0 = 0.0;
                var s1 = 0.0;
                int b = runs.lane(i);
                int end = b + runs.count(i);
                for (; b + 1 < end; b += 2) {
                    s0 += a[b];
                    s1 += a[b + 1];
                }
                if (b < end) {
                    s0 += a[b];
                }
                totals.add(runs.line(i), row, s0 + s1);
            }
            Arrays.fill(a, 0);
        }
    }

    @Override
    void scatter(LaneRuns runs, LineTotals totals) {
        for (int row = 0; row < acc.length; row++) {
            double[] a = acc[row];
            for (int i = 0; i < runs.size(); i++) {
                for (int c = 0, b = runs.lane(i); c < runs.count(i); c++, b++) {
                    totals.put(runs.line(i), row, runs.first(i) + c, a[b]);
                }
            }
            Arrays.fill(a, 0);
        }
    }
}
