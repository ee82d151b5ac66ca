package org.xpsci.signal.internal;

import org.xpsci.xp.spi.WarningChannel;

/**
 * The channel of SciPy's warnings from {@code scipy.signal} (UserWarning): xp-core's {@link WarningChannel}, the
 * mechanism every sci module uses, logging at WARNING on the {@code org.xpsci.signal} {@link System.Logger} when
 * nobody listens or captures. A warning is SciPy's line, e.g. {@code "UserWarning: nperseg = 256 is greater ..."}.
 */
public final class Warnings {

    /** The logger's name. */
    public static final String LOGGER = "org.xpsci.signal";

    /** The module's one channel, behind {@link org.xpsci.signal.SignalWarnings}. */
    public static final WarningChannel<String> CHANNEL = new WarningChannel<>(LOGGER);

    private Warnings() {
    }

    /** Raises one warning. */
    public static void warn(String message) {
        CHANNEL.warn(message);
    }
}
