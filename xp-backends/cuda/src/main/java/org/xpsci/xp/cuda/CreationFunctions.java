package org.xpsci.xp.cuda;

import java.util.ArrayList;
import java.util.List;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.HostReader;
import org.xpsci.xp.MixedBackendException;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.cuda.internal.ComputeKind;
import org.xpsci.xp.cuda.internal.DeviceContext;
import org.xpsci.xp.cuda.internal.KernelArgs;
import org.xpsci.xp.cuda.internal.LaunchConfig;
import org.xpsci.xp.spi.HostData;
import org.xpsci.xp.spi.HostStorage;
import org.xpsci.xp.spi.IntegerRange;
import org.xpsci.xp.spi.ShapeRules;

/**
 * The standard's creation functions on the device: fills, ramps (arange, linspace), eye and the triangles
 * are kernels; {@code asarray} of Java values uploads them (creating device data from host values is what it
 * is for).
 */
final class CreationFunctions {

    /** The most elements an arange may produce. */
    private static final double MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private final CudaNamespace ns;

    CreationFunctions(CudaNamespace ns) {
        this.ns = ns;
    }

    CudaArray empty(int[] shape, DType dtype, Device device) {
        return CudaArray.allocate(ns, ns.context(device), dtype == null ? DType.FLOAT64 : dtype, ShapeRules.checkShape(shape));
    }

    CudaArray full(int[] shape, Object fillValue, DType dtype, Device device) {
        DType d = dtype != null ? dtype : HostData.scalarDType(fillValue);
        if (fillValue instanceof Complex && !d.isComplexFloating()) {
            throw new IllegalArgumentException("a complex fill value needs a complex dtype; got " + d);
        }
        CudaArray out = CudaArray.allocate(ns, ns.context(device), d, ShapeRules.checkShape(shape));
        fill(out, fillValue);
        return out;
    }

    /**
     * Fills a contiguous array with one Java value, converted as {@link HostData#store} converts it (so a value
     * it refuses is refused for an empty array too).
     */
    void fill(CudaArray out, Object v) {
        DType d = out.dtype();
        Object one = HostStorage.allocate(d, 1);
        HostData.store(one, d, 0, v);
        if (out.size() == 0) {
            return;
        }
        HostBuffer value = new HostBuffer(one, d, new int[0], new int[0], 0);
        double[] c = new double[2];
        HostReader.forEach(value, (i, re, im) -> {
            c[0] = re;
            c[1] = im;
        });
        long[] iv = new long[1];
        if (!d.isFloating()) {
            HostReader.forEachLong(value, (i, x) -> iv[0] = x);
        }
        out.context().run("copy", "fill", LaunchConfig.linear(out.size()), new KernelArgs().i64(out.size())
                .ptr(out.pointer()).i32(ComputeKind.code(d)).f64(c[0]).f64(c[1]).i64(iv[0]));
    }

    CudaArray arange(double start, double stop, double step, DType dtype, Device device) {
        if (step == 0 || Double.isNaN(step)) {
            throw new IllegalArgumentException("arange step must be a non-zero number; got " + step);
        }
        if (!Double.isFinite(start) || !Double.isFinite(stop)) {
            throw new IllegalArgumentException("arange start and stop must be finite; got " + start + " and " + stop);
        }
        DType d = dtype == null ? DType.FLOAT64 : dtype;
        double len = Math.ceil((stop - start) / step);
        int n = (int) Math.max(0, Math.min(len, MAX_ELEMENTS));
        CudaArray out = CudaArray.allocate(ns, ns.context(device), d, new int[] {n});
        boolean integral = !d.isFloating() && start == Math.rint(start) && step == Math.rint(step);
        ramp(out, start, 0, step, 0, (long) start, (long) step, integral, -1, 0, 0);
        return out;
    }

    /**
     * {@code arange} of the default integer dtype from integer arguments: the ramp kernel computes
     * {@code start + i*step} in 64-bit arithmetic, so every value is exact.
     */
    CudaArray arange(long start, long stop, long step) {
        IntegerRange r = IntegerRange.of(start, stop, step);
        DType d = ns.info().defaultDtypes(null).integral();
        CudaArray out = CudaArray.allocate(ns, ns.context(null), d, new int[] {r.length()});
        ramp(out, start, 0, step, 0, start, step, true, -1, 0, 0);
        return out;
    }

    private void ramp(CudaArray out, double re0, double im0, double dre, double dim, long i0, long di,
                      boolean integral, long last, double lre, double lim) {
        if (out.size() == 0) {
            return;
        }
        out.context().run("copy", "ramp", LaunchConfig.linear(out.size()), new KernelArgs().i64(out.size())
                .ptr(out.pointer()).i32(ComputeKind.code(out.dtype())).f64(re0).f64(im0).f64(dre).f64(dim).i64(i0)
                .i64(di).flag(integral).i64(last).f64(lre).f64(lim));
    }

