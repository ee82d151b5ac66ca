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

        /**
         * Waits until a result is really computed: reading one element back to the host makes an asynchronous
         * backend (cuda) finish the work queued before it; for eager host backends it costs nothing.
         */
        default void await(Object result) {
            if (result instanceof NdArray a && a.size() > 0) {
                a.get(new long[a.ndim()]).complexValue();
            } else if (result instanceof Iterable<?> it) {
                for (Object o : it) {
                    await(o);
                }
            } else if (result instanceof Record r) {
                for (var c : r.getClass().getRecordComponents()) {
                    try {
                        await(c.getAccessor().invoke(r));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read result component " + c.getName(), e);
                    }
                }
            }
        }
    }
}
