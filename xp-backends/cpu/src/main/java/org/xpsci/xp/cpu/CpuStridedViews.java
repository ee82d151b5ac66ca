package org.xpsci.xp.cpu;

import org.xpsci.xp.Axes;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.StridedViews;

/** Zero-copy sliding windows over cpu arrays (NumPy's {@code sliding_window_view} with a step). */
final class CpuStridedViews implements StridedViews {

    private final CpuNamespace ns;

    CpuStridedViews(CpuNamespace ns) {
        this.ns = ns;
    }

    @Override
    public NdArray slidingWindowView(NdArray array, int window, int step, int axis) {
        CpuArray x = ns.cpu(array, "x");
        int ax = Axes.normalize(axis, x.ndim());
        int n = x.shapeRef()[ax];
        if (window < 1 || window > n) {
            throw new IllegalArgumentException("window must be between 1 and the axis length " + n + "; got " + window);
        }
        if (step < 1) {
            throw new IllegalArgumentException("step must be positive; got " + step);
        }
        int count = (n - window) / step + 1;
        int nd = x.ndim();
        int[] shape = new int[nd + 1];
        int[] strides = new int[nd + 1];
        System.arraycopy(x.shapeRef(), 0, shape, 0, nd);
        System.arraycopy(x.strides(), 0, strides, 0, nd);
        shape[ax] = count;
        strides[ax] = x.strides()[ax] * step;
        shape[nd] = window;
        strides[nd] = x.strides()[ax];
        return x.readOnlyView(shape, strides, x.offset());
    }
}
