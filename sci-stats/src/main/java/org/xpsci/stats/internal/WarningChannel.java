package org.xpsci.stats.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.xpsci.stats.StatsWarning;

/** Delivers warnings to listeners, the innermost capture scope of the thread, or the logger. */
public final class WarningChannel {

    private static final System.Logger LOGGER = System.getLogger("org.xpsci.stats");
    private static final List<Consumer<StatsWarning>> LISTENERS = new CopyOnWriteArrayList<>();
    private static final ThreadLocal<Deque<List<StatsWarning>>> CAPTURES = ThreadLocal.withInitial(ArrayDeque::new);

    private WarningChannel() {
    }

    /** Raises a warning. */
    public static void warn(StatsWarning.Category category, String function, String message) {
        StatsWarning w = new StatsWarning(category, function, message);
        for (Consumer<StatsWarning> l : LISTENERS) {
            l.accept(w);
        }
        List<StatsWarning> capture = CAPTURES.get().peek();
        if (capture != null) {
            capture.add(w);
        } else if (LISTENERS.isEmpty()) {
            LOGGER.log(System.Logger.Level.WARNING, w.toString());
        }
    }

    /** Opens a capture scope on this thread and returns its (live) record. */
    public static List<StatsWarning> startCapture() {
        List<StatsWarning> l = new ArrayList<>();
        CAPTURES.get().push(l);
        return l;
    }

    /** Closes the capture scope whose record is {@code recorded} (and any left open inside it). */
    public static void endCapture(List<StatsWarning> recorded) {
        Deque<List<StatsWarning>> d = CAPTURES.get();
        while (!d.isEmpty()) {
            if (d.pop() == recorded) {
                break;
            }
        }
    }

    /** Registers a listener. */
    public static void addListener(Consumer<StatsWarning> listener) {
        LISTENERS.add(listener);
    }

    /** Removes a listener. */
    public static void removeListener(Consumer<StatsWarning> listener) {
        LISTENERS.remove(listener);
    }
}
