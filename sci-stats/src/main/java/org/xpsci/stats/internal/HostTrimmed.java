package org.xpsci.stats.internal;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.xpsci.xp.HostBuffer;

/** Yuen's trimmed statistics of each slice of a float64 host buffer, by sorting a copy of the slice. */
final class HostTrimmed {

    private HostTrimmed() {
    }

    static Trimmed<double[], boolean[]> of(HostBuffer b, double trim, boolean omit) {
        int[] shape = b.shape();
        int[] strides = b.strides();
        int n = shape[shape.length - 1];
        int stride = strides[shape.length - 1];
        int[] bases = SliceBases.of(shape, strides, b.offset());
        double[] data = b.doubles();
        int slices = bases.length;
        double[] obs = new double[slices];
        double[] h = new double[slices];
        double[] mean = new double[slices];
        double[] var = new double[slices];
        boolean[] nan = new boolean[slices];
        IntStream.range(0, slices).parallel().forEach(j -> {
            double[] v = new double[n];
            int cnt = 0;
            for (int k = 0, p = bases[j]; k < n; k++, p += stride) {
                double x = data[p];
                nan[j] |= x != x;
                if (!(omit && x != x)) {
                    v[cnt++] = x;
                }
            }
            Arrays.sort(v, 0, cnt);
            int g = (int) (cnt * trim);
            obs[j] = cnt;
            h[j] = cnt - 2 * g;
            mean[j] = mean(v, g, cnt - g);
            double lo = cnt > 0 ? v[g] : Double.NaN;
            double hi = cnt > 0 ? v[cnt - g - 1] : Double.NaN;
            for (int k = 0; k < g; k++) {
                v[k] = lo;
                v[cnt - 1 - k] = hi;
            }
            double wmean = mean(v, 0, cnt);
            double ss = 0;
            for (int k = 0; k < cnt; k++) {
                double d = v[k] - wmean;
                ss += d * d;
            }
            var[j] = ss / (cnt - 2 * g - 1);
        });
        return new Trimmed<>(obs, h, mean, var, nan);
    }

    private static double mean(double[] v, int from, int to) {
        double s = 0;
        for (int k = from; k < to; k++) {
            s += v[k];
        }
        return s / (to - from);
    }
}
