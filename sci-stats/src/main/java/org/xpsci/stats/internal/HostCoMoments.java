package org.xpsci.stats.internal;

import java.util.stream.IntStream;
import org.xpsci.xp.HostBuffer;

/** Per-slice joint sums of two float64 host buffers of one outer shape and equal length along the last axis. */
final class HostCoMoments {

    private HostCoMoments() {
    }

    static CoMoments<double[], boolean[]> of(HostBuffer x, HostBuffer y) {
        int[] shape = x.shape();
        int n = shape[shape.length - 1];
        int sx = x.strides()[shape.length - 1];
        int sy = y.strides()[shape.length - 1];
        int[] bx = SliceBases.of(shape, x.strides(), x.offset());
        int[] by = SliceBases.of(y.shape(), y.strides(), y.offset());
        double[] dx = x.doubles();
        double[] dy = y.doubles();
        int slices = bx.length;
        double[] mx = new double[slices];
        double[] my = new double[slices];
        double[] sxx = new double[slices];
        double[] syy = new double[slices];
        double[] sxy = new double[slices];
        boolean[] cx = new boolean[slices];
        boolean[] cy = new boolean[slices];
        IntStream.range(0, slices).parallel().forEach(j -> {
            double sumX = 0;
            double sumY = 0;
            boolean constX = true;
            boolean constY = true;
            double x0 = dx[bx[j]];
            double y0 = dy[by[j]];
            for (int k = 0, px = bx[j], py = by[j]; k < n; k++, px += sx, py += sy) {
                sumX += dx[px];
                sumY += dy[py];
                constX &= dx[px] == x0;
                constY &= dy[py] == y0;
            }
            double meanX = sumX / n;
            double meanY = sumY / n;
            double a = 0;
            double b = 0;
            double c = 0;
            for (int k = 0, px = bx[j], py = by[j]; k < n; k++, px += sx, py += sy) {
                double u = dx[px] - meanX;
                double v = dy[py] - meanY;
                a += u * u;
                b += v * v;
                c += u * v;
            }
            mx[j] = meanX;
            my[j] = meanY;
            sxx[j] = a;
            syy[j] = b;
            sxy[j] = c;
            cx[j] = constX;
            cy[j] = constY;
        });
        return new CoMoments<>(mx, my, sxx, syy, sxy, cx, cy);
    }
}
