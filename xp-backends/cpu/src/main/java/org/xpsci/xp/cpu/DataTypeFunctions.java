package org.xpsci.xp.cpu;

import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.cpu.kernel.BlockInput;
import org.xpsci.xp.cpu.kernel.BlockOutput;
import org.xpsci.xp.cpu.kernel.Kind;
import org.xpsci.xp.cpu.kernel.Parallel;
import org.xpsci.xp.cpu.kernel.StridedLoop;
import org.xpsci.xp.spi.StridedLayout;

/** The standard's data type functions that need arrays ({@code astype}), and the cpu's copy/assign kernel. */
final class DataTypeFunctions {

    private final CpuNamespace ns;

    DataTypeFunctions(CpuNamespace ns) {
        this.ns = ns;
    }

    /**
     * {@code astype} with NumPy's casts: floats truncate toward zero into integers, integers wrap into narrower
     * ones, complex to real keeps the real part, every conversion rounds once. As in the standard, a NaN,
     * infinite or out-of-range float cast to an integer is implementation-defined (here: Java's saturating
     * conversion to 64 bits, then wrapping).
     */
    CpuArray astype(CpuArray x, DType dtype, boolean copy, Device device) {
        ns.checkDevice(device);
        if (dtype == null) {
            throw new IllegalArgumentException("dtype must be one of the 13 dtypes; got null");
        }
        if (!copy && x.dtype() == dtype) {
            return x;
        }
        return copy(x, dtype);
    }

    /** A new C-contiguous array holding x's elements converted to {@code dtype}. */
    CpuArray copy(CpuArray x, DType dtype) {
        CpuArray out = CpuArray.allocate(ns, dtype, x.shapeRef());
        assign(x, out);
        return out;
    }

    /**
     * Writes src, broadcast to dst's shape and converted to dst's dtype, into dst (which may be a strided
     * view). Used by copy, astype and {@code set}.
     */
    void assign(CpuArray src, CpuArray dst) {
        int[] shape = dst.shapeRef();
        int[] srcStrides = StridedLayout.broadcastStrides(src.shapeRef(), src.strides(), shape);
        if (src.dtype() == dst.dtype() && src.isContiguous() && dst.isContiguous()
                && java.util.Arrays.equals(src.shapeRef(), shape) && src.data() != dst.data()) {
            copyContiguous(src, dst);
            return;
        }
        if (src.data() == dst.data()) {
            src = copy(src, src.dtype()); // overlapping memory: read from a private copy
            srcStrides = StridedLayout.broadcastStrides(src.shapeRef(), src.strides(), shape);
        }
        // load in the source's own kind (lossless), so the store rounds once: int64 -> float32 directly
        Kind kind = Kind.of(src.dtype());
        CpuArray s = src;
        StridedLoop.run(shape, new int[][] {dst.strides(), srcStrides}, new int[] {dst.offset(), s.offset()},
                Parallel.CHEAP_GRAIN, () -> {
                    BlockInput in = new BlockInput(s.data(), s.dtype(), kind);
                    BlockOutput out = new BlockOutput(dst.data(), dst.dtype(), kind);
                    return (offs, st, n) -> {
                        Object a = in.block(offs[1], st[1], n);
                        Object t = out.target(offs[0], st[0], n);
                        int w = kind == Kind.COMPLEX ? 2 : 1;
                        if (a != t || in.at() != out.at()) {
                            System.arraycopy(a, w * in.at(), t, w * out.at(), w * n);
                        }
                        out.flush(n);
                    };
                });
    }

    private static void copyContiguous(CpuArray src, CpuArray dst) {
        int w = src.dtype().isComplexFloating() ? 2 : 1;
        long size = src.size();
        int chunks = Parallel.chunks(size, Parallel.CHEAP_GRAIN);
        long per = (size + chunks - 1) / chunks;
        Parallel.forEach(chunks, c -> {
            long s = c * per;
            long e = Math.min(size, s + per);
            if (s < e) {
                System.arraycopy(src.data(), (int) (w * (src.offset() + s)), dst.data(), (int) (w * (dst.offset() + s)),
                        (int) (w * (e - s)));
            }
        });
    }
}
