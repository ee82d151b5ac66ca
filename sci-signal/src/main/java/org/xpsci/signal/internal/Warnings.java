package org.xpsci.signal.internal;

/**
 * SciPy's warnings from {@code scipy.signal} (UserWarning), logged at WARNING on the {@code org.xpsci.signal}
 * {@link System.Logger}, the mechanism the other sci modules use for SciPy's warnings.
 */
public final class Warnings {

    /** The logger's name. */
    public static final String LOGGER = "org.xpsci.signal";

    private static final System.Logger LOG = System.getLogger(LOGGER);

    private Warnings() {
    }

    /** Logs one warning. */
    public static void warn(String message) {
        LOG.log(System.Logger.Level.WARNING, message);
    }
}
