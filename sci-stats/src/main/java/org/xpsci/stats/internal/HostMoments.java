package org.xpsci.stats.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.xpsci.xp.HostBuffer;

/**
 * Per-slice moments of a float64 host buffer along its last axis by two fused passes (sum, then the
 * deviation sums and their largest magnitude), in parallel over slices or, for a few long slices, over chunks
 * of each slice. Sums run over blocks with several accumulators and combine the blocks with Neumaier's
 * compensation, so they are as accurate as NumPy's pairwise sums.
 */
final class HostMoments {

    private static final int BLOCK = 1024;
    private static final int MIN_CHUNK = 1 << 16;

    private final double[] data;
    private final int n;
    private final int stride;
    private final int[] bases;
    private final MomentRequest request;

    private HostMoments(HostBuffer b, MomentRequest request) {
        this.data = b.doubles();
        int[] shape = b.shape();
        int[] strides = b.strides();
        this.n = shape[shape.length - 1];
        this.stride = strides[shape.length - 1];
        this.bases = SliceBases.of(shape, strides, b.offset());
        this.request = request;
    }

    /** The moments of every slice. */
    static Moments<double[], boolean[]> of(HostBuffer b, MomentRequest request) {
        HostMoments h = new HostMoments(b, request);
        if (HostColumnMoments.applies(h.bases, h.n, h.stride)) {
            return HostColumnMoments.of(h.data, h.bases[0], h.bases.length, h.n, h.stride, request);
        }
        return h.compute();
    }

    private Moments<double[], boolean[]> compute() {
        int slices = bases.length;
        int order = request.maxOrder();
        double[] count = new double[slices];
        double[] mean = new double[slices];
        double[][] sums = new double[order + 1][slices];
        boolean[] hasNan = new boolean[slices];
        boolean[] loss = new boolean[slices];
        double threshold = 10 * request.eps();
        int threads = ForkJoinPool.getCommonPoolParallelism();
        int chunks = slices >= threads ? 1 : Math.max(1, Math.min(threads, n / MIN_CHUNK));
        IntStream range = IntStream.range(0, slices);
        (slices > 1 && (long) slices * n >= MIN_CHUNK ? range.parallel() : range).forEach(j -> {
            double[] first = chunked(chunks, c -> firstPass(bases[j], c, chunks));
            count[j] = first[1];
            hasNan[j] = first[2] != 0;
            mean[j] = first[0] / first[1];
            double center = request.center() != null ? request.center() : mean[j];
            double[] dev = chunked(chunks, c -> secondPass(bases[j], c, chunks, center));
            for (int k = 1; k <= order; k++) {
                sums[k][j] = dev[k - 1];
            }
            loss[j] = count[j] > 1 && dev[order] < threshold * Math.abs(center);
        });
        boolean anyLoss = false;
        for (boolean l : loss) {
            anyLoss |= l;
        }
        return new Moments<>(count, mean, sums, hasNan, request.checkPrecision() && anyLoss);
    }

    private interface Pass {
        double[] run(int chunk);
    }

    /** Runs a pass over the chunks of one slice and adds the chunks' results (the last entry is a maximum). */
    private static double[] chunked(int chunks, Pass pass) {
        if (chunks == 1) {
            return pass.run(0);
        }
        double[][] parts = IntStream.range(0, chunks).parallel().mapToObj(pass::run).toArray(double[][]::new);
        double[] total = parts[0].clone();
        for (int c = 1; c < chunks; c++) {
            for (int k = 0; k < total.length - 1; k++) {
                total[k] += parts[c][k];
            }
            total[total.length - 1] = Math.max(total[total.length - 1], parts[c][total.length - 1]);
        }
        return total;
    }

    /** {sum, count, nan found, unused max} over chunk c of the slice at base. */
    private double[] firstPass(int base, int c, int chunks) {
        long from = (long) n * c / chunks;
        long to = (long) n * (c + 1) / chunks;
        boolean omit = request.omit();
        double sum = 0;
        double comp = 0;
        long count = 0;
        boolean nan = false;
        for (long start = from; start < to; start += BLOCK) {
            int end = (int) Math.min(to, start + BLOCK);
            int p = base + (int) start * stride;
            double block = 0;
            for (int k = (int) start; k < end; k++, p += stride) {
                double v = data[p];
                if (v != v) {
                    nan = true;
                    if (omit) {
                        continue;
                    }
                }
                block += v;
                count++;
            }
            double t = sum + block;
            comp += Math.abs(sum) >= Math.abs(block) ? (sum - t) + block : (block - t) + sum;
            sum = t;
        }
        return new double[] {sum + comp, count, nan ? 1 : 0, 0};
    }

    /** {sum d, sum d², ..., sum d^maxOrder, max |d|} over chunk c, d = x - center (NaNs skipped under omit). */
    private double[] secondPass(int base, int c, int chunks, double center) {
        long from = (long) n * c / chunks;
        long to = (long) n * (c + 1) / chunks;
        int order = request.maxOrder();
        double[] total = new double[order + 1];
        double[] block = new double[order];
        for (long start = from; start < to; start += BLOCK) {
            int end = (int) Math.min(to, start + BLOCK);
            int p = base + (int) start * stride;
            double max = order == 2 ? squares(p, (int) start, end, center, block, total[order])
                    : powers(p, (int) start, end, center, block, total[order]);
            for (int k = 0; k < order; k++) {
                total[k] += block[k];
            }
            total[order] = max;
        }
        return total;
    }

    /** Sums d and d² of one block into {@code out}; returns the running max |d| (NaN once a NaN is seen). */
    private double squares(int p, int from, int to, double center, double[] out, double max) {
        boolean omit = request.omit();
        double s1 = 0;
        double s2 = 0;
        for (int k = from; k < to; k++, p += stride) {
            double d = data[p] - center;
            if (omit && d != d) {
                continue;
            }
            s1 += d;
            s2 += d * d;
            double a = Math.abs(d);
            max = a > max || a != a ? a : max;
        }
        out[0] = s1;
        out[1] = s2;
        return max;
    }

    /** Sums d, d², ..., d^order of one block into {@code out}; returns the running max |d|. */
    private double powers(int p, int from, int to, double center, double[] out, double max) {
        boolean omit = request.omit();
        java.util.Arrays.fill(out, 0);
        for (int k = from; k < to; k++, p += stride) {
            double d = data[p] - center;
            if (omit && d != d) {
                continue;
            }
            double power = d;
            for (int o = 0; o < out.length; o++) {
                out[o] += power;
                power *= d;
            }
            double a = Math.abs(d);
            max = a > max || a != a ? a : max;
        }
        return max;
    }
}
