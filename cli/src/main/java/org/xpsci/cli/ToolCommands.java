package org.xpsci.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.xpsci.cli.internal.BackendReport;
import org.xpsci.cli.internal.CommandGroup;
import org.xpsci.cli.internal.Console;
import org.xpsci.cli.internal.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
}
