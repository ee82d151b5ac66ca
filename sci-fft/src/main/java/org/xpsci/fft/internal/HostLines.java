package org.xpsci.fft.internal;

import org.xpsci.xp.DType;
import org.xpsci.xp.HostBuffer;

/**
 * Reads and writes strided lines of a host buffer of a floating dtype as doubles: float32 and float64
 * directly, complex64 and complex128 one part (real or imaginary) at a time. Offsets and strides count
 * elements; float32 values are rounded on store.
 */
final class HostLines {

    private HostLines() {
    }

    /** Whether the host paths read this dtype directly (the floating dtypes). */
    static boolean supports(DType d) {
        return d.isFloating();
    }

    /** Loads {@code m} values of line {@code off + i*stride} (part 0 real, 1 imaginary) into {@code dst[0..m)}. */
    static void load(HostBuffer b, int off, int stride, int part, int m, double[] dst) {
        switch (b.dtype()) {
            case FLOAT64 -> {
                double[] a = b.doubles();
                for (int i = 0; i < m; i++) {
                    dst[i] = a[off + i * stride];
                }
            }
            case FLOAT32 -> {
                float[] a = b.floats();
                for (int i = 0; i < m; i++) {
                    dst[i] = a[off + i * stride];
                }
            }
            case COMPLEX128 -> {
                double[] a = b.doubles();
                for (int i = 0; i < m; i++) {
                    dst[i] = a[2 * (off + i * stride) + part];
                }
            }
            case COMPLEX64 -> {
                float[] a = b.floats();
                for (int i = 0; i < m; i++) {
                    dst[i] = a[2 * (off + i * stride) + part];
                }
            }
            default -> throw new IllegalArgumentException("host lines need a floating dtype; got " + b.dtype());
        }
    }

    /** Stores {@code src[0..m)} into line {@code off + i*stride} (part 0 real, 1 imaginary). */
    static void store(double[] src, int m, HostBuffer b, int off, int stride, int part) {
        switch (b.dtype()) {
            case FLOAT64 -> {
                double[] a = b.doubles();
                for (int i = 0; i < m; i++) {
                    a[off + i * stride] = src[i];
                }
            }
            case FLOAT32 -> {
                float[] a = b.floats();
                for (int i = 0; i < m; i++) {
                    a[off + i * stride] = (float) src[i];
                }
            }
            case COMPLEX128 -> {
                double[] a = b.doubles();
                for (int i = 0; i < m; i++) {
                    a[2 * (off + i * stride) + part] = src[i];
                }
            }
            case COMPLEX64 -> {
                float[] a = b.floats();
                for (int i = 0; i < m; i++) {
                    a[2 * (off + i * stride) + part] = (float) src[i];
                }
            }
            default -> throw new IllegalArgumentException("host lines need a floating dtype; got " + b.dtype());
        }
    }
}
