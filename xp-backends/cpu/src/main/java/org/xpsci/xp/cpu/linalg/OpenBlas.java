package org.xpsci.xp.cpu.linalg;

import java.io.IOException;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;
import org.xpsci.xp.cpu.kernel.Parallel;

/**
 * The cpu backend's optional accelerator: OpenBLAS's BLAS and LAPACK through the bytedeco JavaCPP presets,
 * loaded lazily on first use. When the native library cannot load (another platform than linux-x86_64, a
 * missing jar) or {@code -Dxpsci.lapack=false} switches it off, the backend's own kernels run and
 * {@link #describe()} says why.
 */
public final class OpenBlas {

    /** System property that switches the accelerator off ("false"), so EJML and the own kernels run. */
    public static final String PROPERTY = "xpsci.lapack";
    /**
     * System property with OpenBLAS's thread count (default: the backend's pool size). OpenBLAS's threads work
     * in lockstep, so on a machine whose cores other processes also use, 1 can be much faster.
     */
    public static final String THREADS_PROPERTY = "xpsci.lapack.threads";

    private OpenBlas() {
    }

    /** Whether OpenBLAS loaded and may be used (loads it on the first call). */
    public static boolean available() {
        return State.LOADED;
    }

    /** "OpenBLAS ... (BLAS and LAPACK, n threads)" when loaded, else the fallback and why OpenBLAS is absent. */
    public static String describe() {
        return State.LOADED ? State.NAME : "EJML and blocked kernels (OpenBLAS absent: " + State.REASON + ")";
    }

    /** Loads the library once (holder idiom); every failure becomes the recorded reason. */
    private static final class State {

        static final boolean LOADED;
        static final String NAME;
        static final String REASON;

        static {
            String name = null;
            String reason = null;
            if ("false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"))) {
                reason = "switched off by -D" + PROPERTY + "=false";
            } else {
                try {
                    name = load();
                } catch (UnsatisfiedLinkError | ExceptionInInitializerError | NoClassDefFoundError
                         | RuntimeException e) {
                    reason = e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            }
            LOADED = name != null;
            NAME = name;
            REASON = reason;
        }

        private State() {
        }

        /**
         * Loads the natives, turns LAPACKE's NaN pre-check off (LAPACK itself runs, as in SciPy) and gives
         * OpenBLAS as many threads as the backend's pool (or {@link #THREADS_PROPERTY}); returns the description.
         */
        private static String load() {
            Loader.load(openblas.class);
            openblas.LAPACKE_set_nancheck(0);
            openblas.blas_set_num_threads(Math.max(1, Integer.getInteger(THREADS_PROPERTY, Parallel.threads())));
            return "OpenBLAS " + version() + "(BLAS and LAPACK, " + openblas.blas_get_num_threads() + " threads)";
        }

        /** The bytedeco artifact's version and a space, or "" when its manifest cannot be read. */
        private static String version() {
            try {
                String v = Loader.getVersion("org.bytedeco", "openblas");
                return v == null ? "" : v + " ";
            } catch (IOException e) {
                return "";
            }
        }
    }
}
