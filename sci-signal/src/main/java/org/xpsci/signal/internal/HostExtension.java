package org.xpsci.signal.internal;

import org.xpsci.signal.Boundary;
import org.xpsci.xp.HostBuffer;

/**
 * stft's boundary extension and padding on the host: each line of the input copied, extended by {@code ext}
 * samples at both ends (even, odd, constant or zeros) and followed by {@code nadd} zeros, into a new
 * contiguous buffer of the compute precision.
 */
final class HostExtension {

    private HostExtension() {
    }

    /** The extended lines of b along axis, as a source over a new buffer. */
    static SegmentSource extend(HostBuffer b, int axis, int[] outer, int ext, Boundary boundary, int nadd,
                                boolean single) {
        SegmentSource in = SegmentSource.of(b, axis, outer);
        int n = in.length();
        int len = n + 2 * ext + nadd;
        int lines = in.base().length;
        int parts = in.complex() ? 2 : 1;
        double[] line = new double[n * parts];
        double[] outD = single ? null : new double[lines * len * parts];
        float[] outF = single ? new float[lines * len * parts] : null;
        int[] base = new int[lines];
        for (int l = 0; l < lines; l++) {
            read(in, l, line);
            base[l] = l * len;
            int o = l * len * parts;
            for (int i = 0; i < len; i++) {
                for (int c = 0; c < parts; c++) {
                    double v = value(line, n, parts, c, i - ext, ext, boundary);
                    if (single) {
                        outF[o + i * parts + c] = (float) v;
                    } else {
                        outD[o + i * parts + c] = v;
                    }
                }
            }
        }
        return new SegmentSource(single ? outF : outD, in.complex(), base, 1, len);
    }

    /**
     * Sample j of one part of the line extended by ext samples at each end (j in [-ext, n + ext) by the
     * boundary rule, zeros beyond: the padding).
     */
    private static double value(double[] line, int n, int parts, int c, int j, int ext, Boundary boundary) {
        if (j >= 0 && j < n) {
            return line[j * parts + c];
        }
        if (j < -ext || j >= n + ext) {
            return 0;
        }
        boolean left = j < 0;
        int k = left ? -j : j - (n - 1);
        int end = left ? 0 : n - 1;
        int mirror = left ? k : n - 1 - k;
        return switch (boundary) {
            case EVEN -> line[mirror * parts + c];
            case ODD -> 2 * line[end * parts + c] - line[mirror * parts + c];
            case CONSTANT -> line[end * parts + c];
            default -> 0;
        };
    }

    private static void read(SegmentSource in, int l, double[] line) {
        int parts = in.complex() ? 2 : 1;
        int base = in.base()[l];
        int n = in.length();
        if (in.data() instanceof double[] d) {
            for (int j = 0, i = base; j < n; j++, i += in.stride()) {
                for (int c = 0; c < parts; c++) {
                    line[j * parts + c] = d[i * parts + c];
                }
            }
        } else {
            float[] f = (float[]) in.data();
            for (int j = 0, i = base; j < n; j++, i += in.stride()) {
                for (int c = 0; c < parts; c++) {
                    line[j * parts + c] = f[i * parts + c];
                }
            }
        }
    }
}
