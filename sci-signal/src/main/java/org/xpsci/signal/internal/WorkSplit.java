package org.xpsci.signal.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * How a host computation over {@code lines × segments} is split among worker threads: whole groups of lines
 * when there are many, otherwise ranges of segments of one line. Four pieces per thread, and up to sixteen when
 * each still holds {@link #PIECE_SEGMENTS} segments: on a shared machine one thread can stall for a while, and
 * smaller pieces let the others take its share (welch of 50 M points on two threads, medians of eight
 * interleaved pairs of JMH runs: float64 177 ms with four pieces per thread, 155 ms with sixteen; float32 112
 * and 114 ms).
 *
 * @param line0 first line
 * @param line1 one past the last line
 * @param p0    first segment
 * @param p1    one past the last segment
 */
record WorkSplit(int line0, int line1, int p0, int p1) {

    /** Work below which (segments × FFT length) everything runs on the calling thread. */
    private static final long SERIAL_WORK = 1L << 15;

    /** Segments a piece keeps when the split goes past four pieces per thread (four float32 batches). */
    private static final long PIECE_SEGMENTS = 1024;

    /** The pieces, in line then segment order. */
    static List<WorkSplit> of(int lines, int segments, int nfft) {
        List<WorkSplit> out = new ArrayList<>();
        int threads = HostPool.threads();
        long work = (long) lines * segments * Math.max(nfft, 1);
        long fine = Math.min(threads * 16L, (long) lines * segments / PIECE_SEGMENTS);
        int target = threads == 1 || work < SERIAL_WORK ? 1 : (int) Math.max(threads * 4L, fine);
        if (lines >= target) {
            for (int i = 0; i < target; i++) {
                int a = (int) ((long) lines * i / target);
                int b = (int) ((long) lines * (i + 1) / target);
                if (b > a) {
                    out.add(new WorkSplit(a, b, 0, segments));
                }
            }
            return out;
        }
        int pieces = Math.min(segments, (target + lines - 1) / lines);
        for (int line = 0; line < lines; line++) {
            for (int i = 0; i < pieces; i++) {
                int a = (int) ((long) segments * i / pieces);
                int b = (int) ((long) segments * (i + 1) / pieces);
                if (b > a) {
                    out.add(new WorkSplit(line, line + 1, a, b));
                }
            }
        }
        return out;
    }
}
