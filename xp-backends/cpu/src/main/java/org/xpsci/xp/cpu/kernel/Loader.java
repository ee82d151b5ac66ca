package org.xpsci.xp.cpu.kernel;

import org.xpsci.xp.DType;
import org.xpsci.xp.HostReader;
import org.xpsci.xp.spi.HostData;

/**
 * Moves strided runs of elements between storage of any dtype and the unit-stride scratch blocks the kernels
 * compute on, converting as it goes (NumPy's casting loops). Each method switches on the dtype once per block
 * and then runs a plain loop.
 */
public final class Loader {

    private Loader() {
    }

    // ---------------------------------------------------------------------------------------------------
    // loads: n elements from data[off + i*stride] (element units) into dst[0..n)

    /** Loads into longs (integers sign- or zero-extended; floats truncated; complex: real part; bool 0/1). */
    public static void toLong(Object data, DType dt, int off, int stride, int n, long[] dst) {
        switch (dt) {
            case BOOL, INT8 -> { byte[] a = (byte[]) data; for (int i = 0; i < n; i++) dst[i] = a[off + i * stride]; }
            case UINT8 -> { byte[] a = (byte[]) data; for (int i = 0; i < n; i++) dst[i] = a[off + i * stride] & 0xFFL; }
            case INT16 -> { short[] a = (short[]) data; for (int i = 0; i < n; i++) dst[i] = a[off + i * stride]; }
            case UINT16 -> { short[] a = (short[]) data; for (int i = 0; i < n; i++) dst[i] = a[off + i * stride] & 0xFFFFL; }
            case INT32 -> { int[] a = (int[]) data; for (int i = 0; i < n; i++) dst[i] = a[off + i * stride]; }
            case UINT32 -> { int[] a = (int[]) data; for (int i = 0; i < n; i++) dst[i] = a[off + i * stride] & 0xFFFFFFFFL; }
            case INT64, UINT64 -> { long[] a = (long[]) data; for (int i = 0; i < n; i++) dst[i] = a[off + i * stride]; }
            case FLOAT32 -> { float[] a = (float[]) data; for (int i = 0; i < n; i++) dst[i] = (long) a[off + i * stride]; }
            case FLOAT64 -> { double[] a = (double[]) data; for (int i = 0; i < n; i++) dst[i] = (long) a[off + i * stride]; }
            case COMPLEX64 -> { float[] a = (float[]) data; for (int i = 0; i < n; i++) dst[i] = (long) a[2 * (off + i * stride)]; }
            case COMPLEX128 -> { double[] a = (double[]) data; for (int i = 0; i < n; i++) dst[i] = (long) a[2 * (off + i * stride)]; }
        }
    }

    /** Loads into doubles (uint64 converted as unsigned; complex: real part). */
    public static void toDouble(Object data, DType dt, int off, int stride, int n, double[] dst) {
        switch (dt) {
            case BOOL, INT8 -> { byte[] a = (byte[]) data; for (int i = 0; i < n; i++) dst[i] = a[off + i * stride]; }
            case UINT8 -> { byte[] a = (byte[]) data; for (int i = 0; i < n; i++) dst[i] = a[off + i * stride] & 0xFF; }
            case INT16 -> { short[] a = (short[]) data; for (int i = 0; i < n; i++) dst[i] = a[off + i * stride]; }
            case UINT16 -> { short[] a = (short[]) data; for (int i = 0; i < n; i++) dst[i] = a[off + i * stride] & 0xFFFF; }
            case INT32 -> { int[] a = (int[]) data; for (int i = 0; i < n; i++) dst[i] = a[off + i * stride]; }
            case UINT32 -> { int[] a = (int[]) data; for (int i = 0; i < n; i++) dst[i] = a[off + i * stride] & 0xFFFFFFFFL; }
            case INT64 -> { long[] a = (long[]) data; for (int i = 0; i < n; i++) dst[i] = a[off + i * stride]; }
            case UINT64 -> { long[] a = (long[]) data; for (int i = 0; i < n; i++) dst[i] = HostReader.unsignedToDouble(a[off + i * stride]); }
            case FLOAT32 -> { float[] a = (float[]) data; for (int i = 0; i < n; i++) dst[i] = a[off + i * stride]; }
            case FLOAT64 -> { double[] a = (double[]) data; for (int i = 0; i < n; i++) dst[i] = a[off + i * stride]; }
            case COMPLEX64 -> { float[] a = (float[]) data; for (int i = 0; i < n; i++) dst[i] = a[2 * (off + i * stride)]; }
            case COMPLEX128 -> { double[] a = (double[]) data; for (int i = 0; i < n; i++) dst[i] = a[2 * (off + i * stride)]; }
        }
    }

