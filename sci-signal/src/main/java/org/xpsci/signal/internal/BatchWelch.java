package org.xpsci.signal.internal;

/**
 * {@link HostWelch}'s work on one piece by {@link SegmentBatch}es: segments transformed a batch at a time,
 * spectra accumulated per lane and added into per-line sums when the lanes move to another line (float32 lanes
 * also every {@link #FLOAT_BATCHES} batches, so that no lane sums more than that many values in float32), or
 * kept per segment for the median.
 */
final class BatchWelch {

    /** Batches a float32 lane accumulates before its sum moves to float64. */
    static final int FLOAT_BATCHES = 16;

    private BatchWelch() {
    }

    /** Whether the piece runs in batches: a supported spec, and enough segments to fill half a batch. */
    static boolean suits(SegmentSpec spec, SegmentSource x, SegmentSource y, WorkSplit w, boolean single) {
        long segments = (long) (w.line1() - w.line0()) * (w.p1() - w.p0());
        return SegmentBatch.supports(spec, single, x, y) && 2 * segments >= SegmentBatch.lanes(single);
    }

    /** The piece's sums over its segments, per line of the piece: {@code [line - line0][HostWelch row]}. */
    static double[] sums(SegmentSpec spec, SegmentSource x, SegmentSource y, WorkSplit w, HostWelch.Kind kind,
                         boolean single) {
        SegmentBatch bx = SegmentBatch.create(spec, single, kind.width);
        SegmentBatch by = y == null ? null : SegmentBatch.create(spec, single, 0);
        LineTotals totals = LineTotals.sums(w.line0(), w.line1() - w.line0(), kind.width * spec.nfreq());
        LaneRuns runs = new LaneRuns(w, bx.lanes);
        int pending = 0;
        while (runs.next()) {
            transform(bx, by, x, y, runs);
            accumulate(kind, bx, by);
            pending++;
            if (!runs.sameLineNext() || single && pending == FLOAT_BATCHES) {
                bx.flush(runs, totals);
                pending = 0;
            }
        }
        return totals.values();
    }

    /** Each segment's values of the piece into rows[line][row * nseg + segment] (HostWelch's median layout). */
    static void perSegment(SegmentSpec spec, SegmentSource x, SegmentSource y, WorkSplit w, HostWelch.Kind kind,
                           boolean single, double[][] rows, int nseg) {
        SegmentBatch bx = SegmentBatch.create(spec, single, kind.width);
        SegmentBatch by = y == null ? null : SegmentBatch.create(spec, single, 0);
        LineTotals totals = LineTotals.perSegment(rows, nseg);
        LaneRuns runs = new LaneRuns(w, bx.lanes);
        while (runs.next()) {
            transform(bx, by, x, y, runs);
            accumulate(kind, bx, by);
            bx.scatter(runs, totals);
        }
    }

    private static void transform(SegmentBatch bx, SegmentBatch by, SegmentSource x, SegmentSource y,
                                  LaneRuns runs) {
        bx.load(x, runs);
        bx.transform();
        if (by != null) {
            by.load(y, runs);
            by.transform();
        }
    }

    /** AUTO [f], CROSS [f][re, im], COHERENCE [xx f | yy f | xy f re, im], as HostWelch lays them out. */
    private static void accumulate(HostWelch.Kind kind, SegmentBatch bx, SegmentBatch by) {
        switch (kind) {
            case AUTO -> bx.addPower(bx, 0);
            case CROSS -> bx.addCross(by, 0);
            case COHERENCE -> {
                bx.addPower(bx, 0);
                bx.addPower(by, 1);
                bx.addCross(by, 2);
            }
        }
    }
}
