package org.xpsci.cli.internal;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects the warnings the sci modules log (SciPy's {@code warnings.warn}, on the {@code System.Logger}s
 * under "org.xpsci") while one command runs, instead of the logging framework's two-line console records, so
 * that the command can print them as {@code warning: ...} lines when it succeeds; a failing command prints only
 * its one {@code error:} line.
 */
public final class WarningLog extends Handler implements AutoCloseable {

    private static final String ROOT = "org.xpsci";

    private final Logger logger = Logger.getLogger(ROOT);
    private final boolean parentHandlers = logger.getUseParentHandlers();
    private final Set<String> messages = new LinkedHashSet<>();

    private WarningLog() {
        setLevel(Level.WARNING);
        logger.addHandler(this);
        logger.setUseParentHandlers(false);
    }

    /** Starts collecting; close to stop. */
    public static WarningLog open() {
        return new WarningLog();
    }

    @Override
    public synchronized void publish(LogRecord r) {
        if (isLoggable(r)) {
            String m = r.getMessage();
            messages.add(r.getParameters() == null || m == null ? String.valueOf(m)
                    : java.text.MessageFormat.format(m, r.getParameters()));
        }
    }

    /**
     * Prints each collected warning as one {@code warning: ...} line; a warning raised again with the same
     * message is printed once, as Python's default warning filter does.
     */
    public synchronized void printTo(PrintWriter err) {
        for (String m : messages) {
            err.println("warning: " + m.strip().replaceAll("\\s*[\\r\\n]+\\s*", "; "));
        }
        err.flush();
    }

    @Override
    public void flush() {
    }

    /** Stops collecting and restores the logger. */
    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setUseParentHandlers(parentHandlers);
    }
}
