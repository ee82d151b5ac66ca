package org.xpsci.bench.cluster;

import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.xpsci.bench.Workload;
import org.xpsci.bench.WorkloadProvider;
import org.xpsci.cluster.hierarchy.Hierarchy;
import org.xpsci.cluster.hierarchy.LinkageMethod;
import org.xpsci.cluster.vq.KMeans2Options;
import org.xpsci.cluster.vq.Minit;
import org.xpsci.cluster.vq.Vq;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * The sci-cluster workloads (issue 7), twins of {@code cluster} in bench_scipy.py: kmeans2 on 200,000 x 16
 * float64 with k = 16, 10 iterations from the first 16 rows (minit matrix); vq of 1,000,000 x 16 against 64
 * codes; Ward linkage of 5,000 points in 16 dimensions. Data is uniform in [0, 1) from a fixed seed; the size
 * is the number of observations.
 */
public final class ClusterWorkloads implements WorkloadProvider {

    private static final int FEATURES = 16;

    @Override
    public List<Workload> workloads() {
        return List.of(
                new Named("kmeans2", 200_000L, (xp, n) -> {
                    NdArray data = uniform(xp, n);
                    NdArray init = data.get(Index.range(0, 16), Index.all());
                    KMeans2Options o = KMeans2Options.defaults().withMinit(Minit.MATRIX).withIter(10);
                    return () -> Vq.kmeans2(data, init, o).centroid();
                }),
                new Named("vq", 1_000_000L, (xp, n) -> {
                    NdArray obs = uniform(xp, n);
                    NdArray codes = uniform(xp, 64);
                    return () -> Vq.vq(obs, codes).dist();
                }),
                new Named("linkage-ward", 5_000L, (xp, n) -> {
                    NdArray x = uniform(xp, n);
                    return () -> Hierarchy.linkage(x, LinkageMethod.WARD);
                }));
    }

    /** n x 16 float64 values uniform in [0, 1), from a fixed seed. */
    private static NdArray uniform(ArrayNamespace xp, long n) {
        Random r = new Random(42 + n);
        double[] v = new double[Math.toIntExact(n * FEATURES)];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextDouble();
        }
        return xp.reshape(xp.asarray(v), Math.toIntExact(n), FEATURES);
    }

    /** A workload made of a name, a default size and a preparation function. */
    private record Named(String name, long defaultSize, BiFunction<ArrayNamespace, Long, Prepared> setup)
            implements Workload {
        @Override
        public Prepared prepare(ArrayNamespace xp, long size) {
            return setup.apply(xp, size);
        }
    }
}
