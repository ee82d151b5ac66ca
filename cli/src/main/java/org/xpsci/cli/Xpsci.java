package org.xpsci.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.xpsci.cli.internal.BackendOptions;
import org.xpsci.cli.internal.CommandList;
import org.xpsci.cli.internal.ErrorReport;
import org.xpsci.cli.internal.WarningLog;
import org.xpsci.xp.FastPathScope;
import org.xpsci.xp.Xp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code xpsci} command: SciPy's functions on NumPy {@code .npy} files, the demo and the benchmarks. Run as
 * {@code java -jar cli/target/xpsci.jar <command> [--option value ...]} or {@code ./xpsci <command> ...};
 * {@code xpsci --help} lists the commands and {@code xpsci <command> --help} describes one. Exit codes: 0 on
 * success, 2 for bad input (with one {@code error:} line on standard error), 1 for an internal failure.
 */
@Command(name = "xpsci", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = Xpsci.Version.class, usageHelpWidth = 110,
        description = "SciPy's functions on NumPy .npy files, on any xpsci backend.",
        footer = {"", "Options are SciPy's parameter names in kebab-case; booleans are true/false; lists are"
                + " comma-separated. Inputs are .npy files; --out FILE.npz writes the named results.",
                "Exit codes: 0 success, 2 bad input (one 'error:' line on stderr), 1 internal failure."})
public final class Xpsci implements Runnable {

    /** The command groups, in the order {@code --help} lists them. */
    private static final List<Class<?>> GROUPS = List.of(
            SignalCommands.class, StatsCommands.class, FftCommands.class, ClusterCommands.class,
            LinalgCommands.class, ToolCommands.class);

    @Spec
    private CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        int code;
        try {
            code = commandLine(args).execute(args);
        } catch (OutOfMemoryError e) {
            code = ErrorReport.report(new PrintWriter(System.err, true), "out of memory (" + e.getMessage()
                    + "); give the JVM more with JAVA_OPTS=-Xmx<size>", ErrorReport.INTERNAL);
        }
        System.exit(code);
    }

    /**
     * A fresh {@code xpsci} command line with every command, the contract's error reporting and exit codes.
     * In-process callers run it with {@link CommandLine#execute} after {@code setOut}/{@code setErr}.
     */
    public static CommandLine commandLine() {
        return build(null);
    }

    /**
     * A command line for running {@code args}: when the first argument names a command, only that command is
     * built (reflecting over every command costs a noticeable part of a second at start-up); otherwise all.
     */
    public static CommandLine commandLine(String... args) {
        String first = args.length > 0 ? args[0] : null;
        return first != null && commandMethods().anyMatch(m -> nameOf(m).equals(first)) ? build(first) : build(null);
    }

    private static CommandLine build(String only) {
        CommandLine cl = new CommandLine(new Xpsci());
        commandMethods().filter(m -> only == null || nameOf(m).equals(only))
                .forEach(m -> cl.addSubcommand(new CommandLine(m)));
        cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
                new CommandList(GROUPS));
        ErrorReport report = new ErrorReport();
        cl.setParameterExceptionHandler(report);
        cl.setExecutionExceptionHandler(report);
        cl.setExecutionStrategy(Xpsci::execute);
        return cl;
    }

    private static Stream<Method> commandMethods() {
        return GROUPS.stream().flatMap(g -> CommandLine.getCommandMethods(g, null).stream());
    }

    private static String nameOf(Method m) {
        return m.getAnnotation(Command.class).name();
    }

    /**
     * Runs the chosen command, with fast paths off for its thread when it was given --no-fast-paths; the
     * warnings it raised are printed as {@code warning:} lines when it succeeds.
     */
    @SuppressWarnings("try")
    private static int execute(ParseResult parsed) {
        ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        CommandLine.RunLast run = new CommandLine.RunLast();
        try (WarningLog warnings = WarningLog.open()) {
            int code;
            if (last.hasMatchedOption(BackendOptions.NO_FAST_PATHS)) {
                try (FastPathScope off = Xp.fastPaths(false)) {
                    code = run.execute(parsed);
                }
            } else {
                code = run.execute(parsed);
            }
            if (code == 0) {
                warnings.printTo(last.commandSpec().commandLine().getErr());
            }
            return code;
        }
    }

    /** Without a command: an error that points at the help. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** The version from the build. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = Xpsci.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"xpsci " + p.getProperty("version", "(unknown version)")};
        }
    }
}
