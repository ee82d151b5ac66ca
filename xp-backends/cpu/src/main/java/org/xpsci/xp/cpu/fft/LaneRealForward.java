package org.xpsci.xp.cpu.fft;

import org.xpsci.xp.DType;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.cpu.kernel.Parallel;
import org.xpsci.xp.spi.fft.DoubleLaneFft;
import org.xpsci.xp.spi.fft.FloatLaneFft;

/**
 * rfft (and ihfft) of many short lines at once with xp-core's lane FFT, which transforms a batch of lines
 * together and vectorises across them: it takes over from the line-by-line {@link AxisPass} when the length is a
 * power of two from {@link #MIN_LENGTH} to {@link #MAX_LENGTH}, there are at least {@link #MIN_LINES} lines,
 * the output's lines are contiguous and evenly spaced, and the input's lines are evenly spaced (any stride along
 * them). float64 computes in float64; float32 computes in float32, as NumPy 2 does.
 */
public final class LaneRealForward {

    /** The shortest transform worth batching. */
    static final int MIN_LENGTH = 16;
    /** The longest transform batched: a batch of 128 lines of 4096 points is 4 MiB. */
    static final int MAX_LENGTH = 4096;
    /** The fewest lines worth batching. */
    static final int MIN_LINES = 32;

    /** The kernel each thread used last, reused while length and lanes match (a few MB at most per thread). */
    private static final ThreadLocal<Object> KERNELS = new ThreadLocal<>();

    private LaneRealForward() {
    }

    /**
     * Transforms {@code src} along {@code axis} into {@code dst} when the conditions above hold, transform length
     * {@code n} ({@code src} cropped or zero-padded to it), times {@code scale}, conjugated when asked; returns
     * whether it did.
     */
    public static boolean run(HostBuffer src, HostBuffer dst, int axis, int n, double scale, boolean conjugate) {
        boolean single = src.dtype() == DType.FLOAT32 && dst.dtype() == DType.COMPLEX64;
        boolean dbl = src.dtype() == DType.FLOAT64 && dst.dtype() == DType.COMPLEX128;
        if (!(single || dbl) || n < MIN_LENGTH || n > MAX_LENGTH || Integer.bitCount(n) != 1
                || dst.strides()[axis] != 1) {
            return false;
        }
        long lines = 1;
        for (int k = 0; k < dst.shape().length; k++) {
            lines *= k == axis ? 1 : dst.shape()[k];
        }
        int srcStep = lineStep(src, axis);
        int dstStep = lineStep(dst, axis);
        if (lines < MIN_LINES || srcStep == Integer.MIN_VALUE || dstStep == Integer.MIN_VALUE) {
            return false;
        }
        Job job = new Job(src, dst, axis, n, scale, conjugate, (int) lines, srcStep, dstStep,
                lanes((int) lines, single));
        int batches = (job.lines + job.lanes - 1) / job.lanes;
        int chunks = Math.min(batches, Parallel.chunks(lines * n, AxisPass.GRAIN));
        int per = (batches + chunks - 1) / chunks;
        Parallel.forEach(chunks, c -> {
            for (int b = c * per; b < Math.min(batches, (c + 1) * per); b++) {
                job.batch(b);
            }
        });
        return true;
    }

    /**
     * Lanes per batch: C2 picks its vector width from a loop's trip count and uses the widest from about 256
     * floats or 128 doubles; fewer when that would leave a thread without a batch.
     */
    private static int lanes(int lines, boolean single) {
        int most = single ? 256 : 128;
        int share = (lines + Parallel.threads() - 1) / Parallel.threads();
        return Math.max(16, Math.min(most, (share + 15) / 16 * 16));
    }

    /**
     * The distance between consecutive lines when every line starts at {@code offset + i * step} (the axes other
     * than {@code axis} collapse into one), else {@link Integer#MIN_VALUE}.
     */
    static int lineStep(HostBuffer b, int axis) {
        int[] shape = b.shape();
        int[] strides = b.strides();
        long step = 0;
        long expected = 0;
        boolean first = true;
        for (int k = shape.length - 1; k >= 0; k--) {
            if (k == axis || shape[k] == 1) {
                continue;
            }
            if (first) {
                step = strides[k];
                first = false;
            } else if (strides[k] != expected) {
                return Integer.MIN_VALUE;
            }
            expected = (long) strides[k] * shape[k];
        }
        return (int) step;
    }

    /** One call's batches: batch i covers lines i·lanes ... */
    private record Job(HostBuffer src, HostBuffer dst, int axis, int n, double scale, boolean conjugate, int lines,
                       int srcStep, int dstStep, int lanes) {

        void batch(int i) {
            int first = i * lanes;
            int count = Math.min(lanes, lines - first);
            int rows = Math.min(n, src.shape()[axis]);
            int stride = src.strides()[axis];
            int from = src.offset() + first * srcStep;
            int to = dst.offset() + first * dstStep;
            if (src.dtype() == DType.FLOAT32) {
                FloatLaneFft fft = KERNELS.get() instanceof FloatLaneFft f && f.n() == n && f.lanes() == lanes ? f
                        : cache(new FloatLaneFft(n, lanes));
                fft.load(src.floats(), from, srcStep, stride, rows, 0, count, 0.5f);
                fft.zero(rows, n, 0, lanes);
                fft.transform(null);
                fft.store(dst.floats(), to, dstStep, count, (float) scale, conjugate);
            } else {
                DoubleLaneFft fft = KERNELS.get() instanceof DoubleLaneFft d && d.n() == n && d.lanes() == lanes ? d
                        : cache(new DoubleLaneFft(n, lanes));
                fft.load(src.doubles(), from, srcStep, stride, rows, 0, count, 0.5);
                fft.zero(rows, n, 0, lanes);
                fft.transform(null);
                fft.store(dst.doubles(), to, dstStep, count, scale, conjugate);
            }
        }

        private static <T> T cache(T kernel) {
            KERNELS.set(kernel);
            return kernel;
        }
    }
}
