package org.xpsci.cluster.internal;

import org.xpsci.cluster.ClusterWarning;
import org.xpsci.xp.spi.WarningChannel;

/** The channel of sci-cluster's warnings (xp-core's {@link ClusterWarningChannel}, logging on "org.xpsci.cluster"). */
public final class ClusterWarningChannel {

    /** The module's one channel, behind {@link org.xpsci.cluster.ClusterWarnings}. */
    public static final WarningChannel<ClusterWarning> CHANNEL = new WarningChannel<>("org.xpsci.cluster");

    private ClusterWarningChannel() {
    }

    /** Raises one warning of the given category from the SciPy function named. */
    public static void warn(ClusterWarning.Category category, String function, String message) {
        CHANNEL.warn(new ClusterWarning(category, function, message));
    }
}
