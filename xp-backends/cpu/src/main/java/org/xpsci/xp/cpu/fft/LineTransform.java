package org.xpsci.xp.cpu.fft;

import org.xpsci.xp.DType;
import org.xpsci.xp.FftNorm;

/**
 * A one-dimensional transform applied to every line of an array along one axis: how many input elements a
 * line reads (the input is cropped or zero-padded to that), how many it writes, and a per-thread worker that
 * holds the scratch buffer.
 */
public sealed interface LineTransform permits ComplexLines, RealForwardLines, RealInverseLines {

    /** Input elements read per line (longer lines are cropped, shorter ones zero-padded). */
    int inLength();

    /** Output elements written per line. */
    int outLength();

    /** Whether lines are read as complex values (else as reals). */
    boolean complexInput();

    /** Whether lines are written as complex values (else as reals). */
    boolean complexOutput();

    /** A worker with its own scratch; one per thread. */
    Line newLine();

    /** Transforms single lines; not thread-safe. */
    interface Line {
        /**
         * Reads {@code min(avail, inLength())} elements at {@code src[soff + i*sstride]}, transforms them and writes
         * {@code outLength()} elements at {@code dst[doff + i*dstride]} (offsets and strides in elements of the
         * respective dtypes).
         */
        void apply(Object src, DType sdt, int soff, int sstride, int avail, Object dst, DType ddt, int doff,
                int dstride);
    }

    /**
     * The factor a transform of logical length {@code n} is multiplied by: forward transforms are unscaled under
     * "backward", scaled by 1/sqrt(n) under "ortho" and by 1/n under "forward"; inverse ones the other way round.
     */
    static double scale(FftNorm norm, int n, boolean forward) {
        FftNorm mode = norm == null ? FftNorm.BACKWARD : norm;
        return switch (mode) {
            case ORTHO -> 1 / Math.sqrt(n);
            case BACKWARD -> forward ? 1 : 1.0 / n;
            case FORWARD -> forward ? 1.0 / n : 1;
        };
    }

    /** Multiplies {@code a[from..from+len)} by {@code factor} (nothing to do for 1). */
    static void multiply(double[] a, int from, int len, double factor) {
        if (factor != 1) {
            for (int i = from; i < from + len; i++) {
                a[i] *= factor;
            }
        }
    }

    /**
     * Copies {@code m} elements of {@code width} doubles each (1 real, 2 complex) from {@code src} (element
     * offset {@code soff}, stride {@code sstride}) to {@code dst} starting at slot {@code dslot}.
     */
    static void gather(double[] src, int soff, int sstride, int width, int m, double[] dst, int dslot) {
        if (sstride == 1) {
            System.arraycopy(src, width * soff, dst, dslot, width * m);
        } else if (width == 1) {
            for (int i = 0; i < m; i++) {
                dst[dslot + i] = src[soff + i * sstride];
            }
        } else {
            for (int i = 0; i < m; i++) {
                int s = 2 * (soff + i * sstride);
                dst[dslot + 2 * i] = src[s];
                dst[dslot + 2 * i + 1] = src[s + 1];
            }
        }
    }

    /** Negates the imaginary parts of {@code count} interleaved complex values starting at slot {@code at}. */
    static void conjugate(double[] a, int at, int count) {
        for (int i = at + 1; i < at + 2 * count; i += 2) {
            a[i] = -a[i];
        }
    }
}
