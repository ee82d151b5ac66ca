package org.xpsci.xp.cpu;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.DeviceTransferException;
import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.MixedBackendException;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.cpu.kernel.Fill;
import org.xpsci.xp.cpu.kernel.Loader;
import org.xpsci.xp.spi.HostData;
import org.xpsci.xp.spi.HostStorage;
import org.xpsci.xp.spi.ShapeRules;

/** The standard's creation functions on the cpu, and {@code from_dlpack}. */
final class CreationFunctions {

    private final CpuNamespace ns;

    CreationFunctions(CpuNamespace ns) {
        this.ns = ns;
    }

    CpuArray empty(int[] shape, DType dtype, Device device) {
        ns.checkDevice(device);
        return CpuArray.allocate(ns, dtype == null ? DType.FLOAT64 : dtype, ShapeRules.checkShape(shape));
    }

    CpuArray full(int[] shape, Object fillValue, DType dtype, Device device) {
        ns.checkDevice(device);
        DType d = dtype != null ? dtype : HostData.scalarDType(fillValue);
        if (fillValue instanceof Complex && !d.isComplexFloating()) {
            throw new IllegalArgumentException("a complex fill value needs a complex dtype; got " + d);
        }
        CpuArray out = CpuArray.allocate(ns, d, ShapeRules.checkShape(shape));
        Fill.fill(out.data(), d, 0, Math.toIntExact(out.size()), fillValue);
        return out;
    }

