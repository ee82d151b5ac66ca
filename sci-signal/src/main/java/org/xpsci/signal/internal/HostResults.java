package org.xpsci.signal.internal;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.NdArray;

/**
 * Arrays made from the host paths' output buffers, in the input's namespace (which can address host memory,
 * or the host path would not have run): zero-copy through a host DLPack tensor.
 */
final class HostResults {

    private HostResults() {
    }

    /**
     * An array of {@code dtype} and {@code shape} from values in C order (complex interleaved); float32 and
     * complex64 are rounded from the doubles.
     */
    static NdArray of(ArrayNamespace xp, double[] values, DType dtype, int[] shape) {
        Object data = values;
        if (dtype == DType.FLOAT32 || dtype == DType.COMPLEX64) {
            float[] f = new float[values.length];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) values[i];
            }
            data = f;
        }
        return xp.fromDlpack(DlpackTensor.host(data, dtype, shape), null, null);
    }

    /**
     * Line-major values ({@code [line][frequency]}) as an array whose frequency axis sits at {@code axisOut}
     * of {@code shape} (the other axes in order being the lines).
     */
    static NdArray lines(ArrayNamespace xp, double[] values, DType dtype, int[] shape, int axisOut) {
        int last = shape.length - 1;
        if (axisOut == last) {
            return of(xp, values, dtype, shape);
        }
        int[] lineMajor = new int[shape.length];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != axisOut) {
                lineMajor[j++] = shape[i];
            }
        }
        lineMajor[last] = shape[axisOut];
        return xp.moveaxis(of(xp, values, dtype, lineMajor), last, axisOut);
    }
}
