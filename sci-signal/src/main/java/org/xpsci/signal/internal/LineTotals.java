package org.xpsci.signal.internal;

/**
 * Where batches put their per-lane values, in float64: summed per line ({@link #sums}, layout
 * {@code [line - line0][row]}) or kept per segment ({@link #perSegment}, layout {@code rows[line][row * nseg +
 * segment]}, for the median). A row is one accumulated value per bin, in HostWelch's layout.
 */
final class LineTotals {

    private final double[] sums;
    private final int line0;
    private final int width;
    private final double[][] rows;
    private final int nseg;

    private LineTotals(double[] sums, int line0, int width, double[][] rows, int nseg) {
        this.sums = sums;
        this.line0 = line0;
        this.width = width;
        this.rows = rows;
        this.nseg = nseg;
    }

    /** Sums of {@code width} rows per line for lines line0 .. line0 + lines - 1, zeroed. */
    static LineTotals sums(int line0, int lines, int width) {
        return new LineTotals(new double[lines * width], line0, width, null, 0);
    }

    /** Per-segment values into rows[line][row * nseg + segment]. */
    static LineTotals perSegment(double[][] rows, int nseg) {
        return new LineTotals(null, 0, 0, rows, nseg);
    }

    /** The sums (of {@link #sums}). */
    double[] values() {
        return sums;
    }

    /** Adds v to line's value of row. */
    void add(int line, int row, double v) {
        sums[(line - line0) * width + row] += v;
    }

    /** Stores v as the value of row for segment p of line. */
    void put(int line, int row, int p, double v) {
        rows[line][row * nseg + p] = v;
    }
}
