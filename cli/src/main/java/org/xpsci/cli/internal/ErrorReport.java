package org.xpsci.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.xpsci.cluster.vq.ClusterException;
import org.xpsci.xp.BackendUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into the contract's report: one line on standard error starting with {@code error:}
 * and no stack trace. Bad input (an unknown command or option, a value of the wrong form, an argument the
 * function rejects, an unreadable or corrupt file, an unavailable backend, k-means asked to raise on an empty
 * cluster) exits with {@link #BAD_INPUT};
 * anything else is an internal failure and exits with {@link #INTERNAL}. The stack trace of an internal
 * failure is printed only when the environment variable {@code XPSCI_DEBUG} is set.
 */
public final class ErrorReport implements IParameterExceptionHandler, IExecutionExceptionHandler {

    /** Exit code for bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit code for an internal failure. */
    public static final int INTERNAL = 1;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String help = "see '" + cmd.getCommandSpec().qualifiedName() + " --help'";
        String message = ex.getMessage();
        if (ex instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            message += "; did you mean " + String.join(" or ", suggestions(u.getSuggestions())) + "?";
        }
        return report(cmd.getErr(), message + " (" + help + ")", BAD_INPUT);
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        if (isBadInput(ex)) {
            return report(cmd.getErr(), message(ex), BAD_INPUT);
        }
        if (System.getenv("XPSCI_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        return report(cmd.getErr(), "internal error: " + ex + " (set XPSCI_DEBUG=1 for the stack trace)",
                INTERNAL);
    }

    /** Whether the exception reports bad input rather than a defect. */
    static boolean isBadInput(Throwable ex) {
        return ex instanceof IllegalArgumentException || ex instanceof IOException
                || ex instanceof UncheckedIOException || ex instanceof BackendUnavailableException
                || ex instanceof ClusterException;
    }

    private static String message(Exception ex) {
        if (ex instanceof UncheckedIOException u) {
            return IoFailure.describe(u.getCause());
        }
        if (ex instanceof IOException io) {
            return IoFailure.describe(io);
        }
        return ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
    }

    private static List<String> suggestions(List<String> all) {
        return all.subList(0, Math.min(3, all.size()));
    }

    /** Prints {@code error: <message>} as a single line and returns the exit code. */
    public static int report(PrintWriter err, String message, int exitCode) {
        err.println("error: " + message.strip().replaceAll("\\s*[\\r\\n]+\\s*", "; "));
        err.flush();
        return exitCode;
    }
}
