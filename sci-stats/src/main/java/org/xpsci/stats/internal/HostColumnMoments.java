package org.xpsci.stats.internal;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Per-slice moments when the slices are adjacent in memory and the reduced axis is the outer one (a C-ordered
 * array reduced along axis 0): rows are read contiguously and every column of a band accumulates at once, in
 * parallel over bands of columns. Sums are blocked over rows, so rounding grows with the number of blocks.
 */
final class HostColumnMoments {

    private static final int BAND = 256;
    private static final int ROW_BLOCK = 512;

    private HostColumnMoments() {
    }

    /** Whether slice j starts at {@code bases[0] + j} for every j (adjacent slices). */
    static boolean applies(int[] bases, int n, int stride) {
        if (bases.length < 2 || stride == 1 || n < 2) {
            return false;
        }
        for (int j = 1; j < bases.length; j++) {
            if (bases[j] != bases[0] + j) {
                return false;
            }
        }
        return Math.abs(stride) >= bases.length;
    }

    static Moments<double[], boolean[]> of(double[] data, int base, int slices, int n, int stride,
            MomentRequest request) {
        int order = request.maxOrder();
        double[] count = new double[slices];
        double[] mean = new double[slices];
        double[][] sums = new double[order + 1][slices];
        boolean[] hasNan = new boolean[slices];
        double[] max = new double[slices];
        int bands = (slices + BAND - 1) / BAND;
        IntStream.range(0, bands).parallel().forEach(b -> {
            int from = b * BAND;
            int to = Math.min(slices, from + BAND);
            firstPass(data, base, n, stride, from, to, request.omit(), count, mean, hasNan);
            double[] center = new double[to - from];
            for (int j = from; j < to; j++) {
                center[j - from] = request.center() != null ? request.center() : mean[j];
            }
            secondPass(data, base, n, stride, from, to, request.omit(), center, sums, max);
        });
        boolean loss = false;
        double threshold = 10 * request.eps();
        for (int j = 0; j < slices; j++) {
            double c = request.center() != null ? request.center() : mean[j];
            loss |= count[j] > 1 && max[j] < threshold * Math.abs(c);
        }
        return new Moments<>(count, mean, sums, hasNan, request.checkPrecision() && loss);
    }

    private static void firstPass(double[] data, int base, int n, int stride, int from, int to, boolean omit,
            double[] count, double[] mean, boolean[] hasNan) {
        int w = to - from;
        double[] sum = new double[w];
        double[] block = new double[w];
        double[] cnt = new double[w];
        for (int k0 = 0; k0 < n; k0 += ROW_BLOCK) {
            Arrays.fill(block, 0);
            for (int k = k0; k < Math.min(n, k0 + ROW_BLOCK); k++) {
                int row = base + k * stride + from;
                for (int j = 0; j < w; j++) {
                    double v = data[row + j];
                    if (v != v) {
                        hasNan[from + j] = true;
                        if (omit) {
                            continue;
                        }
                    }
                    block[j] += v;
                    cnt[j]++;
                }
            }
            for (int j = 0; j < w; j++) {
                sum[j] += block[j];
            }
        }
        for (int j = 0; j < w; j++) {
            count[from + j] = cnt[j];
            mean[from + j] = sum[j] / cnt[j];
        }
    }

    private static void secondPass(double[] data, int base, int n, int stride, int from, int to, boolean omit,
            double[] center, double[][] sums, double[] max) {
        int w = to - from;
        int order = sums.length - 1;
        double[][] block = new double[order + 1][w];
        double[] peak = new double[w];
        for (int k0 = 0; k0 < n; k0 += ROW_BLOCK) {
            for (double[] b : block) {
                Arrays.fill(b, 0);
            }
            int k1 = Math.min(n, k0 + ROW_BLOCK);
            if (order == 2 && !omit) {
                squares(data, base + from, stride, k0, k1, center, block[1], block[2], peak);
            } else {
                powers(data, base + from, stride, k0, k1, center, block, peak, omit);
            }
            for (int o = 1; o <= order; o++) {
                for (int j = 0; j < w; j++) {
                    sums[o][from + j] += block[o][j];
                }
            }
        }
        System.arraycopy(peak, 0, max, from, w);
    }

    private static void squares(double[] data, int start, int stride, int k0, int k1, double[] center, double[] s1,
            double[] s2, double[] peak) {
        int w = center.length;
        for (int k = k0; k < k1; k++) {
            int row = start + k * stride;
            for (int j = 0; j < w; j++) {
                double d = data[row + j] - center[j];
                s1[j] += d;
                s2[j] += d * d;
                double a = Math.abs(d);
                peak[j] = a > peak[j] || a != a ? a : peak[j];
            }
        }
    }

    private static void powers(double[] data, int start, int stride, int k0, int k1, double[] center,
            double[][] block, double[] peak, boolean omit) {
        int w = center.length;
        int order = block.length - 1;
        for (int k = k0; k < k1; k++) {
            int row = start + k * stride;
            for (int j = 0; j < w; j++) {
                double d = data[row + j] - center[j];
                if (omit && d != d) {
                    continue;
                }
                double p = d;
                for (int o = 1; o <= order; o++) {
                    block[o][j] += p;
                    p *= d;
                }
                double a = Math.abs(d);
                peak[j] = a > peak[j] || a != a ? a : peak[j];
            }
        }
    }
}
