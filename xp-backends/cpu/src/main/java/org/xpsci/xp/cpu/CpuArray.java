package org.xpsci.xp.cpu;

import java.util.Optional;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Axes;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.DeviceTransferException;
import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.ElementwiseOp;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.spi.HostStorage;
import org.xpsci.xp.spi.ScalarConversions;
import org.xpsci.xp.spi.ShapeRules;
import org.xpsci.xp.spi.StridedLayout;

/**
 * An array of the cpu backend: a strided view over a primitive Java array in the dtype's natural width.
 * Slicing, transposes, broadcasting and reshapes of contiguous data give views that share the storage.
 * Created only by the {@link CpuNamespace}.
 */
public final class CpuArray implements NdArray {

    private final CpuNamespace ns;
    private final DType dtype;
    private final int[] shape;
    private final int[] strides;
    private final int offset;
    private final Object data;
    private final boolean writable;

    CpuArray(CpuNamespace ns, DType dtype, int[] shape, int[] strides, int offset, Object data, boolean writable) {
        this.ns = ns;
        this.dtype = dtype;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.data = data;
        this.writable = writable;
    }

    /** A new zero-filled C-contiguous array. */
    static CpuArray allocate(CpuNamespace ns, DType dtype, int[] shape) {
        long size = Axes.size(ShapeRules.checkShape(shape));
        return new CpuArray(ns, dtype, shape.clone(), DlpackTensor.contiguousStrides(shape), 0,
                HostStorage.allocate(dtype, size), true);
    }

    /** A view with another layout over the same storage. */
    CpuArray view(int[] newShape, int[] newStrides, int newOffset) {
        return new CpuArray(ns, dtype, newShape, newStrides, newOffset, data, writable);
    }

    /** A read-only view (broadcasts and sliding windows, whose elements alias). */
    CpuArray readOnlyView(int[] newShape, int[] newStrides, int newOffset) {
        return new CpuArray(ns, dtype, newShape, newStrides, newOffset, data, false);
    }

    /** A view with the given layout over the same storage. */
    CpuArray view(StridedLayout l) {
        return view(l.shape(), l.strides(), Math.toIntExact(l.offset()));
    }

    /** A read-only view with the given layout (a broadcast). */
    CpuArray readOnlyView(StridedLayout l) {
        return readOnlyView(l.shape(), l.strides(), Math.toIntExact(l.offset()));
    }

    /** The array's layout (shares the shape and stride arrays; internal use). */
    StridedLayout layout() {
        return new StridedLayout(shape, strides, offset);
    }

    // ---- internal layout accessors (package) ---------------------------------------------------------

    Object data() {
        return data;
    }

    int[] strides() {
        return strides;
    }

    int offset() {
        return offset;
    }

    int[] shapeRef() {
        return shape;
    }

    boolean writable() {
        return writable;
    }

    /** Refuses writes to a read-only view (a broadcast or a sliding window, whose elements alias). */
    void requireWritable() {
        if (!writable) {
            throw new IllegalArgumentException("assignment destination is read-only (a broadcast or sliding-window"
                    + " view); copy it first");
        }
    }

    /** The layout as a host buffer without copying the shape arrays (internal use). */
    HostBuffer buffer() {
        return new HostBuffer(data, dtype, shape, strides, offset);
    }

    /** True when the elements are in C order with no gaps. */
    boolean isContiguous() {
        return StridedLayout.isContiguous(shape, strides);
    }

    // ---- NdArray ---------------------------------------------------------------------------------------

    @Override
    public ArrayNamespace namespace() {
        return ns;
    }

    @Override
    public DType dtype() {
        return dtype;
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public int ndim() {
        return shape.length;
    }

    @Override
    public long size() {
        return Axes.size(shape);
    }

    @Override
    public Device device() {
        return Device.CPU;
    }

    @Override
    public NdArray toDevice(Device device) {
        if (device == null || device.isCpu()) {
            return this;
        }
        throw new DeviceTransferException("the cpu backend has only the cpu device; to move data to " + device
                + " use that backend's fromDlpack(x, " + device + ", true)");
    }

    @Override
    public DlpackTensor dlpack(Device device, Boolean copy) {
        if (device != null && !device.isCpu()) {
            throw new DeviceTransferException("a cpu array exports host memory only; the backend of " + device
                    + " copies it in with fromDlpack(x, " + device + ", true)");
        }
        if (Boolean.TRUE.equals(copy)) {
            CpuArray c = ns.copyOf(this);
            return DlpackTensor.host(c.data, dtype, c.shape, c.strides, c.offset, c);
        }
        return DlpackTensor.host(data, dtype, shape, strides, offset, this);
    }

    @Override
    public Optional<HostBuffer> hostBuffer() {
        return Optional.of(new HostBuffer(data, dtype, shape.clone(), strides.clone(), offset));
    }

    @Override
    public NdArray get(Index... index) {
        return ns.indexing().get(this, index);
    }

    @Override
    public void set(NdArray value, Index... index) {
        ns.indexing().set(this, value, index);
    }

    @Override
    public NdArray applyInPlace(ElementwiseOp op, NdArray other) {
        ns.elementwise().binaryInPlace(op, this, ns.cpu(other, "other"));
        return this;
    }

    @Override
    public double doubleValue() {
        return ScalarConversions.toDouble(dtype, shape, this::buffer);
    }

    @Override
    public long longValue() {
        return ScalarConversions.toLong(dtype, shape, this::buffer);
    }

    @Override
    public boolean booleanValue() {
        return ScalarConversions.toBoolean(shape, this::buffer);
    }

    @Override
    public Complex complexValue() {
        return ScalarConversions.toComplex(shape, this::buffer);
    }

    @Override
    public String toString() {
        return org.xpsci.xp.ArrayFormat.repr(buffer(), "array");
    }
}
