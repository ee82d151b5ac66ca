package org.xpsci.cluster.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.xpsci.cluster.ClusterWarning;

/** Delivers warnings to listeners, the innermost capture scope of the thread, or the logger. */
public final class WarningChannel {

    private static final System.Logger LOGGER = System.getLogger("org.xpsci.cluster");
    private static final List<Consumer<ClusterWarning>> LISTENERS = new CopyOnWriteArrayList<>();
    private static final ThreadLocal<Deque<List<ClusterWarning>>> CAPTURES =
            ThreadLocal.withInitial(ArrayDeque::new);

    private WarningChannel() {
    }

    /** Raises a warning. */
    public static void warn(ClusterWarning.Category category, String function, String message) {
        ClusterWarning w = new ClusterWarning(category, function, message);
        for (Consumer<ClusterWarning> l : LISTENERS) {
            l.accept(w);
        }
        List<ClusterWarning> capture = CAPTURES.get().peek();
        if (capture != null) {
            capture.add(w);
        } else if (LISTENERS.isEmpty()) {
            LOGGER.log(System.Logger.Level.WARNING, w.toString());
        }
    }

    /** Opens a capture scope on this thread and returns its (live) record. */
    public static List<ClusterWarning> startCapture() {
        List<ClusterWarning> l = new ArrayList<>();
        CAPTURES.get().push(l);
        return l;
    }

    /** Closes the capture scope whose record is {@code recorded} (and any left open inside it). */
    public static void endCapture(List<ClusterWarning> recorded) {
        Deque<List<ClusterWarning>> d = CAPTURES.get();
        while (!d.isEmpty()) {
            if (d.pop() == recorded) {
                break;
            }
        }
    }

    /** Registers a listener. */
    public static void addListener(Consumer<ClusterWarning> listener) {
        LISTENERS.add(listener);
    }

    /** Removes a listener. */
    public static void removeListener(Consumer<ClusterWarning> listener) {
        LISTENERS.remove(listener);
    }
}
