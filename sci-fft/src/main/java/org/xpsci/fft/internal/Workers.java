package org.xpsci.fft.internal;

import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * SciPy's {@code workers} argument: how many threads a host fast path may split its lines over. Null means as
 * many as help (up to every core); a negative value counts back from the number of cores ({@code -1}: all);
 * zero and values below {@code -cores} are errors. As in SciPy, workers is accepted only for arrays in host
 * memory (SciPy: NumPy arrays).
 */
public final class Workers {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private Workers() {
    }

    /**
     * The thread count for {@code workers}.
     *
     * @throws IllegalArgumentException for zero, or a negative value below {@code -cores}
     */
    public static int resolve(Integer workers) {
        if (workers == null) {
            return CORES;
        }
        if (workers == 0) {
            throw new IllegalArgumentException("workers must not be zero; pass a positive thread count, or -1 for"
                    + " every core");
        }
        if (workers < 0) {
            if (workers < -CORES) {
                throw new IllegalArgumentException("workers value out of range; got " + workers
                        + ", must not be less than " + -CORES + " (this machine has " + CORES + " cores)");
            }
            return workers + 1 + CORES;
        }
        return workers;
    }

    /**
     * Validates {@code workers} for a call on {@code x} and returns the thread count.
     *
     * @throws IllegalArgumentException when workers is given for an array outside host memory, or is invalid
     */
    public static int check(Integer workers, NdArray x, String function) {
        if (workers != null && Xp.hostBuffer(x).isEmpty()) {
            throw new IllegalArgumentException(function + ": workers is only supported for arrays in host memory;"
                    + " got workers=" + workers + " for a " + x.namespace().name() + " array on " + x.device()
                    + " (leave workers null: the " + x.namespace().name() + " backend schedules its own threads)");
        }
        return resolve(workers);
    }
}
