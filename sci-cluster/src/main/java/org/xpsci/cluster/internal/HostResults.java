package org.xpsci.cluster.internal;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.NdArray;

/** Returns results computed in Java arrays as arrays of the caller's namespace, on the caller's (host) device. */
public final class HostResults {

    private HostResults() {
    }

    /** A float64 array of {@code shape} over {@code data} (C order). */
    public static NdArray float64(ArrayNamespace xp, Device device, double[] data, int... shape) {
        return shaped(xp, xp.asarray(data, DType.FLOAT64, device, null), shape);
    }

    /** A float32 array of {@code shape} over {@code data} (C order). */
    public static NdArray float32(ArrayNamespace xp, Device device, float[] data, int... shape) {
        return shaped(xp, xp.asarray(data, DType.FLOAT32, device, null), shape);
    }

    /** An int32 array of {@code shape} over {@code data} (C order). */
    public static NdArray int32(ArrayNamespace xp, Device device, int[] data, int... shape) {
        return shaped(xp, xp.asarray(data, DType.INT32, device, null), shape);
    }

    /** An int64 array of {@code shape} over {@code data} (C order). */
    public static NdArray int64(ArrayNamespace xp, Device device, long[] data, int... shape) {
        return shaped(xp, xp.asarray(data, DType.INT64, device, null), shape);
    }

    /** An array of the real floating {@code dtype} (float32 values rounded from {@code data}) and {@code shape}. */
    public static NdArray real(ArrayNamespace xp, Device device, double[] data, DType dtype, int... shape) {
        if (dtype == DType.FLOAT32) {
            float[] f = new float[data.length];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) data[i];
            }
            return float32(xp, device, f, shape);
        }
        return float64(xp, device, data, shape);
    }

    private static NdArray shaped(ArrayNamespace xp, NdArray flat, int[] shape) {
        if (shape.length == 1 && shape[0] == flat.shape(0)) {
            return flat;
        }
        return xp.reshape(flat, shape);
    }
}
