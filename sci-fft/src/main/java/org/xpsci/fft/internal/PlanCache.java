package org.xpsci.fft.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jtransforms.fft.DoubleFFT_1D;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * JTransforms plans cached per length for the host fast paths (least recently used out). Loading the class
 * points JTransforms' thread pool at daemon threads: its default pool keeps the JVM alive for a minute after
 * {@code main} returns.
 */
public final class PlanCache {

    private static final int SIZE = 16;

    private static final Map<Integer, DoubleFFT_1D> CACHE = new LinkedHashMap<>(32, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, DoubleFFT_1D> eldest) {
            return size() > SIZE;
        }
    };

    static {
        AtomicInteger count = new AtomicInteger();
        ConcurrencyUtils.setThreadPool(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "xpsci-fft-jtransforms-" + count.getAndIncrement());
            t.setDaemon(true);
            return t;
        }));
    }

    private PlanCache() {
    }

    /** The plan for length {@code n} (n &ge; 1); plans are thread-safe. */
    public static DoubleFFT_1D get(int n) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(n, DoubleFFT_1D::new);
        }
    }
}
