package org.xpsci.cluster;

import java.util.function.Consumer;
import org.xpsci.cluster.internal.ClusterWarningChannel;
import org.xpsci.xp.WarningCapture;

/**
 * Where the warnings of sci-cluster go (SciPy's {@code warnings.warn}): every registered listener; inside a
 * {@link #capture()} scope on the same thread they are recorded (like {@code warnings.catch_warnings(record=True)});
 * otherwise, and when no listener is registered, they are logged to the {@code System.Logger} named
 * "org.xpsci.cluster" at level WARNING. The mechanism is xp-core's, shared by every sci module.
 */
public final class ClusterWarnings {

    private ClusterWarnings() {
    }

    /** Records the warnings raised on this thread until closed: {@code try (var w = ClusterWarnings.capture())}. */
    public static WarningCapture<ClusterWarning> capture() {
        return ClusterWarningChannel.CHANNEL.capture();
    }

    /** Registers a listener that receives every warning, on the thread that raised it. */
    public static void addListener(Consumer<ClusterWarning> listener) {
        ClusterWarningChannel.CHANNEL.addListener(listener);
    }

    /** Removes a listener registered with {@link #addListener}. */
    public static void removeListener(Consumer<ClusterWarning> listener) {
        ClusterWarningChannel.CHANNEL.removeListener(listener);
    }
}
