package org.xpsci.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.xpsci.xp.Xp;

/**
 * JMH over the shared {@link Workloads}: one benchmark, parametrised by workload, backend and size
 * (0 = the workload's default), and whether consumer fast paths are on. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar -p workload=add-f64,sum-f64}. The fork's heap is fixed and
 * pre-touched: a heap that grows and shrinks page-faults its fresh output arrays again on every call (on this
 * VM single shots of a 10 M add then ranged from 6 to 300 ms), where NumPy's allocator reuses its pages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch", "-XX:+UseG1GC"})
public class WorkloadBenchmark {

    /** The workload's name. */
    @Param({"add-f64", "add-f32", "multiply-f64", "multiply-f32", "exp-f64", "exp-f32", "sum-f64", "mean-f64",
            "matmul", "fft", "rfft", "fftn", "dct2", "solve", "svd", "eigh"})
    public String workload;

    /** The backend's name. */
    @Param({"cpu"})
    public String backend;

    /** Problem size; 0 takes the workload's default. */
    @Param({"0"})
    public long size;

    /** Whether consumer fast paths are enabled. */
    @Param({"true"})
    public boolean fastPaths;

    private Workload.Prepared prepared;

    /** Generates the inputs (untimed). */
    @Setup(Level.Trial)
    public void setUp() {
        System.setProperty(Xp.FAST_PATHS_PROPERTY, Boolean.toString(fastPaths));
        Workload w = Workloads.get(workload);
        prepared = w.prepare(Xp.backend(backend), size > 0 ? size : w.defaultSize());
    }

    /** Runs the workload once. */
    @Benchmark
    public void run(Blackhole bh) {
        Object r = prepared.run();
        prepared.await(r);
        bh.consume(r);
    }
}
