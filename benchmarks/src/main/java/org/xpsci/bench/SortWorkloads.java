package org.xpsci.bench;

import java.util.List;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;

/**
 * Sorting, set and advanced-indexing workloads (the twins of {@code sorting} in bench_scipy.py): stable sort
 * and argsort of 2 M float64, sort of 2000 rows of 1000, unique_values of 2 M small int32, unique_all of 1 M
 * float64, and a boolean-mask gather of 10 M float64.
 */
public final class SortWorkloads implements WorkloadProvider {

    @Override
    public List<Workload> workloads() {
        return List.of(
                new CoreWorkloads.Simple("sort-f64", 2_000_000L, (xp, n) -> {
                    NdArray x = CoreWorkloads.random(xp, n, DType.FLOAT64);
                    return () -> xp.sort(x);
                }),
                new CoreWorkloads.Simple("argsort-f64", 2_000_000L, (xp, n) -> {
                    NdArray x = CoreWorkloads.random(xp, n, DType.FLOAT64);
                    return () -> xp.argsort(x);
                }),
                new CoreWorkloads.Simple("sort-rows-f64", 2_000_000L, (xp, n) -> {
                    NdArray x = xp.reshape(CoreWorkloads.random(xp, n, DType.FLOAT64), -1, 1000);
                    return () -> xp.sort(x, -1, false, true);
                }),
                new CoreWorkloads.Simple("unique-i32", 2_000_000L, (xp, n) -> {
                    NdArray x = smallInts(xp, n);
                    return () -> xp.uniqueValues(x);
                }),
                new CoreWorkloads.Simple("unique-all-f64", 1_000_000L, (xp, n) -> {
                    NdArray x = CoreWorkloads.random(xp, n, DType.FLOAT64);
                    return () -> xp.uniqueAll(x).counts();
                }),
                new CoreWorkloads.Simple("mask-get-f64", 10_000_000L, (xp, n) -> {
                    NdArray x = CoreWorkloads.random(xp, n, DType.FLOAT64);
                    NdArray mask = x.less(0.5);
                    return () -> x.get(Index.mask(mask));
                }));
    }

    /** int32 values in [0, 6000): floor(6000 * uniform). */
    private static NdArray smallInts(ArrayNamespace xp, long n) {
        return xp.astype(CoreWorkloads.random(xp, n, DType.FLOAT64).multiply(6000.0), DType.INT32);
    }
}
