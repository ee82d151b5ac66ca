package org.xpsci.stats.internal;

import org.xpsci.stats.internal.algebra.HostAlgebra;
import org.xpsci.stats.internal.algebra.HostEvaluation;
import org.xpsci.stats.internal.algebra.VectorAlgebra;
import org.xpsci.stats.internal.algebra.VectorFunction;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/** {@link SliceEngine} over host memory: fused Java loops over the samples' buffers (the fast path). */
final class HostSliceEngine implements SliceEngine<double[], boolean[]> {

    private final ArrayNamespace xp;
    private final int[] outShape;
    private final HostAlgebra algebra;

    HostSliceEngine(ArrayNamespace xp, int[] outShape, int size) {
        this.xp = xp;
        this.outShape = outShape.clone();
        this.algebra = new HostAlgebra(size);
    }

    @Override
    public VectorAlgebra<double[], boolean[]> algebra() {
        return algebra;
    }

    private HostBuffer buffer(NdArray sample) {
        NdArray f = sample.dtype() == DType.FLOAT64 ? sample : xp.astype(sample, DType.FLOAT64);
        return Xp.hostBuffer(f).orElseThrow(() -> new IllegalStateException(
                "the host engine needs host memory; got an array on " + sample.device()));
    }

    @Override
    public Moments<double[], boolean[]> moments(NdArray sample, MomentRequest request) {
        return HostMoments.of(buffer(sample), request);
    }

    @Override
    public Trimmed<double[], boolean[]> trimmed(NdArray sample, double trim, boolean omit) {
        return HostTrimmed.of(buffer(sample), trim, omit);
    }

    @Override
    public CoMoments<double[], boolean[]> comoments(NdArray x, NdArray y) {
        return HostCoMoments.of(buffer(x), buffer(y));
    }

    @Override
    public boolean containsNan(NdArray sample) {
        HostBuffer b = buffer(sample);
        int[] shape = b.shape();
        int n = shape[shape.length - 1];
        int stride = b.strides()[shape.length - 1];
        double[] data = b.doubles();
        for (int base : SliceBases.of(shape, b.strides(), b.offset())) {
            for (int k = 0, p = base; k < n; k++, p += stride) {
                if (data[p] != data[p]) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public double[] vector(NdArray a) {
        return Xp.toDoubleArray(xp.broadcastTo(a, outShape));
    }

    @Override
    public NdArray array(double[] v, DType dtype) {
        NdArray a = xp.reshape(xp.asarray(v), outShape);
        return dtype == DType.FLOAT64 ? a : xp.astype(a, dtype);
    }

    @Override
    public NdArray mask(boolean[] b) {
        return xp.reshape(xp.asarray(b), outShape);
    }

    @Override
    public boolean any(boolean[] b) {
        for (boolean v : b) {
            if (v) {
                return true;
            }
        }
        return false;
    }

    @Override
    public double[] apply(VectorFunction f, double[] x, double[] p) {
        return HostEvaluation.apply(f, x, p);
    }
}
