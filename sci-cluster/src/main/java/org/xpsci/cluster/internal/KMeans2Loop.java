package org.xpsci.cluster.internal;

import org.xpsci.cluster.vq.KMeans2Result;
import org.xpsci.cluster.vq.Missing;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * kmeans2's iterations (exactly {@code iter}: label every observation with its nearest centroid, move every
 * centroid to the mean of its observations, an empty cluster keeping its centroid). Host data runs the fused
 * multi-core pass ({@link HostAssign}); other data the blocked portable kernels.
 */
final class KMeans2Loop {

    private KMeans2Loop() {
    }

    /**
     * Runs the iterations from {@code init} (k, d) over {@code data} (n, d), or (n,) when {@code oneD}.
     *
     * @param data2 data as (n, d) (a reshape of 1-d data)
     */
    static KMeans2Result run(ArrayNamespace xp, NdArray data, NdArray data2, NdArray init, int iter, Missing missing) {
        boolean oneD = data.ndim() == 1;
        if (Xp.fastPathsEnabled() && Xp.hostBuffer(data).isPresent()) {
            return host(data, Xp.hostBuffer(data).get(), init, iter, missing, oneD);
        }
        return portable(xp, data2, init, iter, missing, oneD);
    }

    private static KMeans2Result host(NdArray data, HostBuffer buffer, NdArray init, int iter, Missing missing,
                                      boolean oneD) {
        HostRows rows = iter > 1 ? new HostRows(buffer).cache() : new HostRows(buffer);
        int n = rows.rows();
        int d = rows.cols();
        int k = init.shape(0);
        boolean float32 = data.dtype() == DType.FLOAT32;
        double[] cb = HostValues.doubles(init, "kmeans2", "k");
        double[] next = new double[cb.length];
        int[] labels = new int[n];
        for (int it = 0; it < iter; it++) {
            HostAssign.Step step = HostAssign.step(rows, cb, k, labels, false);
            if (CodeBook.means(step, cb, k, d, float32, next)) {
                EmptyClusters.handle(missing);
            }
            double[] t = cb;
            cb = next;
            next = t;
        }
        NdArray centroid = oneD ? HostResults.real(data, cb, data.dtype(), k)
                : HostResults.real(data, cb, data.dtype(), k, d);
        return new KMeans2Result(centroid, HostResults.int32(data, labels, n));
    }

    private static KMeans2Result portable(ArrayNamespace xp, NdArray data2, NdArray init, int iter, Missing missing,
                                          boolean oneD) {
        int k = init.shape(0);
        NdArray cb = init.dtype() == data2.dtype() ? init : xp.astype(init, data2.dtype());
        NdArray labels = null;
        for (int it = 0; it < iter; it++) {
            labels = PortableNearest.codes(xp, data2, cb, false).code();
            PortableCentroids.Sums s = PortableCentroids.sums(xp, data2, labels, k);
            if (!xp.all(xp.greater(s.counts(), xp.zerosLike(s.counts()))).booleanValue()) {
                EmptyClusters.handle(missing);
            }
            cb = PortableCentroids.means(xp, s, cb);
        }
        return new KMeans2Result(oneD ? xp.reshape(cb, k) : cb, labels);
    }
}