    CudaArray eye(int nRows, Integer nCols, int k, DType dtype, Device device) {
        int cols = nCols == null ? nRows : nCols;
        if (nRows < 0 || cols < 0) {
            throw new IllegalArgumentException("eye needs non-negative n_rows and n_cols; got " + nRows + " and " + cols);
        }
        DType d = dtype == null ? DType.FLOAT64 : dtype;
        CudaArray out = CudaArray.allocate(ns, ns.context(device), d, new int[] {nRows, cols});
        if (out.size() > 0) {
            out.context().run("copy", "eye", LaunchConfig.linear(out.size()), new KernelArgs().i64(out.size())
                    .i64(cols).i64(k).ptr(out.pointer()).i32(ComputeKind.code(d)));
        }
        return out;
    }

    CudaArray linspace(Complex start, Complex stop, int num, DType dtype, Device device, boolean endpoint) {
        if (num < 0) {
            throw new IllegalArgumentException("linspace num must be non-negative; got " + num);
        }
        boolean complex = start.im() != 0 || stop.im() != 0;
        DType d = dtype != null ? dtype : complex ? DType.COMPLEX128 : DType.FLOAT64;
        if (complex && !d.isComplexFloating()) {
            throw new IllegalArgumentException("linspace with complex endpoints needs a complex dtype; got " + d);
        }
        CudaArray out = CudaArray.allocate(ns, ns.context(device), d, new int[] {num});
        int div = endpoint ? num - 1 : num;
        double sre = div > 0 ? (stop.re() - start.re()) / div : 0;
        double sim = div > 0 ? (stop.im() - start.im()) / div : 0;
        long last = endpoint && num > 1 ? num - 1 : -1;
        ramp(out, start.re(), start.im(), sre, sim, 0, 0, false, last, stop.re(), stop.im());
        return out;
    }

    List<NdArray> meshgrid(List<NdArray> arrays, String indexing) {
        List<CudaArray> a = new ArrayList<>();
        for (int i = 0; i < arrays.size(); i++) {
            a.add(ns.cuda(arrays.get(i), "arrays[" + i + "]"));
        }
        ShapeRules.Grid grid = ShapeRules.meshgrid(ManipulationFunctions.shapes(a), indexing);
        List<NdArray> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            CudaArray r = ns.manipulation().reshape(a.get(i), grid.axisShapes()[i], null);
            out.add(ns.copyOf(ns.manipulation().broadcastTo(r, grid.shape())));
        }
        return out;
    }

    CudaArray tril(CudaArray x, int k) {
        return triangle(x, k, true);
    }

    CudaArray triu(CudaArray x, int k) {
        return triangle(x, k, false);
    }

    private CudaArray triangle(CudaArray x, int k, boolean lower) {
        if (x.ndim() < 2) {
            throw new IllegalArgumentException((lower ? "tril" : "triu") + " needs an array of at least 2 dimensions;"
                    + " got shape " + Broadcast.format(x.shapeRef()));
        }
        CudaArray out = ns.copyOf(x);
        int[] s = out.shapeRef();
        long rows = s[s.length - 2];
        long cols = s[s.length - 1];
        if (out.size() > 0) {
            out.context().run("copy", "tri_zero", LaunchConfig.linear(out.size()), new KernelArgs().i64(out.size())
                    .i64(rows).i64(cols).i64(k).flag(lower).ptr(out.pointer()).i32(out.dtype().itemSize()));
        }
        return out;
    }

    // ---- asarray ------------------------------------------------------------------------------------------

    CudaArray asarray(Object obj, DType dtype, Device device, Boolean copy) {
        if (obj instanceof NdArray a) {
            if (!(a instanceof CudaArray c) || c.namespace() != ns) {
                throw new MixedBackendException("asarray got a " + a.namespace().name() + " array; the cuda backend"
                        + " takes arrays of other backends only through fromDlpack(x, device, copy)");
            }
            CudaArray src = device != null && !device.equals(c.device()) ? (CudaArray) c.toDevice(device) : c;
            boolean sameType = dtype == null || dtype == src.dtype();
            if (Boolean.FALSE.equals(copy) && (!sameType || src != c)) {
                throw new IllegalArgumentException("asarray with copy=false cannot cast " + c.dtype() + " to " + dtype
                        + " or move it to another device");
            }
            if ((Boolean.TRUE.equals(copy) && src == c) || !sameType) {
                return ns.dataTypes().copy(src, sameType ? src.dtype() : dtype);
            }
            return src;
        }
        if (obj == null) {
            throw new IllegalArgumentException("asarray needs an array, a scalar or a Java array; got null");
        }
        if (Boolean.FALSE.equals(copy)) {
            throw new IllegalArgumentException("asarray with copy=false cannot put Java values on the GPU: that"
                    + " needs a copy");
        }
        HostData h = HostData.of(obj, dtype);
        DeviceContext ctx = ns.context(device);
        return ns.transfers().upload(h.data(), h.dtype(), h.shape(), ctx);
    }
}
