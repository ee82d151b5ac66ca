package org.xpsci.bench;

import java.util.List;
import org.xpsci.stats.Stats;
import org.xpsci.stats.TtestOptions;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;

/**
 * sci-stats workloads (the twins of {@code stats} in bench_scipy.py): Welch's t-test of two samples of 10 M
 * float64 (normal samples: {@code ttest-ind}, the workload of {@code xpsci bench}; uniform ones:
 * {@code ttest-ind-welch-f64}), and Student's t-test along axis 1 of two 1000 x 10000 arrays.
 */
public final class StatsWorkloads implements WorkloadProvider {

    @Override
    public List<Workload> workloads() {
        return List.of(
                new CoreWorkloads.Simple("ttest-ind", 10_000_000L, (xp, n) -> {
                    NdArray a = CoreWorkloads.normal(xp, n, 42);
                    NdArray b = CoreWorkloads.normal(xp, n, 43).multiply(1.5).add(0.01);
                    TtestOptions welch = TtestOptions.defaults().withEqualVar(false);
                    return () -> Stats.ttestInd(a, b, welch).pvalue();
                }),
                new CoreWorkloads.Simple("ttest-ind-welch-f64", 10_000_000L, (xp, n) -> {
                    NdArray a = CoreWorkloads.random(xp, n, DType.FLOAT64);
                    NdArray b = CoreWorkloads.random(xp, n, DType.FLOAT64).multiply(1.1).add(0.001);
                    TtestOptions welch = TtestOptions.defaults().withEqualVar(false);
                    return () -> Stats.ttestInd(a, b, welch).pvalue();
                }),
                new CoreWorkloads.Simple("ttest-ind-rows-f64", 10_000_000L, (xp, n) -> {
                    NdArray a = xp.reshape(CoreWorkloads.random(xp, n, DType.FLOAT64), -1, 10_000);
                    NdArray b = xp.reshape(CoreWorkloads.random(xp, n, DType.FLOAT64).add(0.01), -1, 10_000);
                    TtestOptions rows = TtestOptions.defaults().withAxis(1);
                    return () -> Stats.ttestInd(a, b, rows).pvalue();
                }));
    }
}
