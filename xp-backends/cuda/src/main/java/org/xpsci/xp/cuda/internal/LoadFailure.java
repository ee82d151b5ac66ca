package org.xpsci.xp.cuda.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a failed native load or driver call throws into the one-line reason that
 * {@link org.xpsci.xp.Xp#backends()} reports: "libcuda.so.1 not found" rather than JCuda's nested stack traces.
 */
public final class LoadFailure {

    private static final Pattern MISSING = Pattern.compile("(lib[\\w.+-]+\\.so[\\w.]*): cannot open shared object file");
    private static final Pattern MISSING_WIN = Pattern.compile("Can't find dependent libraries");

    private LoadFailure() {
    }

    /**
     * The reason for a failure while loading or initialising {@code what} (e.g. "the CUDA driver"): the
     * missing shared library when the message names one, else the first line of the message.
     */
    public static String reason(String what, Throwable t) {
        String all = messages(t);
        Matcher m = MISSING.matcher(all);
        if (m.find()) {
            return m.group(1) + " not found (" + what + " could not be loaded)";
        }
        if (MISSING_WIN.matcher(all).find()) {
            return what + " could not be loaded: a dependent library is missing";
        }
        if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
            return what + " is not on the class path (" + firstLine(t.getMessage()) + ")";
        }
        return what + " failed: " + t.getClass().getSimpleName() + ": " + firstLine(t.getMessage());
    }

    /** Every message of the cause chain, one per line. */
    static String messages(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null) {
                b.append(c.getMessage()).append('\n');
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return b.toString();
    }

    static String firstLine(String s) {
        if (s == null) {
            return "no message";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
