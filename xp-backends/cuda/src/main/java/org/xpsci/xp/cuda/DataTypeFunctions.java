package org.xpsci.xp.cuda;

import java.util.Arrays;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.cuda.internal.ComputeKind;
import org.xpsci.xp.cuda.internal.DeviceContext;
import org.xpsci.xp.cuda.internal.KernelArgs;
import org.xpsci.xp.cuda.internal.KernelLayout;
import org.xpsci.xp.cuda.internal.LaunchConfig;
import org.xpsci.xp.spi.StridedLayout;

/** {@code astype} and the backend's copy/assign kernel (copy_cast), which every copy goes through. */
final class DataTypeFunctions {

    private final CudaNamespace ns;

    DataTypeFunctions(CudaNamespace ns) {
        this.ns = ns;
    }

    /** {@code astype}: NumPy casting (floats truncate toward zero into integers; complex to real keeps re). */
    CudaArray astype(CudaArray x, DType dtype, boolean copy, Device device) {
        if (dtype == null) {
            throw new IllegalArgumentException("dtype must be one of the 13 dtypes; got null");
        }
        CudaArray src = x;
        if (device != null && !device.equals(x.device())) {
            src = (CudaArray) x.toDevice(device);
        }
        if (!copy && src.dtype() == dtype) {
            return src;
        }
        return copy(src, dtype);
    }

    /** A new C-contiguous array holding x's elements converted to {@code dtype}. */
    CudaArray copy(CudaArray x, DType dtype) {
        CudaArray out = CudaArray.allocate(ns, x.context(), dtype, x.shapeRef());
        assign(x, out);
        return out;
    }

    /** x as the given dtype: x itself when it already is, else a converted copy. */
    CudaArray as(CudaArray x, DType dtype) {
        return x.dtype() == dtype ? x : copy(x, dtype);
    }

    /**
     * Writes src, broadcast to dst's shape and converted to dst's dtype, into dst (which may be a strided
     * view). Memory shared by both is read from a private copy first.
     */
    void assign(CudaArray src, CudaArray dst) {
        DeviceContext ctx = ns.sameDevice(src, dst);
        int[] shape = dst.shapeRef();
        if (dst.size() == 0) {
            return;
        }
        CudaArray s = src;
        if (src.buffer() == dst.buffer()) {
            s = copy(src, src.dtype());
        }
        int[] srcStrides = StridedLayout.broadcastStrides(s.shapeRef(), s.strides(), shape);
        if (s.dtype() == dst.dtype() && s.isContiguous() && dst.isContiguous() && Arrays.equals(s.shapeRef(), shape)) {
            ctx.copy(dst.pointer(), s.pointer(), dst.size() * dst.dtype().itemSize());
        } else {
            KernelLayout l = KernelLayout.of(shape, dst.strides(), srcStrides);
            ctx.run("copy", "copy_cast", LaunchConfig.linear(l.size()), new KernelArgs().i64(l.size()).layout(l.pack())
                    .ptr(s.pointer()).i32(ComputeKind.code(s.dtype())).ptr(dst.pointer())
                    .i32(ComputeKind.code(dst.dtype())).i32(dst.dtype().itemSize()));
        }
        if (s != src) {
            s.close();
        }
    }
}
