package org.xpsci.cluster;

import java.util.List;
import java.util.function.Consumer;
import org.xpsci.cluster.internal.WarningChannel;

/**
 * Where the warnings of sci-cluster go (SciPy's {@code warnings.warn}). Each warning is passed to every
 * registered listener; inside a {@link #capture()} scope on the same thread it is recorded (like
 * {@code warnings.catch_warnings(record=True)}); otherwise, and when no listener is registered, it is logged to
 * the {@code System.Logger} named "org.xpsci.cluster" at level WARNING. The same mechanism as sci-stats'
 * {@code StatsWarnings}.
 */
public final class ClusterWarnings {

    private ClusterWarnings() {
    }

    /** Records the warnings raised on this thread until closed: {@code try (var w = ClusterWarnings.capture())}. */
    public static Capture capture() {
        return new Capture(WarningChannel.startCapture());
    }

    /** Registers a listener that receives every warning, on the thread that raised it. */
    public static void addListener(Consumer<ClusterWarning> listener) {
        WarningChannel.addListener(listener);
    }

    /** Removes a listener registered with {@link #addListener}. */
    public static void removeListener(Consumer<ClusterWarning> listener) {
        WarningChannel.removeListener(listener);
    }

    /** A scope that records the warnings raised on its thread. */
    public static final class Capture implements AutoCloseable {

        private final List<ClusterWarning> recorded;

        private Capture(List<ClusterWarning> recorded) {
            this.recorded = recorded;
        }

        /** The warnings recorded so far, oldest first (a copy). */
        public List<ClusterWarning> warnings() {
            return List.copyOf(recorded);
        }

        /** Stops recording (scopes close innermost first). */
        @Override
        public void close() {
            WarningChannel.endCapture(recorded);
        }
    }
}
