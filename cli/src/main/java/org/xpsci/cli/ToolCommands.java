package org.xpsci.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.xpsci.bench.Workload;
import org.xpsci.bench.Workloads;
import org.xpsci.cli.internal.BackendOptions;
import org.xpsci.cli.internal.BackendReport;
import org.xpsci.cli.internal.BenchRun;
import org.xpsci.cli.internal.CommandGroup;
import org.xpsci.cli.internal.Console;
import org.xpsci.cli.internal.Demo;
import org.xpsci.cli.internal.DemoTable;
import org.xpsci.cli.internal.PsdPlot;
import org.xpsci.cli.internal.TestSignal;
import org.xpsci.cli.internal.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.xpsci.xp.Xp;

/** The commands about xpsci itself: info, demo and bench. */
@CommandGroup("About xpsci")
final class ToolCommands {

    private ToolCommands() {
    }

    @Command(name = "info", description = "Lists the backends: availability (with the reason when unavailable),"
            + " devices, extensions and accelerators; and the Java runtime.")
    static int info(@Mixin Console console,
                    @Option(names = "--json", description = "Print one JSON object instead of text.") boolean json) {
        Map<String, Object> report = BackendReport.collect(new Xpsci.Version().getVersion()[0]);
        PrintWriter out = console.out();
        if (json) {
            out.println(Json.write(report));
        } else {
            BackendReport.lines(report).forEach(out::println);
        }
        out.flush();
        return 0;
    }

    @Command(name = "demo", description = "Analyses the seed paper's test signal (fs = 10 kHz, a 2 Vrms sine at"
            + " 1234 Hz, white noise of 0.001 V**2/Hz) on one backend: welch, rfft, ttest_ind and kmeans2, each"
            + " timed; --plot draws the PSD. Needs no files and no network.")
    static int demo(@Mixin BackendOptions backend,
                    @Option(names = "--n", paramLabel = "N", defaultValue = "1000000",
                            description = "Number of samples (default: ${DEFAULT-VALUE}, 100 s of signal).") int n,
                    @Option(names = "--seed", paramLabel = "S", defaultValue = "1234",
                            description = "Seed of the noise (default: ${DEFAULT-VALUE}).") long seed,
                    @Option(names = "--plot", paramLabel = "FILE.png",
                            description = "Also draw the Welch PSD, log scale, to this PNG file.") Path plot) {
        Demo d = Demo.run(backend.namespace(), n, seed);
        PrintWriter out = backend.out();
        DemoTable.lines(d, n, backend.backendName(), Xp.fastPathsEnabled()).forEach(out::println);
        if (plot != null) {
            TestSignal s = d.signal();
            PsdPlot.write(plot, Demo.host(d.psd().f()), Demo.host(d.psd().pxx()), String.format(
                    "Welch PSD of the test signal (fs = %.0f Hz, nperseg = %d, %,d samples, %s backend)", s.fs(),
                    Demo.NPERSEG, n, backend.backendName()), s.frequency(),
                    String.format("sine at %.0f Hz", s.frequency()));
            out.println();
            out.println("plot: " + plot);
        }
        out.flush();
        return 0;
    }

    @Command(name = "bench", description = "Times a benchmark workload (the workloads of the JMH benchmarks and of"
            + " benchmarks/python/bench_scipy.py): inputs generated untimed, one warm-up run, then --repeat timed"
            + " runs; prints the median and minimum.")
    static int bench(@Mixin BackendOptions backend,
                     @Parameters(index = "0", paramLabel = "WORKLOAD", completionCandidates = WorkloadNames.class,
                             description = "The workload's name: ${COMPLETION-CANDIDATES}.") String workload,
                     @Option(names = "--n", paramLabel = "N", defaultValue = "0",
                             description = "Problem size: elements, or the side of a square matrix (default: the"
                                     + " workload's).") long n,
                     @Option(names = "--repeat", paramLabel = "R", defaultValue = "10",
                             description = "Timed runs after the warm-up (default: ${DEFAULT-VALUE}).") int repeat,
                     @Option(names = "--json", description = "Print one JSON object (the keys bench_scipy.py"
                             + " writes) instead of text.") boolean json) {
        Workload w = Workloads.get(workload);
        BenchRun run = BenchRun.measure(w, backend.namespace(), n, repeat, Xp.fastPathsEnabled());
        PrintWriter out = backend.out();
        out.println(json ? Json.write(run.toJson()) : run.toText());
        out.flush();
        return 0;
    }

    /** The installed workload names, for the help text. */
    static final class WorkloadNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Workloads.names().iterator();
        }
    }
}
