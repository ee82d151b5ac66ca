package org.xpsci.signal.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jtransforms.fft.DoubleFFT_1D;
import org.jtransforms.fft.FloatFFT_1D;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * JTransforms plans of the host paths, cached per length (least recently used out); plans are thread-safe.
 * Loading the class points JTransforms' own pool (used for long transforms) at daemon threads.
 */
final class FftPlans {

    private static final int SIZE = 8;

    private static final Map<Integer, DoubleFFT_1D> DOUBLES = lru();
    private static final Map<Integer, FloatFFT_1D> FLOATS = lru();

    static {
        AtomicInteger count = new AtomicInteger();
        ConcurrencyUtils.setThreadPool(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "xpsci-signal-jtransforms-" + count.getAndIncrement());
            t.setDaemon(true);
            return t;
        }));
    }

    private FftPlans() {
    }

    /** The float64 plan for length n. */
    static DoubleFFT_1D forDouble(int n) {
        synchronized (DOUBLES) {
            return DOUBLES.computeIfAbsent(n, DoubleFFT_1D::new);
        }
    }

    /** The float32 plan for length n. */
    static FloatFFT_1D forFloat(int n) {
        synchronized (FLOATS) {
            return FLOATS.computeIfAbsent(n, FloatFFT_1D::new);
        }
    }

    private static <T> Map<Integer, T> lru() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, T> eldest) {
                return size() > SIZE;
            }
        };
    }
}
