package org.xpsci.fft.internal;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/** Input conversions scipy.fft applies before transforming (its {@code _asfarray}). */
public final class Inputs {

    private Inputs() {
    }

    /**
     * {@code x} with a floating dtype: integer and bool arrays become the namespace's default float (float64),
     * floating arrays are returned as they are.
     *
     * @throws IllegalArgumentException when x is null
     */
    public static NdArray floating(ArrayNamespace xp, NdArray x) {
        if (x == null) {
            throw new IllegalArgumentException("x must be an array; got null");
        }
        return x.dtype().isFloating() ? x : xp.astype(x, Xp.defaultFloat(xp));
    }

    /**
     * Checks that {@code x} is real, as SciPy's real-input transforms require.
     *
     * @throws IllegalArgumentException "x must be a real sequence" for complex input
     */
    public static void requireReal(NdArray x, String function) {
        if (x.dtype().isComplexFloating()) {
            throw new IllegalArgumentException("x must be a real sequence: " + function + " takes real input; got a "
                    + x.dtype() + " array");
        }
    }

    /** The complex dtype of a real floating dtype's precision (float32: complex64). */
    public static DType complexOf(DType d) {
        return d == DType.FLOAT32 || d == DType.COMPLEX64 ? DType.COMPLEX64 : DType.COMPLEX128;
    }
}
