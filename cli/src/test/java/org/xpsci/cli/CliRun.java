package org.xpsci.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs the xpsci command line in-process with standard output and error captured.
 *
 * @param exitCode the command's exit code
 * @param out      what it printed on standard output
 * @param err      what it printed on standard error
 */
record CliRun(int exitCode, String out, String err) {

    /** Runs {@code xpsci args...}. */
    static CliRun of(List<String> args) {
        return of(args.toArray(new String[0]));
    }

    /** Runs {@code xpsci args...}. */
    static CliRun of(String... args) {
        CommandLine cl = Xpsci.commandLine(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The lines of standard error. */
    List<String> errLines() {
        return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
