package org.xpsci.bench;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.NdArray;

/**
 * One benchmark workload: data generated once ({@link #prepare}), then an operation timed repeatedly
 * ({@link Prepared#run}). The same workloads run under JMH ({@link WorkloadBenchmark}), under
 * {@code xpsci bench}, and, in Python, under {@code benchmarks/python/bench_scipy.py}.
 */
public interface Workload {

    /** The workload's name as the scripts spell it, e.g. "add-f64". */
    String name();

    /** The default problem size (elements, or the side of a square matrix). */
    long defaultSize();

    /** Generates the inputs in {@code xp} (untimed). */
    Prepared prepare(ArrayNamespace xp, long size);

    /** Inputs ready to run. */
    interface Prepared {
        /** Runs the operation once and returns its result (so it cannot be optimised away). */
        Object run();

        /** Forces any lazy or asynchronous work of a result to finish (a no-op for eager backends). */
        default void await(Object result) {
            if (result instanceof NdArray a) {
                a.shape();
            }
        }
    }
}
