package org.xpsci.linalg.internal;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * A stack of matrices read from host memory into one double array (interleaved (re, im) pairs for complex
 * dtypes), C order, for the host kernels; and results written back as arrays of the caller's namespace
 * without a copy on the host ({@code fromDlpack} of a host tensor).
 *
 * @param data    the elements, matrix after matrix
 * @param count   the number of matrices
 * @param rows    rows of each matrix
 * @param cols    columns of each matrix
 * @param complex whether the elements are interleaved complex pairs
 */
public record HostStack(double[] data, int count, int rows, int cols, boolean complex) {

    /** Reads x (ndim at least 2; ints and bool as doubles) from the host. */
    public static HostStack read(NdArray x) {
        boolean complex = x.dtype().isComplexFloating();
        double[] d = complex ? Xp.toComplexArray(x) : Xp.toDoubleArray(x);
        int rows = x.shape(-2);
        int cols = x.shape(-1);
        int count = rows * cols == 0 ? (int) org.xpsci.xp.Axes.size(Matrices.batch(x)) : (int) (x.size() / (rows * cols));
        return new HostStack(d, count, rows, cols, complex);
    }

    /** Doubles per element: 2 for complex, else 1. */
    public int width() {
        return complex ? 2 : 1;
    }

    /** The offset (in doubles) of matrix i. */
    public int offset(int i) {
        return i * rows * cols * width();
    }

    /**
     * An array of xp holding {@code values} (doubles, interleaved for complex dtypes) as {@code dtype} with the
     * given shape.
     */
    public static NdArray toArray(ArrayNamespace xp, double[] values, DType dtype, int... shape) {
        Object storage;
        if (dtype == DType.FLOAT64 || dtype == DType.COMPLEX128) {
            storage = values;
        } else if (dtype == DType.FLOAT32 || dtype == DType.COMPLEX64) {
            float[] f = new float[values.length];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) values[i];
            }
            storage = f;
        } else {
            return xp.astype(toArray(xp, values, DType.FLOAT64, shape), dtype);
        }
        return xp.fromDlpack(DlpackTensor.host(storage, dtype, shape), null, null);
    }

    /** An int32 array of xp holding {@code values} with the given shape. */
    public static NdArray toIntArray(ArrayNamespace xp, int[] values, int... shape) {
        return xp.fromDlpack(DlpackTensor.host(values, DType.INT32, shape), null, null);
    }
}