    /**
     * Loads into floats (rounding wider types once, as NumPy's casts do; complex: real part). 64-bit integers
     * convert straight to float: through double they would round twice.
     */
    public static void toFloat(Object data, DType dt, int off, int stride, int n, float[] dst) {
        switch (dt) {
            case FLOAT32 -> { float[] a = (float[]) data; for (int i = 0; i < n; i++) dst[i] = a[off + i * stride]; }
            case FLOAT64 -> { double[] a = (double[]) data; for (int i = 0; i < n; i++) dst[i] = (float) a[off + i * stride]; }
            case COMPLEX64 -> { float[] a = (float[]) data; for (int i = 0; i < n; i++) dst[i] = a[2 * (off + i * stride)]; }
            case INT64 -> { long[] a = (long[]) data; for (int i = 0; i < n; i++) dst[i] = a[off + i * stride]; }
            case UINT64 -> { long[] a = (long[]) data; for (int i = 0; i < n; i++) dst[i] = unsignedToFloat(a[off + i * stride]); }
            default -> {
                double[] t = new double[n];
                toDouble(data, dt, off, stride, n, t);
                for (int i = 0; i < n; i++) dst[i] = (float) t[i];
            }
        }
    }

    /** Loads into interleaved complex doubles (real dtypes get a zero imaginary part). */
    public static void toComplex(Object data, DType dt, int off, int stride, int n, double[] dst) {
        switch (dt) {
            case COMPLEX128 -> {
                double[] a = (double[]) data;
                if (stride == 1) {
                    System.arraycopy(a, 2 * off, dst, 0, 2 * n);
                } else {
                    for (int i = 0; i < n; i++) {
                        int s = 2 * (off + i * stride);
                        dst[2 * i] = a[s];
                        dst[2 * i + 1] = a[s + 1];
                    }
                }
            }
            case COMPLEX64 -> {
                float[] a = (float[]) data;
                for (int i = 0; i < n; i++) {
                    int s = 2 * (off + i * stride);
                    dst[2 * i] = a[s];
                    dst[2 * i + 1] = a[s + 1];
                }
            }
            default -> {
                double[] t = new double[n];
                toDouble(data, dt, off, stride, n, t);
                for (int i = 0; i < n; i++) {
                    dst[2 * i] = t[i];
                    dst[2 * i + 1] = 0;
                }
            }
        }
    }

