package org.xpsci.stats.internal;

import org.xpsci.stats.StatsWarning;
import org.xpsci.xp.spi.WarningChannel;

/** The channel of sci-stats's warnings (xp-core's {@link StatsWarningChannel}, logging on "org.xpsci.stats"). */
public final class StatsWarningChannel {

    /** The module's one channel, behind {@link org.xpsci.stats.StatsWarnings}. */
    public static final WarningChannel<StatsWarning> CHANNEL = new WarningChannel<>("org.xpsci.stats");

    private StatsWarningChannel() {
    }

    /** Raises one warning of the given category from the SciPy function named. */
    public static void warn(StatsWarning.Category category, String function, String message) {
        CHANNEL.warn(new StatsWarning(category, function, message));
    }
}