    /**
     * {@code arange} as NumPy fills it: the first two values are start and start + step converted to the dtype,
     * and element i is {@code first + i*delta} in the dtype's arithmetic, with delta the difference of the two
     * (so float64 steps carry the rounding of start + step, float32 is computed in float, integers wrap).
     */
    CpuArray arange(double start, double stop, double step, DType dtype, Device device) {
        ns.checkDevice(device);
        if (step == 0 || Double.isNaN(step)) {
            throw new IllegalArgumentException("arange step must be a non-zero number; got " + step);
        }
        if (!Double.isFinite(start) || !Double.isFinite(stop)) {
            throw new IllegalArgumentException("arange start and stop must be finite; got " + start + " and " + stop);
        }
        DType d = dtype == null ? DType.FLOAT64 : dtype;
        double len = Math.ceil((stop - start) / step);
        if (len > HostStorage.MAX_ELEMENTS) {
            throw new IllegalArgumentException("arange(" + start + ", " + stop + ", " + step + ") would have "
                    + (long) len + " elements, more than a cpu array holds (" + HostStorage.MAX_ELEMENTS + ")");
        }
        int n = len > 0 ? (int) len : 0;
        if (d.isBool() && n > 2) {
            throw new IllegalArgumentException("arange with dtype bool can only make False, True (at most 2"
                    + " elements); got a length of " + n);
        }
        CpuArray out = CpuArray.allocate(ns, d, new int[] {n});
        double second = start + step;
        if (d == DType.FLOAT32) {
            float first = (float) start;
            float delta = (float) second - first;
            float[] v = new float[n];
            for (int i = 0; i < n; i++) {
                v[i] = i == 1 ? (float) second : first + (float) i * delta;
            }
            Loader.fromFloat(v, n, out.data(), d, 0, 1);
        } else if (d.isIntegral()) {
            long first = toInteger(start, d);
            long delta = toInteger(second, d) - first;
            long[] v = new long[n];
            for (int i = 0; i < n; i++) {
                v[i] = first + i * delta;
            }
            Loader.fromLong(v, n, out.data(), d, 0, 1);
        } else {
            double delta = second - start;
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = i == 1 ? second : start + i * delta;
            }
            Loader.fromDouble(v, n, out.data(), d, 0, 1);
        }
        return out;
    }

    private static long toInteger(double v, DType d) {
        return d == DType.UINT64 ? HostData.doubleToUnsigned(v) : (long) v;
    }

    CpuArray eye(int nRows, Integer nCols, int k, DType dtype, Device device) {
        ns.checkDevice(device);
        int cols = nCols == null ? nRows : nCols;
        if (nRows < 0 || cols < 0) {
            throw new IllegalArgumentException("eye needs non-negative n_rows and n_cols; got " + nRows + " and " + cols);
        }
        DType d = dtype == null ? DType.FLOAT64 : dtype;
        CpuArray out = CpuArray.allocate(ns, d, new int[] {nRows, cols});
        Object one = d.isBool() ? Boolean.TRUE : (Object) 1L;
        for (int i = 0; i < nRows; i++) {
            int j = i + k;
            if (j >= 0 && j < cols) {
                Fill.fill(out.data(), d, i * cols + j, i * cols + j + 1, one);
            }
        }
        return out;
    }

    CpuArray linspace(Complex start, Complex stop, int num, DType dtype, Device device, boolean endpoint) {
        ns.checkDevice(device);
        if (num < 0) {
            throw new IllegalArgumentException("linspace num must be non-negative; got " + num);
        }
        boolean complex = start.im() != 0 || stop.im() != 0;
        DType d = dtype != null ? dtype : DType.COMPLEX128;
        if (complex && !d.isComplexFloating()) {
            throw new IllegalArgumentException("linspace with complex endpoints needs a complex dtype; got " + d);
        }
        CpuArray out = CpuArray.allocate(ns, d, new int[] {num});
        int div = endpoint ? num - 1 : num;
        double[] v = new double[2 * num];
        for (int part = 0; part < 2; part++) {
            double a = part == 0 ? start.re() : start.im();
            double b = part == 0 ? stop.re() : stop.im();
            double step = div > 0 ? (b - a) / div : Double.NaN;
            for (int i = 0; i < num; i++) {
                v[2 * i + part] = div > 0 ? a + i * step : a;
            }
            if (endpoint && num > 1) {
                v[2 * (num - 1) + part] = b;
            }
        }
        if (d.isIntegral()) {
            for (int i = 0; i < num; i++) {
                v[2 * i] = Math.floor(v[2 * i]); // NumPy floors before the cast to an integer dtype
            }
        }
        Loader.fromComplex(v, num, out.data(), d, 0, 1);
        return out;
    }

    List<NdArray> meshgrid(List<NdArray> arrays, String indexing) {
        List<CpuArray> a = new ArrayList<>();
        for (int i = 0; i < arrays.size(); i++) {
            a.add(ns.cpu(arrays.get(i), "arrays[" + i + "]"));
        }
        ShapeRules.Grid grid = ShapeRules.meshgrid(ManipulationFunctions.shapes(a), indexing);
        List<NdArray> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            CpuArray r = ns.manipulation().reshape(a.get(i), grid.axisShapes()[i], null);
            out.add(ns.copyOf(ns.manipulation().broadcastTo(r, grid.shape())));
        }
        return out;
    }

    CpuArray tril(CpuArray x, int k) {
        return triangle(x, k, true);
    }

    CpuArray triu(CpuArray x, int k) {
        return triangle(x, k, false);
    }

    private CpuArray triangle(CpuArray x, int k, boolean lower) {
        if (x.ndim() < 2) {
            throw new IllegalArgumentException((lower ? "tril" : "triu") + " needs an array of at least 2 dimensions;"
                    + " got shape " + Broadcast.format(x.shapeRef()));
        }
        CpuArray out = ns.copyOf(x);
        int[] s = out.shapeRef();
        int rows = s[s.length - 2];
        int cols = s[s.length - 1];
        long batches = out.size() / Math.max(1L, (long) rows * cols);
        if (rows == 0 || cols == 0) {
            return out;
        }
        for (long b = 0; b < batches; b++) {
            int base = (int) (b * rows * cols);
            for (int i = 0; i < rows; i++) {
                int from = lower ? Math.max(0, Math.min(cols, i + k + 1)) : 0;
                int to = lower ? cols : Math.max(0, Math.min(cols, i + k));
                if (from < to) {
                    Fill.fill(out.data(), out.dtype(), base + i * cols + from, base + i * cols + to, 0L);
                }
            }
        }
        return out;
    }

    // ---- asarray ------------------------------------------------------------------------------------------

    CpuArray asarray(Object obj, DType dtype, Device device, Boolean copy) {
        ns.checkDevice(device);
        if (obj instanceof NdArray a) {
            if (!(a instanceof CpuArray c) || c.namespace() != ns) {
                throw new MixedBackendException("asarray got a " + a.namespace().name() + " array; the cpu backend"
                        + " takes arrays of other backends only through fromDlpack(x, device, copy)");
            }
            boolean sameType = dtype == null || dtype == c.dtype();
            if (Boolean.FALSE.equals(copy) && !sameType) {
                throw new IllegalArgumentException("asarray with copy=false cannot cast " + c.dtype() + " to " + dtype);
            }
            if (Boolean.TRUE.equals(copy) || !sameType) {
                return ns.dataTypes().copy(c, sameType ? c.dtype() : dtype);
            }
            return c;
        }
        if (obj == null) {
            throw new IllegalArgumentException("asarray needs an array, a scalar or a Java array; got null");
        }
        if (obj instanceof Number || obj instanceof Boolean || obj instanceof Complex) {
            if (Boolean.FALSE.equals(copy)) {
                throw new IllegalArgumentException("asarray with copy=false cannot make an array from a scalar");
            }
            return fromHost(HostData.of(obj, dtype));
        }
        if (!obj.getClass().isArray()) {
            throw new IllegalArgumentException("asarray accepts arrays, Number, Boolean, Complex and Java arrays; got "
                    + obj.getClass().getName());
        }
        DType natural = naturalDType(obj);
        if (natural != null && (dtype == null || dtype == natural) && !Boolean.TRUE.equals(copy)) {
            int n = Array.getLength(obj);
            return new CpuArray(ns, natural, new int[] {n}, new int[] {1}, 0, obj, true);
        }
        if (Boolean.FALSE.equals(copy)) {
            throw new IllegalArgumentException("asarray with copy=false needs a 1-d primitive array of the dtype's own"
                    + " storage type; got " + obj.getClass().getSimpleName() + (dtype == null ? "" : " for " + dtype));
        }
        return fromHost(HostData.of(obj, dtype));
    }

    /** A cpu array over converted Java values (their storage is fresh: no copy). */
    private CpuArray fromHost(HostData h) {
        return new CpuArray(ns, h.dtype(), h.shape(), DlpackTensor.contiguousStrides(h.shape()), 0, h.data(), true);
    }

    /** The dtype a 1-d primitive array is stored as without conversion, or null. */
    private static DType naturalDType(Object obj) {
        if (obj instanceof double[]) {
            return DType.FLOAT64;
        }
        if (obj instanceof float[]) {
            return DType.FLOAT32;
        }
        if (obj instanceof long[]) {
            return DType.INT64;
        }
        if (obj instanceof int[]) {
            return DType.INT32;
        }
        if (obj instanceof short[]) {
            return DType.INT16;
        }
        if (obj instanceof byte[]) {
            return DType.INT8;
        }
        return null;
    }

    // ---- from_dlpack -----------------------------------------------------------------------------------

    CpuArray fromDlpack(Object x, Device device, Boolean copy) {
        ns.checkDevice(device);
        DlpackTensor t;
        if (x instanceof CpuArray c && c.namespace() == ns) {
            return Boolean.TRUE.equals(copy) ? ns.copyOf(c) : c;
        } else if (x instanceof NdArray a) {
            t = a.dlpack(null, copy);
            if (!t.isHost()) {
                if (Boolean.FALSE.equals(copy)) {
                    throw new DeviceTransferException("from_dlpack with copy=false cannot bring a " + a.namespace().name()
                            + " array on " + a.device() + " to the cpu; pass copy=true to copy it");
                }
                t = a.dlpack(Device.CPU, true);
            }
        } else if (x instanceof DlpackTensor d) {
            t = d;
            if (!t.isHost()) {
                throw new DeviceTransferException("the DLPack tensor is on " + t.device() + "; export it from its"
                        + " array with dlpack(Device.CPU, true) to copy it to the host");
            }
        } else {
            throw new IllegalArgumentException("from_dlpack needs an array or a DlpackTensor; got "
                    + (x == null ? "null" : x.getClass().getName()));
        }
        HostStorage.checkTensor(t);
        CpuArray a = new CpuArray(ns, t.dtype(), t.shape().clone(), t.strides().clone(), Math.toIntExact(t.offset()),
                t.hostData(), true);
        return Boolean.TRUE.equals(copy) && !(x instanceof NdArray) ? ns.copyOf(a) : a;
    }
}