    /** Loads into bools (non-zero, including NaN, is true). */
    public static void toBool(Object data, DType dt, int off, int stride, int n, byte[] dst) {
        switch (dt) {
            case BOOL -> { byte[] a = (byte[]) data; for (int i = 0; i < n; i++) dst[i] = a[off + i * stride]; }
            case INT8, UINT8 -> { byte[] a = (byte[]) data; for (int i = 0; i < n; i++) dst[i] = (byte) (a[off + i * stride] != 0 ? 1 : 0); }
            case INT16, UINT16 -> { short[] a = (short[]) data; for (int i = 0; i < n; i++) dst[i] = (byte) (a[off + i * stride] != 0 ? 1 : 0); }
            case INT32, UINT32 -> { int[] a = (int[]) data; for (int i = 0; i < n; i++) dst[i] = (byte) (a[off + i * stride] != 0 ? 1 : 0); }
            case INT64, UINT64 -> { long[] a = (long[]) data; for (int i = 0; i < n; i++) dst[i] = (byte) (a[off + i * stride] != 0 ? 1 : 0); }
            case FLOAT32 -> { float[] a = (float[]) data; for (int i = 0; i < n; i++) dst[i] = (byte) (a[off + i * stride] != 0 ? 1 : 0); }
            case FLOAT64 -> { double[] a = (double[]) data; for (int i = 0; i < n; i++) dst[i] = (byte) (a[off + i * stride] != 0 ? 1 : 0); }
            case COMPLEX64 -> { float[] a = (float[]) data; for (int i = 0; i < n; i++) { int s = 2 * (off + i * stride); dst[i] = (byte) (a[s] != 0 || a[s + 1] != 0 ? 1 : 0); } }
            case COMPLEX128 -> { double[] a = (double[]) data; for (int i = 0; i < n; i++) { int s = 2 * (off + i * stride); dst[i] = (byte) (a[s] != 0 || a[s + 1] != 0 ? 1 : 0); } }
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // stores: n elements from src[0..n) into data[off + i*stride]

    /** Stores longs into an integer or bool dtype (narrowing with wrap-around; bool: non-zero). */
    public static void fromLong(long[] src, int n, Object data, DType dt, int off, int stride) {
        switch (dt) {
            case BOOL -> { byte[] a = (byte[]) data; for (int i = 0; i < n; i++) a[off + i * stride] = (byte) (src[i] != 0 ? 1 : 0); }
            case INT8, UINT8 -> { byte[] a = (byte[]) data; for (int i = 0; i < n; i++) a[off + i * stride] = (byte) src[i]; }
            case INT16, UINT16 -> { short[] a = (short[]) data; for (int i = 0; i < n; i++) a[off + i * stride] = (short) src[i]; }
            case INT32, UINT32 -> { int[] a = (int[]) data; for (int i = 0; i < n; i++) a[off + i * stride] = (int) src[i]; }
            case INT64, UINT64 -> { long[] a = (long[]) data; for (int i = 0; i < n; i++) a[off + i * stride] = src[i]; }
            case FLOAT32 -> { float[] a = (float[]) data; for (int i = 0; i < n; i++) a[off + i * stride] = src[i]; }
            case FLOAT64 -> { double[] a = (double[]) data; for (int i = 0; i < n; i++) a[off + i * stride] = src[i]; }
            case COMPLEX64 -> { float[] a = (float[]) data; for (int i = 0; i < n; i++) { int s = 2 * (off + i * stride); a[s] = src[i]; a[s + 1] = 0; } }
            case COMPLEX128 -> { double[] a = (double[]) data; for (int i = 0; i < n; i++) { int s = 2 * (off + i * stride); a[s] = src[i]; a[s + 1] = 0; } }
        }
    }

    /** Stores unsigned longs: as {@link #fromLong} except that conversion to floating types is unsigned. */
    public static void fromULong(long[] src, int n, Object data, DType dt, int off, int stride) {
        if (!dt.isFloating()) {
            fromLong(src, n, data, dt, off, stride);
            return;
        }
        if (dt.toReal() == DType.FLOAT32) {
            // straight to float: through double would round twice
            float[] f = new float[n];
            for (int i = 0; i < n; i++) {
                f[i] = unsignedToFloat(src[i]);
            }
            fromFloat(f, n, data, dt, off, stride);
            return;
        }
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = HostReader.unsignedToDouble(src[i]);
        }
        fromDouble(t, n, data, dt, off, stride);
    }

    /** Stores doubles (to integers by truncation toward zero, to complex with zero imaginary part). */
    public static void fromDouble(double[] src, int n, Object data, DType dt, int off, int stride) {
        switch (dt) {
            case BOOL -> { byte[] a = (byte[]) data; for (int i = 0; i < n; i++) a[off + i * stride] = (byte) (src[i] != 0 ? 1 : 0); }
            case FLOAT32 -> { float[] a = (float[]) data; for (int i = 0; i < n; i++) a[off + i * stride] = (float) src[i]; }
            case FLOAT64 -> { double[] a = (double[]) data; for (int i = 0; i < n; i++) a[off + i * stride] = src[i]; }
            case COMPLEX64 -> { float[] a = (float[]) data; for (int i = 0; i < n; i++) { int s = 2 * (off + i * stride); a[s] = (float) src[i]; a[s + 1] = 0; } }
            case COMPLEX128 -> { double[] a = (double[]) data; for (int i = 0; i < n; i++) { int s = 2 * (off + i * stride); a[s] = src[i]; a[s + 1] = 0; } }
            case UINT64 -> {
                long[] a = (long[]) data;
                for (int i = 0; i < n; i++) a[off + i * stride] = HostData.doubleToUnsigned(src[i]);
            }
            default -> {
                long[] t = new long[n];
                for (int i = 0; i < n; i++) t[i] = (long) src[i];
                fromLong(t, n, data, dt, off, stride);
            }
        }
    }

    /** Stores floats. */
    public static void fromFloat(float[] src, int n, Object data, DType dt, int off, int stride) {
        if (dt == DType.FLOAT32) {
            float[] a = (float[]) data;
            for (int i = 0; i < n; i++) a[off + i * stride] = src[i];
            return;
        }
        double[] t = new double[n];
        for (int i = 0; i < n; i++) t[i] = src[i];
        fromDouble(t, n, data, dt, off, stride);
    }

    /** Stores interleaved complex doubles (to real dtypes: the real part). */
    public static void fromComplex(double[] src, int n, Object data, DType dt, int off, int stride) {
        switch (dt) {
            case COMPLEX128 -> {
                double[] a = (double[]) data;
                if (stride == 1) {
                    System.arraycopy(src, 0, a, 2 * off, 2 * n);
                } else {
                    for (int i = 0; i < n; i++) { int s = 2 * (off + i * stride); a[s] = src[2 * i]; a[s + 1] = src[2 * i + 1]; }
                }
            }
            case COMPLEX64 -> { float[] a = (float[]) data; for (int i = 0; i < n; i++) { int s = 2 * (off + i * stride); a[s] = (float) src[2 * i]; a[s + 1] = (float) src[2 * i + 1]; } }
            case BOOL -> { byte[] a = (byte[]) data; for (int i = 0; i < n; i++) a[off + i * stride] = (byte) (src[2 * i] != 0 || src[2 * i + 1] != 0 ? 1 : 0); }
            default -> {
                double[] t = new double[n];
                for (int i = 0; i < n; i++) t[i] = src[2 * i];
                fromDouble(t, n, data, dt, off, stride);
            }
        }
    }

    /** Stores bools (0/1) into any dtype. */
    public static void fromBool(byte[] src, int n, Object data, DType dt, int off, int stride) {
        if (dt == DType.BOOL) {
            byte[] a = (byte[]) data;
            if (stride == 1) {
                System.arraycopy(src, 0, a, off, n);
            } else {
                for (int i = 0; i < n; i++) a[off + i * stride] = src[i];
            }
            return;
        }
        long[] t = new long[n];
        for (int i = 0; i < n; i++) t[i] = src[i];
        fromLong(t, n, data, dt, off, stride);
    }

    /** The float nearest to an unsigned 64-bit value, rounded once (the halved value keeps a sticky bit). */
    private static float unsignedToFloat(long v) {
        return v >= 0 ? (float) v : (float) ((v >>> 1) | (v & 1)) * 2f;
    }
}
