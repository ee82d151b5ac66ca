package org.xpsci.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.Map;
import org.xpsci.bench.Workload;
import org.xpsci.bench.Workloads;
import org.xpsci.cli.internal.BackendOptions;
import org.xpsci.cli.internal.BackendReport;
import org.xpsci.cli.internal.BenchRun;
import org.xpsci.cli.internal.CommandGroup;
import org.xpsci.cli.internal.Console;
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
