package org.xpsci.xp.cuda;

import java.lang.ref.Cleaner;
import org.xpsci.xp.ArrayFormat;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Axes;
import org.xpsci.xp.Broadcast;
import org.xpsci.xp.Complex;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.DeviceTransferException;
import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.HostBuffer;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.cuda.internal.DeviceBuffer;
import org.xpsci.xp.cuda.internal.DeviceContext;
import org.xpsci.xp.cuda.internal.DevicePointer;
import org.xpsci.xp.spi.ScalarConversions;
import org.xpsci.xp.spi.ShapeRules;
import org.xpsci.xp.spi.StridedLayout;

/**
 * An array of the cuda backend: a strided view (shape, strides and offset in elements) over device memory.
 * Slices, transposes, broadcasts and reshapes of contiguous data are views sharing the memory. Data moves
 * between host and device only when asked: {@code fromDlpack} with a device, {@link #toDevice},
 * {@link #dlpack(Device, Boolean)} to the cpu, and the scalar conversions ({@link #doubleValue()} ...) which
 * copy one element. {@link #toString()} copies the array to the host to print it.
 *
 * <p>Device memory is released deterministically by {@link #close()} (once this array and every view of the
 * same memory are closed), and otherwise by a {@link Cleaner} when the arrays become unreachable. Using a
 * closed array is an error.
 */
public final class CudaArray implements NdArray, AutoCloseable {

    private static final Cleaner CLEANER = Cleaner.create();

    private final CudaNamespace ns;
    private final DType dtype;
    private final int[] shape;
    private final int[] strides;
    private final long offset;
    private final DeviceBuffer buffer;
    private final boolean writable;
    private final Cleaner.Cleanable cleanable;
    private volatile boolean closed;

    CudaArray(CudaNamespace ns, DType dtype, int[] shape, int[] strides, long offset, DeviceBuffer buffer,
              boolean writable) {
        this.ns = ns;
        this.dtype = dtype;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.buffer = buffer;
        this.writable = writable;
        buffer.retain();
        this.cleanable = CLEANER.register(this, new Release(buffer));
    }

    /** Gives the array's use of its buffer back, once (shared by close() and the Cleaner). */
    private static final class Release implements Runnable {
        private final DeviceBuffer buffer;

        Release(DeviceBuffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public void run() {
            buffer.release();
        }
    }

    /** A new uninitialised C-contiguous array on the context's device. */
    static CudaArray allocate(CudaNamespace ns, DeviceContext ctx, DType dtype, int[] shape) {
        long bytes = Axes.size(ShapeRules.checkShape(shape)) * dtype.itemSize();
        return new CudaArray(ns, dtype, shape.clone(), DlpackTensor.contiguousStrides(shape), 0, ctx.allocate(bytes), true);
    }

    /** A view with another layout over the same memory. */
    CudaArray view(int[] newShape, int[] newStrides, long newOffset) {
        checkOpen();
        return new CudaArray(ns, dtype, newShape, newStrides, newOffset, buffer, writable);
    }

    /** A read-only view (broadcasts, whose elements alias). */
    CudaArray readOnlyView(int[] newShape, int[] newStrides, long newOffset) {
        checkOpen();
        return new CudaArray(ns, dtype, newShape, newStrides, newOffset, buffer, false);
    }

    /** A view with the given layout over the same memory. */
    CudaArray view(StridedLayout l) {
        return view(l.shape(), l.strides(), l.offset());
    }

    /** A read-only view with the given layout (a broadcast). */
    CudaArray readOnlyView(StridedLayout l) {
        return readOnlyView(l.shape(), l.strides(), l.offset());
    }

    /** The array's layout (shares the shape and stride arrays; internal use). */
    StridedLayout layout() {
        return new StridedLayout(shape, strides, offset);
    }

    /** The same memory reinterpreted with another dtype of the given layout (e.g. complex as real pairs). */
    CudaArray reinterpret(DType as, int[] newShape, int[] newStrides, long newOffset) {
        checkOpen();
        return new CudaArray(ns, as, newShape, newStrides, newOffset, buffer, writable);
    }

    // ---- internal accessors (package) -------------------------------------------------------------------

    int[] shapeRef() {
        return shape;
    }

    int[] strides() {
        return strides;
    }

    long offset() {
        return offset;
    }

