package org.xpsci.signal.internal;

import java.util.List;

/**
 * The host path of welch, csd and coherence: segments are read straight from the input buffers, transformed
 * by each worker thread — in batches ({@link BatchWelch}) for one-sided spectra of real signals with a
 * power-of-two FFT length, else one at a time ({@link SegmentTransform}) — and accumulated into per-worker sums
 * (the segment matrix is never built) or, for the median, kept as one value per segment and frequency.
 */
final class HostWelch {

    /** What is accumulated per frequency. */
    enum Kind {
        /** |X|², one real value ({@code welch}). */
        AUTO(1),
        /** conj(X)·Y, one complex value ({@code csd}). */
        CROSS(2),
        /** |X|², |Y|² and conj(X)·Y ({@code coherence}). */
        COHERENCE(4);

        final int width;

        Kind(int width) {
            this.width = width;
        }
    }

    private HostWelch() {
    }

    /**
     * The averaged spectra, line-major ({@code [line][frequency]}, complex interleaved for CROSS): the mean or
     * median over segments of each periodogram multiplied by {@code binScale[f]} (scaling, one-sided doubling,
     * median bias). COHERENCE returns |Pxy|²/(Pxx·Pyy), for which scales cancel.
     */
    static double[] run(SegmentSpec spec, SegmentSource x, SegmentSource y, int lines, int nseg, Kind kind,
                        boolean median, boolean single, double[] binScale) {
        int nfreq = spec.nfreq();
        double[] sums = median ? medians(spec, x, y, lines, nseg, kind, single)
                : means(spec, x, y, lines, nseg, kind, single);
        double[] out = new double[lines * nfreq * (kind == Kind.CROSS ? 2 : 1)];
        for (int line = 0; line < lines; line++) {
            int s = line * nfreq * kind.width;
            for (int f = 0; f < nfreq; f++) {
                switch (kind) {
                    case AUTO -> out[line * nfreq + f] = sums[s + f] * binScale[f];
                    case CROSS -> {
                        out[2 * (line * nfreq + f)] = sums[s + 2 * f] * binScale[f];
                        out[2 * (line * nfreq + f) + 1] = sums[s + 2 * f + 1] * binScale[f];
                    }
                    case COHERENCE -> {
                        double xx = sums[s + f];
                        double yy = sums[s + nfreq + f];
                        double re = sums[s + 2 * nfreq + 2 * f];
                        double im = sums[s + 2 * nfreq + 2 * f + 1];
                        out[line * nfreq + f] = (re * re + im * im) / xx / yy;
                    }
                }
            }
        }
        return out;
    }

    /** Sums over segments per line (layout as {@link Spectra#accumulate}); binScale divides by the count. */
    private static double[] means(SegmentSpec spec, SegmentSource x, SegmentSource y, int lines, int nseg,
                                  Kind kind, boolean single) {
        int nfreq = spec.nfreq();
        int width = kind.width;
        List<WorkSplit> work = WorkSplit.of(lines, nseg, spec.nfft());
        double[][] partial = new double[work.size()][];
        HostPool.forEach(work.size(), t -> {
            WorkSplit w = work.get(t);
            if (BatchWelch.suits(spec, x, y, w, single)) {
                partial[t] = BatchWelch.sums(spec, x, y, w, kind, single);
                return;
            }
            double[] acc = new double[(w.line1() - w.line0()) * nfreq * width];
            Spectra s = new Spectra(spec, single, y != null);
            for (int line = w.line0(); line < w.line1(); line++) {
                int off = (line - w.line0()) * nfreq * width;
                for (int p = w.p0(); p < w.p1(); p++) {
                    s.transform(x, y, line, p);
                    s.accumulate(kind, acc, off);
                }
            }
            partial[t] = acc;
        });
        double[] sums = new double[lines * nfreq * width];
        for (int t = 0; t < work.size(); t++) {
            WorkSplit w = work.get(t);
            int base = w.line0() * nfreq * width;
            double[] acc = partial[t];
            for (int i = 0; i < acc.length; i++) {
                sums[base + i] += acc[i];
            }
        }
        return sums;
    }

    /** Medians over segments per line, in the accumulate layout (real and imaginary parts separately). */
    private static double[] medians(SegmentSpec spec, SegmentSource x, SegmentSource y, int lines, int nseg,
                                    Kind kind, boolean single) {
        int nfreq = spec.nfreq();
        int width = kind.width;
        long perLine = (long) nfreq * width * nseg;
        if (perLine > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("average='median' keeps every segment's periodogram: " + nseg
                    + " segments of " + nfreq + " frequencies is more than one Java array holds; use average='mean'"
                    + " or fewer segments");
        }
        double[][] rows = new double[lines][];
        for (int line = 0; line < lines; line++) {
            rows[line] = new double[(int) perLine];
        }
        List<WorkSplit> work = WorkSplit.of(lines, nseg, spec.nfft());
        HostPool.forEach(work.size(), t -> {
            WorkSplit w = work.get(t);
            if (BatchWelch.suits(spec, x, y, w, single)) {
                BatchWelch.perSegment(spec, x, y, w, kind, single, rows, nseg);
                return;
            }
            Spectra s = new Spectra(spec, single, y != null);
            double[] one = new double[nfreq * width];
            for (int line = w.line0(); line < w.line1(); line++) {
                double[] r = rows[line];
                for (int p = w.p0(); p < w.p1(); p++) {
                    java.util.Arrays.fill(one, 0);
                    s.transform(x, y, line, p);
                    s.accumulate(kind, one, 0);
                    for (int i = 0; i < one.length; i++) {
                        r[i * nseg + p] = one[i];
                    }
                }
            }
        });
        double[] out = new double[lines * nfreq * width];
        int columns = nfreq * width;
        HostPool.forEach(lines, line -> {
            double[] r = rows[line];
            for (int i = 0; i < columns; i++) {
                out[line * columns + i] = MedianSelect.median(r, i * nseg, nseg);
            }
            rows[line] = null;
        });
        return out;
    }

    /** One worker's transforms of x (and y) and the spectra accumulated from them. */
    private static final class Spectra {
        private final SegmentTransform tx;
        private final SegmentTransform ty;
        private final int nfreq;

        Spectra(SegmentSpec spec, boolean single, boolean cross) {
            nfreq = spec.nfreq();
            tx = SegmentTransform.create(spec, single);
            ty = cross ? SegmentTransform.create(spec, single) : null;
        }

        void transform(SegmentSource x, SegmentSource y, int line, int p) {
            tx.transform(x, line, p);
            if (ty != null) {
                ty.transform(y, line, p);
            }
        }

        /** Adds this segment's values: AUTO [f], CROSS [f][re, im], COHERENCE [xx f | yy f | xy f re, im]. */
        void accumulate(Kind kind, double[] acc, int off) {
            switch (kind) {
                case AUTO -> tx.addPower(acc, off);
                case CROSS -> tx.addCross(ty, acc, off);
                case COHERENCE -> {
                    tx.addPower(acc, off);
                    ty.addPower(acc, off + nfreq);
                    tx.addCross(ty, acc, off + 2 * nfreq);
                }
            }
        }
    }
}
