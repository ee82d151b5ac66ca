package org.xpsci.cluster.internal;

import org.xpsci.xp.DType;
import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.NdArray;

/**
 * Returns results computed in Java arrays as arrays of the caller's namespace, on the caller's (host) device, in
 * their final shape: imported through DLPack without a copy where the backend grants host memory (cpu), and as a
 * copy elsewhere (strict), so the result never shares memory with anything the caller can see.
 */
public final class HostResults {

    private HostResults() {
    }

    /** A float64 array of {@code shape} over {@code data} (C order), in the namespace and on the device of like. */
    public static NdArray float64(NdArray like, double[] data, int... shape) {
        return imported(like, data, DType.FLOAT64, shape);
    }

    /** A float32 array of {@code shape} over {@code data} (C order). */
    public static NdArray float32(NdArray like, float[] data, int... shape) {
        return imported(like, data, DType.FLOAT32, shape);
    }

    /** An int32 array of {@code shape} over {@code data} (C order). */
    public static NdArray int32(NdArray like, int[] data, int... shape) {
        return imported(like, data, DType.INT32, shape);
    }

    /** An int64 array of {@code shape} over {@code data} (C order). */
    public static NdArray int64(NdArray like, long[] data, int... shape) {
        return imported(like, data, DType.INT64, shape);
    }

    /** An array of the real floating {@code dtype} (float32 values rounded from {@code data}) and {@code shape}. */
    public static NdArray real(NdArray like, double[] data, DType dtype, int... shape) {
        if (dtype == DType.FLOAT32) {
            float[] f = new float[data.length];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) data[i];
            }
            return float32(like, f, shape);
        }
        return float64(like, data, shape);
    }

    private static NdArray imported(NdArray like, Object data, DType dtype, int[] shape) {
        Boolean copy = like.hostBuffer().isPresent() ? null : Boolean.TRUE;
        return like.namespace().fromDlpack(DlpackTensor.host(data, dtype, shape), like.device(), copy);
    }
}