    boolean writable() {
        return writable;
    }

    DeviceBuffer buffer() {
        return buffer;
    }

    DeviceContext context() {
        return buffer.context();
    }

    /** The address of element (0, 0, ...): the pointer kernels index with the strides. */
    DevicePointer pointer() {
        checkOpen();
        return buffer.pointer().plus(offset * dtype.itemSize());
    }

    boolean isContiguous() {
        return StridedLayout.isContiguous(shape, strides);
    }

    void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this cuda array was closed; its device memory may be reused");
        }
    }

    /**
     * Waits until the device has finished the work queued so far on this array's device (kernels run
     * asynchronously; a benchmark that times an operation calls this before stopping the clock). Moves no data.
     */
    public void synchronize() {
        buffer.context().synchronize();
    }

    // ---- AutoCloseable --------------------------------------------------------------------------------

    /**
     * Releases this array's use of its device memory now; the memory returns to the pool when every array
     * sharing it (views included) is closed or collected. Idempotent.
     */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            cleanable.clean();
        }
    }

    // ---- NdArray --------------------------------------------------------------------------------------

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
        return new Device("cuda", buffer.context().id());
    }

    /** This array on another cuda device (a copy), or itself for its own device. */
    @Override
    public NdArray toDevice(Device device) {
        if (device == null || device.equals(device())) {
            return this;
        }
        if (!"cuda".equals(device.type())) {
            throw new DeviceTransferException("a cuda array can move to another cuda device only; to copy it to "
                    + device + " use Xp.backend(\"cpu\").fromDlpack(x, Device.CPU, true)");
        }
        return ns.transfers().toCudaDevice(this, device.id());
    }

    /**
     * The array as a DLPack descriptor: its device memory (zero copy) for a null or its own device; a host copy
     * for the cpu device, or a copy on another cuda device, unless {@code copy} is FALSE.
     */
    @Override
    public DlpackTensor dlpack(Device device, Boolean copy) {
        checkOpen();
        if (device == null || device.equals(device())) {
            if (Boolean.TRUE.equals(copy)) {
                CudaArray c = ns.dataTypes().copy(this, dtype);
                return c.dlpack(null, null);
            }
            return new DlpackTensor(device(), dtype, shape.clone(), strides.clone(), offset, null,
                    buffer.pointer().address(), this);
        }
        if (Boolean.FALSE.equals(copy)) {
            throw new DeviceTransferException("dlpack with copy=false cannot export a cuda array on " + device()
                    + " to " + device + "; pass copy=null or true to copy it");
        }
        if (device.isCpu()) {
            Object data = ns.transfers().download(this);
            return DlpackTensor.host(data, dtype, shape.clone());
        }
        return ((CudaArray) toDevice(device)).dlpack(null, null);
    }

    @Override
    public NdArray get(Index... index) {
        return ns.indexing().get(this, index);
    }

    @Override
    public void set(NdArray value, Index... index) {
        ns.indexing().set(this, value, index);
    }

    /** The value of a one-element array (copies it from the device). */
    @Override
    public double doubleValue() {
        return ScalarConversions.toDouble(dtype, shape, this::host);
    }

    /** The value of a one-element integer or bool array (copies it from the device). */
    @Override
    public long longValue() {
        return ScalarConversions.toLong(dtype, shape, this::host);
    }

    /** Whether the one element is non-zero (copies it from the device). */
    @Override
    public boolean booleanValue() {
        return ScalarConversions.toBoolean(shape, this::host);
    }

    /** The one element as a complex number (copies it from the device). */
    @Override
    public Complex complexValue() {
        return ScalarConversions.toComplex(shape, this::host);
    }

    /** The elements, copied to the host. */
    private HostBuffer host() {
        Object data = ns.transfers().download(this);
        return new HostBuffer(data, dtype, shape.clone(), DlpackTensor.contiguousStrides(shape), 0);
    }

    /**
     * NumPy's repr of the array, e.g. {@code array([1., 2.])}; this copies the array to the host (the one
     * implicit transfer, for display only). A closed array prints as such.
     */
    @Override
    public String toString() {
        if (closed) {
            return "<closed cuda array " + dtype + Broadcast.format(shape) + ">";
        }
        return ArrayFormat.repr(host(), "array");
    }
}
