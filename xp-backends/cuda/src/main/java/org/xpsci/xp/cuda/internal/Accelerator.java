package org.xpsci.xp.cuda.internal;

/**
 * Whether an optional CUDA library (cuBLAS, cuFFT) loaded, and the note {@code Xp.backends()} shows.
 *
 * @param loaded whether the library can be used
 * @param name   what is used when loaded, e.g. "cuBLAS (JCublas 11.8, libcublas.so.11)"
 * @param reason why it is absent (null when loaded)
 */
public record Accelerator(boolean loaded, String name, String reason) {

    /** System property that switches both accelerators off ("false"), so the backend's own kernels run. */
    public static final String PROPERTY = "xpsci.cuda.libraries";

    /** Whether the accelerators are switched off by {@link #PROPERTY}. */
    public static boolean switchedOff() {
        return "false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"));
    }

    /** "cuBLAS (...)" when loaded, else "{@code fallback} (cuBLAS absent: reason)". */
    public String describe(String fallback) {
        return loaded ? name : fallback + " (" + name + " absent: " + reason + ")";
    }
}
