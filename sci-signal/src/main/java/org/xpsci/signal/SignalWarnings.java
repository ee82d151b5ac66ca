package org.xpsci.signal;

import java.util.function.Consumer;
import org.xpsci.signal.internal.Warnings;
import org.xpsci.xp.WarningCapture;

/**
 * Where the warnings of sci-signal go (SciPy's {@code warnings.warn}; each is SciPy's line, e.g.
 * {@code "UserWarning: nperseg = 256 is greater than input length  = 100, using nperseg = 100"}): every registered
 * listener; inside a {@link #capture()} scope on the same thread they are recorded; otherwise, and when no listener
 * is registered, they are logged to the {@code System.Logger} named "org.xpsci.signal" at level WARNING. The
 * mechanism is xp-core's, shared by every sci module.
 */
public final class SignalWarnings {

    private SignalWarnings() {
    }

    /** Records the warnings raised on this thread until closed: {@code try (var w = SignalWarnings.capture())}. */
    public static WarningCapture<String> capture() {
        return Warnings.CHANNEL.capture();
    }

    /** Registers a listener that receives every warning, on the thread that raised it. */
    public static void addListener(Consumer<String> listener) {
        Warnings.CHANNEL.addListener(listener);
    }

    /** Removes a listener registered with {@link #addListener}. */
    public static void removeListener(Consumer<String> listener) {
        Warnings.CHANNEL.removeListener(listener);
    }
}
