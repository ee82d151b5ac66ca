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
    private static final double PRECISION = 10 * 2.220446049250313e-16;

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
        return new HostMoments(b, request).compute();
    }

    private Moments<double[], boolean[]> compute() {
        int slices = bases.length;
        double[] count = new double[slices];
        double[] mean = new double[slices];
        double[] m2 = new double[slices];
        double[] m3 = request.maxOrder() >= 3 ? new double[slices] : null;
        double[] m4 = request.maxOrder() >= 4 ? new double[slices] : null;
        boolean[] hasNan = new boolean[slices];
        boolean[] loss = new boolean[slices];
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
            m2[j] = dev[1];
            if (m3 != null) {
                m3[j] = dev[2];
            }
            if (m4 != null) {
                m4[j] = dev[3];
            }
            loss[j] = count[j] > 1 && dev[4] < PRECISION * Math.abs(center);
        });
        boolean anyLoss = false;
        for (boolean l : loss) {
            anyLoss |= l;
        }
        return new Moments<>(count, mean, m2, m3, m4, hasNan, request.checkPrecision() && anyLoss);
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

    /** {sum d, sum d², sum d³, sum d⁴, max |d|} over chunk c, d = x - center (NaNs skipped under omit). */
    private double[] secondPass(int base, int c, int chunks, double center) {
        long from = (long) n * c / chunks;
        long to = (long) n * (c + 1) / chunks;
        boolean omit = request.omit();
        boolean high = request.maxOrder() >= 3;
        double[] total = new double[5];
        for (long start = from; start < to; start += BLOCK) {
            int end = (int) Math.min(to, start + BLOCK);
            int p = base + (int) start * stride;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double s4 = 0;
            double max = total[4];
            for (int k = (int) start; k < end; k++, p += stride) {
                double d = data[p] - center;
                if (omit && d != d) {
                    continue;
                }
                double d2 = d * d;
                s1 += d;
                s2 += d2;
                if (high) {
                    s3 += d2 * d;
                    s4 += d2 * d2;
                }
                double a = Math.abs(d);
                max = a > max || a != a ? a : max;
            }
            total[0] += s1;
            total[1] += s2;
            total[2] += s3;
            total[3] += s4;
            total[4] = max;
        }
        return total;
    }
}
