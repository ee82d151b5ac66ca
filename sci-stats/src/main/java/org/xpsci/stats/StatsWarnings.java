package org.xpsci.stats;

import java.util.function.Consumer;
import org.xpsci.stats.internal.StatsWarningChannel;
import org.xpsci.xp.WarningCapture;

/**
 * Where the warnings of sci-stats go (SciPy's {@code warnings.warn}): every registered listener; inside a
 * {@link #capture()} scope on the same thread they are recorded (like {@code warnings.catch_warnings(record=True)});
 * otherwise, and when no listener is registered, they are logged to the {@code System.Logger} named
 * "org.xpsci.stats" at level WARNING. The mechanism is xp-core's, shared by every sci module.
 */
public final class StatsWarnings {

    private StatsWarnings() {
    }

    /** Records the warnings raised on this thread until closed: {@code try (var w = StatsWarnings.capture())}. */
    public static WarningCapture<StatsWarning> capture() {
        return StatsWarningChannel.CHANNEL.capture();
    }

    /** Registers a listener that receives every warning, on the thread that raised it. */
    public static void addListener(Consumer<StatsWarning> listener) {
        StatsWarningChannel.CHANNEL.addListener(listener);
    }

    /** Removes a listener registered with {@link #addListener}. */
    public static void removeListener(Consumer<StatsWarning> listener) {
        StatsWarningChannel.CHANNEL.removeListener(listener);
    }
}
