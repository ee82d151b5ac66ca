package org.xpsci.xp;

/**
 * A scope in which fast paths are forced on or off for the current thread, from
 * {@link Xp#fastPaths(boolean)}; closing it restores the previous setting.
 */
public final class FastPathScope implements AutoCloseable {

    private final Boolean previous;

    FastPathScope(Boolean previous) {
        this.previous = previous;
    }

    /** Restores the setting in force before the scope opened. */
    @Override
    public void close() {
        Xp.restoreFastPaths(previous);
    }
}
