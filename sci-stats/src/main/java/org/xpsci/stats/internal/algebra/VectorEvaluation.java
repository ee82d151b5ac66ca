package org.xpsci.stats.internal.algebra;

import java.util.Arrays;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.DType;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * Runs a {@link VectorFunction} on arrays: on the host over primitive blocks when fast paths are on and both
 * arrays grant host memory, otherwise with the namespace's float64 arithmetic (the portable path). The
 * arrays are broadcast together; the result has the given dtype, in the arrays' namespace and device.
 */
public final class VectorEvaluation {

    private VectorEvaluation() {
    }

    /**
     * {@code f(x, p)} elementwise.
     *
     * @param f      the function
     * @param x      first argument
     * @param p      second argument (broadcast with x)
     * @param result the result's (real floating) dtype; the work is done in float64
     */
    public static NdArray apply(VectorFunction f, NdArray x, NdArray p, DType result) {
        ArrayNamespace xp = Xp.namespace(x, p);
        int[] shape = Broadcast.shapes(x.shape(), p.shape());
        if (Arrays.stream(shape).anyMatch(d -> d == 0)) {
            return xp.empty(shape, result, x.device());
        }
        NdArray out;
        if (Xp.fastPathsEnabled() && Xp.hostBuffer(x).isPresent() && Xp.hostBuffer(p).isPresent()) {
            double[] r = HostEvaluation.apply(f, hostValues(xp, x, shape), hostValues(xp, p, shape));
            out = xp.reshape(xp.asarray(r), shape);
        } else {
            NdArray xf = xp.broadcastTo(float64(xp, x), shape);
            NdArray pf = xp.broadcastTo(float64(xp, p), shape);
            out = f.apply(new NamespaceAlgebra(xp, shape, x.device()), xf, pf);
        }
        return out.dtype() == result ? out : xp.astype(out, result);
    }

    private static NdArray float64(ArrayNamespace xp, NdArray a) {
        return a.dtype() == DType.FLOAT64 ? a : xp.astype(a, DType.FLOAT64);
    }

    private static double[] hostValues(ArrayNamespace xp, NdArray a, int[] shape) {
        NdArray b = Arrays.equals(a.shape(), shape) ? a : xp.broadcastTo(a, shape);
        return Xp.toDoubleArray(b);
    }
}
