package org.xpsci.signal.internal;

import java.util.Arrays;
import org.xpsci.signal.DetrendType;

/**
 * {@link SegmentBatch} in float64 (the template of the float32 twin, which the build generates: write no double
 * literals here, and cast {@code Math} results as {@code (double)}). The batch is stored transposed, one array
 * per row: {@code re[r][b]}, {@code im[r][b]} is complex point r of lane b, so every vector loop reads and writes
 * {@code a[b]} of a few arrays — the only form C2 vectorises — and runs over all lanes. The real FFT of length n
 * is a complex FFT of length m = n/2 over (even, odd) sample pairs: radix-2 decimation in time on rows loaded in
 * bit-reversed order, three stages per pass over groups of eight rows (which stay in the L1 cache between the
 * stages), then the split into the n/2 + 1 bins of the real transform.
 */
final class DoubleSegmentBatch extends SegmentBatch {

    private final double[][] re;
    private final double[][] im;
    /** The row of sample j (even samples are real parts, odd ones imaginary parts). */
    private final double[][] order;
    /** Half the window value of the sample each row holds (zero past nperseg); halving makes the split exact. */
    private final double[] winRe;
    private final double[] winIm;
    /** exp(-2 pi i k / m), k < m/2. */
    private final double[] cosM;
    private final double[] sinM;
    /** exp(-2 pi i k / n), k <= m/2. */
    private final double[] cosN;
    private final double[] sinN;
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
        re = new double[m][width];
        im = new double[m][width];
        order = new double[n][];
        winRe = new double[m];
        winIm = new double[m];
        timeRe = new double[m];
        timeIm = new double[m];
        var w = spec.window();
        var centre = (spec.nperseg() - 1) / 2.0;
        for (int i = 0; i < m; i++) {
            int r = reversed(i);
            order[2 * i] = re[r];
            order[2 * i + 1] = im[r];
            winRe[r] = (double) (2 * i < w.length ? w[2 * i] / 2 : 0);
            winIm[r] = (double) (2 * i + 1 < w.length ? w[2 * i + 1] / 2 : 0);
            timeRe[r] = (double) (2 * i - centre);
            timeIm[r] = (double) (2 * i + 1 - centre);
        }
        cosM = new double[Math.max(1, m / 2)];
        sinM = new double[cosM.length];
        for (int k = 0; k < m / 2; k++) {
            cosM[k] = (double) Twiddle.cos(k, m);
            sinM[k] = (double) -Twiddle.sin(k, m);
        }
        cosN = new double[m / 2 + 1];
        sinN = new double[m / 2 + 1];
        for (int k = 0; k <= m / 2; k++) {
            cosN[k] = (double) Twiddle.cos(k, n);
            sinN[k] = (double) -Twiddle.sin(k, n);
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
        transpose(x, first, hop * s.stride(), s.stride(), hop, lane, chunks);
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
        transpose(x, first, step, s.stride(), avail, lane, count);
        for (int j = avail; j < spec.nperseg(); j++) {
            Arrays.fill(order[j], lane, lane + count, 0);
        }
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
     * Sums i: of x[at + j stride] and of j x[at + j stride] over j < len (the latter for linear detrending only),
     * accumulated in float64 in both twins (the accumulators are declared {@code var} from float64 literals).
     */
    private void sums(double[] x, int at, int stride, int len, int i, SegmentTrend.Sums out) {
        var s0 = 0.0;
        var s1 = 0.0;
        var s2 = 0.0;
        var s3 = 0.0;
        int j = 0;
        for (int k = at; j + 3 < len; j += 4, k += 4 * stride) {
            s0 += x[k];
            s1 += x[k + stride];
            s2 += x[k + 2 * stride];
            s3 += x[k + 3 * stride];
        }
        for (; j < len; j++) {
            s0 += x[at + j * stride];
        }
        var t = 0.0;
        if (spec.detrend() == DetrendType.LINEAR) {
            var time = 0.0;
            for (int k = at; time < len; time += 1, k += stride) {
                t += time * x[k];
            }
        }
        out.set(i, (s0 + s1) + (s2 + s3), t);
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

    /** rows[j][lane + c] = x[first + c * step + j * stride] for j < rows, c < count, eight rows at a time. */
    private void transpose(double[] x, int first, int step, int stride, int rows, int lane, int count) {
        int j = 0;
        if (stride == 1) {
            for (; j + 8 <= rows; j += 8) {
                transpose8(x, first + j, step, j, lane, count);
            }
        }
        for (; j < rows; j++) {
            transpose1(x, first + j * stride, step, order[j], lane, count);
        }
    }

    /** rows[j0 + i][lane + c] = x[at + c * step + i] for i < 8, c < count. */
    private void transpose8(double[] x, int at, int step, int j0, int lane, int count) {
        double[] r0 = order[j0];
        double[] r1 = order[j0 + 1];
        double[] r2 = order[j0 + 2];
        double[] r3 = order[j0 + 3];
        double[] r4 = order[j0 + 4];
        double[] r5 = order[j0 + 5];
        double[] r6 = order[j0 + 6];
        double[] r7 = order[j0 + 7];
        for (int b = lane, i = at; b < lane + count; b++, i += step) {
            r0[b] = x[i];
            r1[b] = x[i + 1];
            r2[b] = x[i + 2];
            r3[b] = x[i + 3];
            r4[b] = x[i + 4];
            r5[b] = x[i + 5];
            r6[b] = x[i + 6];
            r7[b] = x[i + 7];
        }
    }

    private static void transpose1(double[] x, int at, int step, double[] row, int lane, int count) {
        for (int b = lane, i = at; b < lane + count; b++, i += step) {
            row[b] = x[i];
        }
    }

    // ---- the transform --------------------------------------------------------------------------------------

    @Override
    void transform() {
        for (int j = spec.nperseg(); j < n; j++) {
            Arrays.fill(order[j], 0);
        }
        int[] p = plan;
        for (int i = 0; i < p.length; i += 3) {
            int a = p[i];
            int b = p[i + 1];
            int w = p[i + 2];
            if (b < 0) {
                prepare(a);
            } else if (w == 0) {
                butterfly(re[a], im[a], re[b], im[b]);
            } else {
                butterfly(re[a], im[a], re[b], im[b], cosM[w], sinM[w]);
            }
        }
        split();
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

    private void butterfly(double[] ar, double[] ai, double[] br, double[] bi) {
        for (int b = 0; b < lanes; b++) {
            double xr = ar[b];
            double xi = ai[b];
            double yr = br[b];
            double yi = bi[b];
            ar[b] = xr + yr;
            ai[b] = xi + yi;
            br[b] = xr - yr;
            bi[b] = xi - yi;
        }
    }

    private void butterfly(double[] ar, double[] ai, double[] br, double[] bi, double wr, double wi) {
        for (int b = 0; b < lanes; b++) {
            double yr = br[b];
            double yi = bi[b];
            double tr = wr * yr - wi * yi;
            double ti = wr * yi + wi * yr;
            double xr = ar[b];
            double xi = ai[b];
            ar[b] = xr + tr;
            ai[b] = xi + ti;
            br[b] = xr - tr;
            bi[b] = xi - ti;
        }
    }

    /**
     * The real transform from the complex one Z of the halved input: X[k] = E[k] + W^k O[k] and X[m-k] =
     * conj(E[k] - W^k O[k]) with 2E[k] = Z[k] + conj(Z[m-k]), 2i O[k] = Z[k] - conj(Z[m-k]); since Z is halved,
     * X needs no factor 1/2. X[0] goes to re[0], X[m] to im[0] (both real).
     */
    private void split() {
        edges(re[0], im[0]);
        for (int k = 1; k <= m / 2; k++) {
            split(re[k], im[k], re[m - k], im[m - k], cosN[k], sinN[k]);
        }
    }

    private void edges(double[] r0, double[] i0) {
        for (int b = 0; b < lanes; b++) {
            double x = r0[b];
            double y = i0[b];
            r0[b] = (x + y) + (x + y);
            i0[b] = (x - y) + (x - y);
        }
    }

    private void split(double[] zr, double[] zi, double[] yr, double[] yi, double wr, double wi) {
        for (int b = 0; b < lanes; b++) {
            double a = zr[b] + yr[b];
            double q = zi[b] - yi[b];
            double c = zi[b] + yi[b];
            double d = zr[b] - yr[b];
            double u = wr * c + wi * d;
            double v = wi * c - wr * d;
            zr[b] = a + u;
            zi[b] = q + v;
            yr[b] = a - u;
            yi[b] = v - q;
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
