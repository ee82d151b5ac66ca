package org.xpsci.cli.internal;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A picocli mixin that gives a command its standard output, the writer of its command line (so in-process
 * callers can capture it with {@code CommandLine.setOut}).
 */
@Command
public class Console {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** The command's standard output. */
    public PrintWriter out() {
        return command.commandLine().getOut();
    }
}
