package org.xpsci.xp.spi.fft;

import java.util.Arrays;

/**
 * The real FFT of length n (a power of two, at least 2) of up to {@link #lanes()} float64 signals at once, one
 * signal per lane: the float64 template of the float32 twin {@code FloatLaneFft}, which the xp-core build
 * generates (write no double literals here, and cast {@code Math} results as {@code (double)}). Rows are stored
 * transposed, one array per row: {@code re[r][b]}, {@code im[r][b]} is complex point r of lane b, so every loop
 * reads and writes {@code a[b]} of a few arrays — the form C2 turns into SIMD instructions — and runs across
 * all lanes. The real FFT is a complex FFT of length m = n/2 over (even, odd) sample pairs loaded in
 * bit-reversed order ({@link LanePlan}), then the split into the n/2 + 1 bins. The split expects the samples
 * halved: {@link #load} halves when asked, or a {@link RowPreparer} folds the half into its window. After
 * {@link #transform}, bin 0 is {@code re[0]}, bin m is {@code im[0]} (both real) and bin k, 0 < k < m, is
 * {@code re[k] + i im[k]}. Not thread-safe: each worker makes its own.
 */
public final class DoubleLaneFft {

    /**
     * Extra lanes at the end of every row: room for a caller's overhang, and a row length that is not a multiple
     * of 4 KiB (rows at such distances contend for the same cache sets).
     */
    public static final int PAD = 16;

    private final int n;
    private final int m;
    private final int lanes;
    private final int[] plan;
    private final double[][] re;
    private final double[][] im;
    /** The row of sample j (even samples are real parts, odd ones imaginary parts). */
    private final double[][] order;
    /** exp(-2 pi i k / m), k < m/2. */
    private final double[] cosM;
    private final double[] sinM;
    /** exp(-2 pi i k / n), k <= m/2. */
    private final double[] cosN;
    private final double[] sinN;

    /** A transform of length {@code n} (a power of two, at least 2) over {@code lanes} lanes. */
    public DoubleLaneFft(int n, int lanes) {
        if (n < 2 || Integer.bitCount(n) != 1 || lanes < 1) {
            throw new IllegalArgumentException("a lane FFT needs a power-of-two length of at least 2 and at least"
                    + " one lane; got n=" + n + ", lanes=" + lanes);
        }
        this.n = n;
        this.m = n / 2;
        this.lanes = lanes;
        this.plan = LanePlan.steps(m);
        re = new double[m][lanes + PAD];
        im = new double[m][lanes + PAD];
        order = new double[n][];
        for (int i = 0; i < m; i++) {
            order[2 * i] = re[row(i)];
            order[2 * i + 1] = im[row(i)];
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
    }

    /** The real transform's length. */
    public int n() {
        return n;
    }

    /** The lanes every loop runs over. */
    public int lanes() {
        return lanes;
    }

    /** The complex row that holds sample pair i (samples 2i and 2i + 1): i with its log2(m) bits reversed. */
    public int row(int i) {
        int bits = Integer.numberOfTrailingZeros(m);
        return bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
    }

    /** The array that holds sample j of every lane before the transform (a row's real or imaginary part). */
    public double[] sampleRow(int j) {
        return order[j];
    }

    /** The real parts of complex row r. */
    public double[] realRow(int r) {
        return re[r];
    }

    /** The imaginary parts of complex row r. */
    public double[] imagRow(int r) {
        return im[r];
    }

    // ---- loading and storing --------------------------------------------------------------------------------

    /**
     * Sample j of lane {@code lane + c} becomes {@code factor * x[first + c*step + j*stride]}, for j < rows and
     * c < count; eight samples at a time when the samples are adjacent.
     */
    public void load(double[] x, int first, int step, int stride, int rows, int lane, int count, double factor) {
        int j = 0;
        if (stride == 1) {
            for (; j + 8 <= rows; j += 8) {
                load8(x, first + j, step, j, lane, count, factor);
            }
        }
        for (; j < rows; j++) {
            load1(x, first + j * stride, step, order[j], lane, count, factor);
        }
    }

    /** Zeros samples from .. to - 1 of lanes lane .. lane + count - 1. */
    public void zero(int from, int to, int lane, int count) {
        for (int j = from; j < to; j++) {
            Arrays.fill(order[j], lane, lane + count, 0);
        }
    }

    private void load8(double[] x, int at, int step, int j0, int lane, int count, double f) {
        double[] r0 = order[j0];
        double[] r1 = order[j0 + 1];
        double[] r2 = order[j0 + 2];
        double[] r3 = order[j0 + 3];
        double[] r4 = order[j0 + 4];
        double[] r5 = order[j0 + 5];
        double[] r6 = order[j0 + 6];
        double[] r7 = order[j0 + 7];
        for (int b = lane, i = at; b < lane + count; b++, i += step) {
            r0[b] = f * x[i];
            r1[b] = f * x[i + 1];
            r2[b] = f * x[i + 2];
            r3[b] = f * x[i + 3];
            r4[b] = f * x[i + 4];
            r5[b] = f * x[i + 5];
            r6[b] = f * x[i + 6];
            r7[b] = f * x[i + 7];
        }
    }

    private static void load1(double[] x, int at, int step, double[] row, int lane, int count, double f) {
        for (int b = lane, i = at; b < lane + count; b++, i += step) {
            row[b] = f * x[i];
        }
    }

    /**
     * Writes bins 0 .. m of lanes 0 .. count - 1 as interleaved complex values, times {@code factor} and
     * conjugated when asked: bin k of lane c goes to {@code out[2 (first + c*step + k)]} (real part) and the
     * slot after it (imaginary part). Lanes go in tiles of eight, so that each output line is written in order
     * while the rows' cache lines are read once per tile.
     */
    public void store(double[] out, int first, int step, int count, double factor, boolean conjugate) {
        double s = conjugate ? -factor : factor;
        for (int c0 = 0; c0 < count; c0 += 8) {
            int c1 = Math.min(count, c0 + 8);
            for (int c = c0; c < c1; c++) {
                int at = 2 * (first + c * step);
                out[at] = factor * re[0][c];
                out[at + 1] = 0;
                out[at + 2 * m] = factor * im[0][c];
                out[at + 2 * m + 1] = 0;
            }
            for (int k = 1; k < m; k++) {
                double[] zr = re[k];
                double[] zi = im[k];
                for (int c = c0, at = 2 * (first + c0 * step + k); c < c1; c++, at += 2 * step) {
                    out[at] = factor * zr[c];
                    out[at + 1] = s * zi[c];
                }
            }
        }
    }

    // ---- the transform --------------------------------------------------------------------------------------

    /**
     * Transforms every lane; the bins then replace the samples. {@code prepare} (may be null) runs on each
     * complex row just before the first butterfly reads it.
     */
    public void transform(RowPreparer prepare) {
        int[] p = plan;
        for (int i = 0; i < p.length; i += 3) {
            int a = p[i];
            int b = p[i + 1];
            int w = p[i + 2];
            if (b < 0) {
                if (prepare != null) {
                    prepare.prepare(a);
                }
            } else if (w == 0) {
                butterfly(re[a], im[a], re[b], im[b]);
            } else {
                butterfly(re[a], im[a], re[b], im[b], cosM[w], sinM[w]);
            }
        }
        split();
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
}
