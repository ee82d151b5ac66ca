package org.xpsci.xp.spi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.xpsci.xp.WarningCapture;

/**
 * Where one module's warnings go (SciPy's {@code warnings.warn}), the one mechanism every sci module uses: each
 * warning reaches every registered listener; inside a {@link WarningCapture} scope on the raising thread it is
 * recorded (like {@code warnings.catch_warnings(record=True)}); otherwise, and when no listener is registered,
 * it is logged at WARNING on the module's {@link System.Logger}.
 *
 * @param <W> the module's warning type (its {@code toString()} is the logged line)
 */
public final class WarningChannel<W> {

    private final System.Logger logger;
    private final List<Consumer<W>> listeners = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Deque<List<W>>> captures = ThreadLocal.withInitial(ArrayDeque::new);

    /** A channel that logs on the {@code System.Logger} of this name (the module's, e.g. "org.xpsci.stats"). */
    public WarningChannel(String loggerName) {
        this.logger = System.getLogger(loggerName);
    }

    /** Raises a warning: to the listeners, then to the innermost capture of this thread, else to the logger. */
    public void warn(W warning) {
        for (Consumer<W> l : listeners) {
            l.accept(warning);
        }
        List<W> capture = captures.get().peek();
        if (capture != null) {
            capture.add(warning);
        } else if (listeners.isEmpty()) {
            logger.log(System.Logger.Level.WARNING, String.valueOf(warning));
        }
    }

    /** Opens a capture scope on this thread; closing it ends the scope (and any left open inside it). */
    public WarningCapture<W> capture() {
        List<W> recorded = new ArrayList<>();
        captures.get().push(recorded);
        return new WarningCapture<>(recorded, () -> endCapture(recorded));
    }

    /** Registers a listener that receives every warning, on the thread that raised it. */
    public void addListener(Consumer<W> listener) {
        listeners.add(listener);
    }

    /** Removes a listener registered with {@link #addListener}. */
    public void removeListener(Consumer<W> listener) {
        listeners.remove(listener);
    }

    private void endCapture(List<W> recorded) {
        Deque<List<W>> scopes = captures.get();
        while (!scopes.isEmpty()) {
            if (scopes.pop() == recorded) {
                break;
            }
        }
    }
}
