package org.xpsci.xp;

/** Reads the elements of a {@link HostBuffer} in C order, whatever its storage type and strides. */
public final class HostReader {

    /** Receives one element as real and imaginary parts (imaginary 0 for real dtypes). */
    @FunctionalInterface
    public interface ComplexSink {
        /** Accepts element {@code i} (C order). */
        void accept(int i, double re, double im);
    }

    /** Receives one integer element. */
    @FunctionalInterface
    public interface LongSink {
        /** Accepts element {@code i} (C order). */
        void accept(int i, long value);
    }

    private HostReader() {
    }

    /** Visits every element as (re, im) doubles; uint64 is converted as unsigned. */
    public static void forEach(HostBuffer b, ComplexSink sink) {
        int n = Math.toIntExact(b.size());
        int[] idx = new int[b.shape().length];
        for (int i = 0; i < n; i++) {
            int off = offset(b, idx);
            Object d = b.data();
            switch (b.dtype()) {
                case BOOL, INT8 -> sink.accept(i, ((byte[]) d)[off], 0);
                case UINT8 -> sink.accept(i, ((byte[]) d)[off] & 0xFF, 0);
                case INT16 -> sink.accept(i, ((short[]) d)[off], 0);
                case UINT16 -> sink.accept(i, ((short[]) d)[off] & 0xFFFF, 0);
                case INT32 -> sink.accept(i, ((int[]) d)[off], 0);
                case UINT32 -> sink.accept(i, ((int[]) d)[off] & 0xFFFFFFFFL, 0);
                case INT64 -> sink.accept(i, ((long[]) d)[off], 0);
                case UINT64 -> sink.accept(i, unsignedToDouble(((long[]) d)[off]), 0);
                case FLOAT32 -> sink.accept(i, ((float[]) d)[off], 0);
                case FLOAT64 -> sink.accept(i, ((double[]) d)[off], 0);
                case COMPLEX64 -> sink.accept(i, ((float[]) d)[2 * off], ((float[]) d)[2 * off + 1]);
                case COMPLEX128 -> sink.accept(i, ((double[]) d)[2 * off], ((double[]) d)[2 * off + 1]);
            }
            increment(idx, b.shape());
        }
    }

    /** Visits every element of an integer or bool buffer as a long (uint64 as its bit pattern). */
    public static void forEachLong(HostBuffer b, LongSink sink) {
        int n = Math.toIntExact(b.size());
        int[] idx = new int[b.shape().length];
        for (int i = 0; i < n; i++) {
            int off = offset(b, idx);
            Object d = b.data();
            long v = switch (b.dtype()) {
                case BOOL, INT8 -> ((byte[]) d)[off];
                case UINT8 -> ((byte[]) d)[off] & 0xFF;
                case INT16 -> ((short[]) d)[off];
                case UINT16 -> ((short[]) d)[off] & 0xFFFF;
                case INT32 -> ((int[]) d)[off];
                case UINT32 -> ((int[]) d)[off] & 0xFFFFFFFFL;
                case INT64, UINT64 -> ((long[]) d)[off];
                default -> throw new IllegalArgumentException("not an integer dtype: " + b.dtype());
            };
            sink.accept(i, v);
            increment(idx, b.shape());
        }
    }

    /** The double nearest to an unsigned 64-bit value. */
    public static double unsignedToDouble(long v) {
        if (v >= 0) {
            return v;
        }
        return ((v >>> 1) | (v & 1)) * 2.0;
    }

    private static int offset(HostBuffer b, int[] idx) {
        int off = b.offset();
        int[] st = b.strides();
        for (int k = 0; k < idx.length; k++) {
            off += idx[k] * st[k];
        }
        return off;
    }

    private static void increment(int[] idx, int[] shape) {
        for (int k = idx.length - 1; k >= 0; k--) {
            if (++idx[k] < shape[k]) {
                return;
            }
            idx[k] = 0;
        }
    }
}
