package org.xpsci.signal.internal;

/**
 * The host transform of many segments at once, for one-sided spectra of real signals whose FFT length is a power
 * of two: a batch loads up to {@link #lanes} segments ({@link LaneRuns}), detrends, windows and FFTs them
 * together (the FFT is xp-core's lane FFT, {@code DoubleLaneFft} or its float32 twin), and accumulates spectra
 * per lane, which {@link #flush} adds into per-line totals. Its loops run
 * along the batch (one lane per segment), which the JIT turns into SIMD instructions — twice as many lanes in
 * float32 ({@code FloatSegmentBatch}, generated from {@link DoubleSegmentBatch}) as in float64. Not
 * thread-safe: each worker makes its own.
 */
abstract class SegmentBatch {

    /**
     * Extra lanes at the end of every row: room for the chunked load's overhang, and a row length that is not a
     * multiple of 4 KiB (rows at such distances contend for the same cache sets).
     */
    static final int PAD = org.xpsci.xp.spi.fft.DoubleLaneFft.PAD;
    /** The most hop-long chunks per segment for which loading goes by chunks (each sample read once). */
    static final int MAX_CHUNKS = 4;

    final SegmentSpec spec;
    /** FFT length, its half (the complex FFT's length) and the number of bins n/2 + 1. */
    final int n;
    final int m;
    final int nfreq;
    /** Segments per batch: the trip count of every vector loop. */
    final int lanes;

    SegmentBatch(SegmentSpec spec, int lanes) {
        this.spec = spec;
        this.n = spec.nfft();
        this.m = n / 2;
        this.nfreq = m + 1;
        this.lanes = lanes;
    }

    /**
     * Segments per batch: C2 picks its vector width from a loop's profiled trip count and uses the widest
     * (16 floats, 8 doubles) from about 256 floats or 128 doubles; rows of that length keep a batch of 1024-point
     * segments near 1 MiB.
     */
    static int lanes(boolean single) {
        return single ? 256 : 128;
    }

    /**
     * Whether batches can compute the spectra of {@code spec} over these sources: a one-sided real transform of
     * power-of-two length, built-in (or no) detrending, and real storage in the batch's precision (float32 when
     * {@code single}); y may be null.
     */
    static boolean supports(SegmentSpec spec, boolean single, SegmentSource x, SegmentSource y) {
        int nfft = spec.nfft();
        return !spec.twoSided() && nfft >= 2 && Integer.bitCount(nfft) == 1 && stored(x, single)
                && (y == null || stored(y, single));
    }

    private static boolean stored(SegmentSource s, boolean single) {
        return !s.complex() && (single ? s.data() instanceof float[] : s.data() instanceof double[]);
    }

    /** A batch in float32 ({@code single}) or float64 accumulating {@code parts} values per bin (1, 2 or 4). */
    static SegmentBatch create(SegmentSpec spec, boolean single, int parts) {
        return single ? new FloatSegmentBatch(spec, lanes(true), parts)
                : new DoubleSegmentBatch(spec, lanes(false), parts);
    }

    /** Loads the segments of {@code runs} from s into their lanes (other lanes keep what they held). */
    final void load(SegmentSource s, LaneRuns runs) {
        for (int i = 0; i < runs.size(); i++) {
            loadRun(s, runs.line(i), runs.first(i), runs.count(i), runs.lane(i));
        }
    }

    /**
     * Segments first .. first + count - 1 of a line into lanes lane ..: by chunks when the hop divides nperseg
     * (each sample read once, the later chunks of a segment copied from the lane that read them first), else
     * segment by segment; segments that run past the input's end are read to the end and zero-filled.
     */
    private void loadRun(SegmentSource s, int line, int first, int count, int lane) {
        int hop = spec.hop();
        int np = spec.nperseg();
        int last = s.length() >= np ? (s.length() - np) / hop : -1;
        int whole = Math.max(0, Math.min(count, last + 1 - first));
        int at = s.base()[line] + first * hop * s.stride();
        if (whole > 0 && np % hop == 0 && np / hop <= MAX_CHUNKS) {
            transposeChunks(s, lane, whole + np / hop - 1, at);
        } else if (whole > 0) {
            transposeSegments(s, lane, whole, at, np);
        }
        for (int b = whole; b < count; b++) {
            int start = (first + b) * hop;
            int avail = Math.max(0, Math.min(np, s.length() - start));
            transposeSegments(s, lane + b, 1, s.base()[line] + start * s.stride(), avail);
        }
    }

    /**
     * Reads {@code chunks} hop-long chunks starting at element {@code first} into the rows of the first hop
     * samples, lanes lane .. lane + chunks - 1, then fills the rest of each segment from the lanes to its right;
     * sets the lanes' means and slopes.
     */
    abstract void transposeChunks(SegmentSource s, int lane, int chunks, int first);

    /**
     * Reads {@code count} segments, hop apart from element {@code first}, to {@code avail} samples each (zeros
     * after) into lanes lane ..; sets their means and slopes.
     */
    abstract void transposeSegments(SegmentSource s, int lane, int count, int first, int avail);

    /** Detrends, windows and transforms every lane; the bins then replace the samples. */
    abstract void transform();

    /** Adds |X|² of {@code source}'s bins (a batch of the same kind and spec) into part {@code part}. */
    abstract void addPower(SegmentBatch source, int part);

    /**
     * Adds conj(X)·Y (X this batch's bins, Y those of {@code y}) into parts part, part + 1: real and imaginary
     * parts interleaved per bin.
     */
    abstract void addCross(SegmentBatch y, int part);

    /** Adds every lane's accumulated values into the totals of its run's line, and zeros them. */
    abstract void flush(LaneRuns runs, LineTotals totals);

    /** Stores every lane's accumulated values as its segment's own (the median keeps them all), and zeros them. */
    abstract void scatter(LaneRuns runs, LineTotals totals);

    /** Passes the bins of one lane's last transform to {@code out}, k = 0 .. n/2. */
    abstract void bins(int lane, Bins out);

    /** Receives bins. */
    interface Bins {
        /** Bin k is re + i·im. */
        void set(int k, double re, double im);
    }
}
