package org.xpsci.xp;

import java.util.List;

/**
 * A scope that records the warnings a module raises on the current thread until closed, as Python's
 * {@code warnings.catch_warnings(record=True)}: {@code try (var w = StatsWarnings.capture()) { ... w.warnings() }}.
 * Scopes nest; a warning goes to the innermost open one.
 *
 * @param <W> the module's warning type
 */
public final class WarningCapture<W> implements AutoCloseable {

    private final List<W> recorded;
    private final Runnable onClose;

    /** A scope over a live record; {@code onClose} ends it (called by the module's warning channel). */
    public WarningCapture(List<W> recorded, Runnable onClose) {
        this.recorded = recorded;
        this.onClose = onClose;
    }

    /** The warnings recorded so far, oldest first (a copy). */
    public List<W> warnings() {
        return List.copyOf(recorded);
    }

    /** Stops recording (scopes close innermost first). */
    @Override
    public void close() {
        onClose.run();
    }
}
