package org.xpsci.xp.cpu.fft;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jtransforms.fft.DoubleFFT_1D;
import org.jtransforms.utils.CommonUtils;
import org.xpsci.xp.cpu.kernel.Parallel;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * JTransforms plans ({@link DoubleFFT_1D} objects, thread-safe once built) cached per length, least recently
 * used first out, as pocketfft caches its plans. Loading this class also points JTransforms' own thread pool
 * at daemon threads (its default pool's threads linger for a minute and keep the JVM alive after
 * {@code main} returns) and gives it the backend's thread count.
 */
public final class FftPlans {

    /** How many plans stay cached (SciPy's pocketfft keeps 16 as well). */
    static final int CACHE_SIZE = 16;

    private static final Map<Integer, DoubleFFT_1D> CACHE = new LinkedHashMap<>(32, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, DoubleFFT_1D> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    static {
        ConcurrencyUtils.setThreadPool(daemonPool());
        ConcurrencyUtils.setNumberOfThreads(Parallel.threads());
    }

    private FftPlans() {
    }

    /** The plan for transforms of length {@code n} (n &ge; 1). */
    public static DoubleFFT_1D get(int n) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(n, DoubleFFT_1D::new);
        }
    }

    /**
     * Whether JTransforms splits one transform of length {@code n} over its own threads (power-of-two lengths
     * above its threshold), in which case lines are not also split over the backend's pool.
     */
    public static boolean parallelInside(int n) {
        return ConcurrencyUtils.getNumberOfThreads() > 1 && CommonUtils.isPowerOf2(n)
                && n >= CommonUtils.getThreadsBeginN_1D_FFT_2Threads();
    }

    private static ExecutorService daemonPool() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "xpsci-jtransforms-" + count.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
    }
}
