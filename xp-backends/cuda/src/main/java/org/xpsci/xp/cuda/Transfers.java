package org.xpsci.xp.cuda;

import org.xpsci.xp.Axes;
import org.xpsci.xp.DType;
import org.xpsci.xp.Device;
import org.xpsci.xp.DeviceTransferException;
import org.xpsci.xp.DlpackTensor;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.cuda.internal.DeviceBuffer;
import org.xpsci.xp.cuda.internal.DeviceContext;
import org.xpsci.xp.cuda.internal.HostArrays;
import org.xpsci.xp.spi.HostStorage;
import org.xpsci.xp.spi.StridedLayout;

/**
 * Every movement of data between host and device, or between devices: {@code from_dlpack}, {@code to_device},
 * uploads of Java values ({@code asarray}) and downloads (DLPack export to the cpu, scalar conversions,
 * printing). Nothing else in the backend copies across the bus.
 */
final class Transfers {

    private final CudaNamespace ns;

    Transfers(CudaNamespace ns) {
        this.ns = ns;
    }

    /** A new device array holding contiguous host storage of dtype/shape. */
    CudaArray upload(Object data, DType dtype, int[] shape, DeviceContext ctx) {
        CudaArray out = CudaArray.allocate(ns, ctx, dtype, shape);
        long bytes = Axes.size(shape) * dtype.itemSize();
        ctx.upload(out.pointer(), HostArrays.pointer(data, dtype, 0), bytes);
        return out;
    }

    /** The elements of x in C order as contiguous host storage of x's dtype. */
    Object download(CudaArray x) {
        CudaArray c = x.isContiguous() ? x : ns.copyOf(x);
        Object data = HostStorage.allocate(x.dtype(), x.size());
        c.context().download(HostArrays.pointer(data, x.dtype(), 0), c.pointer(), x.size() * x.dtype().itemSize());
        if (c != x) {
            c.close();
        }
        return data;
    }

    /** A copy of x on cuda device {@code id}. */
    CudaArray toCudaDevice(CudaArray x, int id) {
        DeviceContext target = ns.context(new Device("cuda", id));
        CudaArray c = x.isContiguous() ? x : ns.copyOf(x);
        CudaArray out = CudaArray.allocate(ns, target, x.dtype(), x.shapeRef());
        target.copyFrom(c.context(), c.pointer(), out.pointer(), x.size() * x.dtype().itemSize());
        if (c != x) {
            c.close();
        }
        return out;
    }

    /**
     * {@code from_dlpack}: a cuda array of this namespace as it is (or copied when copy is TRUE or the device
     * differs), device memory of another library wrapped without copying, host memory copied to the device
     * only when a cuda device is named and copy is not FALSE.
     */
    CudaArray fromDlpack(Object x, Device device, Boolean copy) {
        if (x instanceof CudaArray c && c.namespace() == ns) {
            c.checkOpen();
            if (device != null && !device.equals(c.device())) {
                if (Boolean.FALSE.equals(copy)) {
                    throw new DeviceTransferException("from_dlpack with copy=false cannot move an array from "
                            + c.device() + " to " + device);
                }
                return (CudaArray) c.toDevice(device);
            }
            return Boolean.TRUE.equals(copy) ? ns.copyOf(c) : c;
        }
        DlpackTensor t;
        if (x instanceof NdArray a) {
            t = a.dlpack(null, null);
        } else if (x instanceof DlpackTensor d) {
            t = d;
        } else {
            throw new IllegalArgumentException("from_dlpack needs an array or a DlpackTensor; got "
                    + (x == null ? "null" : x.getClass().getName()));
        }
        if (t.isHost()) {
            return fromHost(t, device, copy);
        }
        if (!"cuda".equals(t.device().type())) {
            throw new DeviceTransferException("from_dlpack cannot read memory on " + t.device()
                    + "; export it to the host first");
        }
        DeviceContext ctx = ns.context(t.device());
        DeviceBuffer b = DeviceBuffer.wrap(ctx, t.devicePointer(), 0, t.owner());
        CudaArray a = new CudaArray(ns, t.dtype(), t.shape().clone(), t.strides().clone(), t.offset(), b, true);
        if (device != null && !device.equals(t.device())) {
            if (Boolean.FALSE.equals(copy)) {
                throw new DeviceTransferException("from_dlpack with copy=false cannot move an array from "
                        + t.device() + " to " + device);
            }
            return (CudaArray) a.toDevice(device);
        }
        return Boolean.TRUE.equals(copy) ? ns.copyOf(a) : a;
    }

    private CudaArray fromHost(DlpackTensor t, Device device, Boolean copy) {
        if (device == null || !"cuda".equals(device.type())) {
            throw new DeviceTransferException("the array is in host memory (" + t.device() + "); the cuda backend"
                    + " copies it to the GPU only when asked: fromDlpack(x, new Device(\"cuda\", 0), true)");
        }
        if (Boolean.FALSE.equals(copy)) {
            throw new DeviceTransferException("from_dlpack with copy=false cannot bring host memory to " + device
                    + "; pass copy=true to copy it");
        }
        HostStorage.checkTensor(t);
        DeviceContext ctx = ns.context(device);
        int[] shape = t.shape();
        long size = Axes.size(shape);
        if (StridedLayout.isContiguous(shape, t.strides())) {
            CudaArray out = CudaArray.allocate(ns, ctx, t.dtype(), shape);
            ctx.upload(out.pointer(), HostArrays.pointer(t.hostData(), t.dtype(), t.offset()), size * t.dtype().itemSize());
            return out;
        }
        // a strided host view: upload the span it covers, then gather it on the device
        long[] ext = new StridedLayout(shape, t.strides(), t.offset()).extent();
        long span = ext[1] - ext[0] + 1;
        CudaArray raw = CudaArray.allocate(ns, ctx, t.dtype(), new int[] {Math.toIntExact(span)});
        ctx.upload(raw.pointer(), HostArrays.pointer(t.hostData(), t.dtype(), ext[0]), span * t.dtype().itemSize());
        CudaArray v = raw.view(shape.clone(), t.strides().clone(), t.offset() - ext[0]);
        CudaArray out = ns.copyOf(v);
        v.close();
        raw.close();
        return out;
    }
}
