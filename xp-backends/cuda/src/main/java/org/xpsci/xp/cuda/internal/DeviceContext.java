package org.xpsci.xp.cuda.internal;

import static jcuda.driver.JCudaDriver.cuCtxSetCurrent;
import static jcuda.driver.JCudaDriver.cuDeviceGet;
import static jcuda.driver.JCudaDriver.cuDeviceGetAttribute;
import static jcuda.driver.JCudaDriver.cuDeviceGetName;
import static jcuda.driver.JCudaDriver.cuDevicePrimaryCtxRetain;
import static jcuda.driver.JCudaDriver.cuDeviceTotalMem;
import static jcuda.driver.JCudaDriver.cuLaunchKernel;
import static jcuda.driver.JCudaDriver.cuMemAlloc;
import static jcuda.driver.JCudaDriver.cuMemFree;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoDAsync;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoH;
import static jcuda.driver.JCudaDriver.cuMemcpyHtoD;
import static jcuda.driver.JCudaDriver.cuMemcpyPeerAsync;
import static jcuda.driver.JCudaDriver.cuMemsetD8Async;
import static jcuda.driver.JCudaDriver.cuModuleGetFunction;
import static jcuda.driver.JCudaDriver.cuModuleLoadData;
import static jcuda.driver.JCudaDriver.cuStreamCreate;
import static jcuda.driver.JCudaDriver.cuStreamSynchronize;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jcuda.CudaException;
import jcuda.Pointer;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdevice_attribute;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;
import jcuda.driver.CUresult;
import jcuda.driver.CUstream;

/**
 * One CUDA device as the backend uses it: its primary context, one stream on which every kernel and copy of
 * the backend runs in order, the caching memory pool, and the PTX modules loaded so far (lazily, one per
 * kernel family). Created only after {@link CudaProbe} found the driver working.
 */
public final class DeviceContext {

    private static final Map<Integer, DeviceContext> CONTEXTS = new ConcurrentHashMap<>();
    private static final ThreadLocal<CUcontext> CURRENT = new ThreadLocal<>();

    private final int id;
    private final CUcontext context = new CUcontext();
    private final CUstream stream = new CUstream();
    private final String name;
    private final int computeCapability;
    private final long totalMemory;
    private final MemoryPool<DevicePointer> pool;
    private final Map<String, CUmodule> modules = new ConcurrentHashMap<>();
    private final Map<String, CUfunction> functions = new ConcurrentHashMap<>();

    private DeviceContext(int id) {
        this.id = id;
        CUdevice device = new CUdevice();
        cuDeviceGet(device, id);
        cuDevicePrimaryCtxRetain(context, device);
        makeCurrent();
        cuStreamCreate(stream, 0);
        byte[] nameBytes = new byte[256];
        cuDeviceGetName(nameBytes, nameBytes.length, device);
        this.name = new String(nameBytes, StandardCharsets.US_ASCII).trim().replace("\0", "");
        int[] v = new int[1];
        cuDeviceGetAttribute(v, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, device);
        int major = v[0];
        cuDeviceGetAttribute(v, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, device);
        this.computeCapability = major * 10 + v[0];
        long[] mem = new long[1];
        cuDeviceTotalMem(mem, device);
        this.totalMemory = mem[0];
        this.pool = new MemoryPool<>(new DriverMemory(this), totalMemory / 4, DeviceContext::collectGarbage);
    }

    /** The context of device {@code id} (created on first use). */
    public static DeviceContext of(int id) {
        return CONTEXTS.computeIfAbsent(id, DeviceContext::new);
    }

    /** The device index. */
    public int id() {
        return id;
    }

    /** The device's name, e.g. "NVIDIA H100 80GB HBM3". */
    public String name() {
        return name;
    }

    /** Compute capability as major * 10 + minor (75 for 7.5). */
    public int computeCapability() {
        return computeCapability;
    }

    /** Total device memory in bytes. */
    public long totalMemory() {
        return totalMemory;
    }

    /** The memory pool. */
    public MemoryPool<DevicePointer> pool() {
        return pool;
    }

    /** The stream every operation of the backend on this device runs on. */
    public CUstream stream() {
        return stream;
    }

    /** Makes this device's context current on the calling thread (cheap when it already is). */
    public void makeCurrent() {
        if (CURRENT.get() != context) {
            cuCtxSetCurrent(context);
            CURRENT.set(context);
        }
    }

    /** A new buffer of {@code bytes} bytes. */
    public DeviceBuffer allocate(long bytes) {
        makeCurrent();
        return DeviceBuffer.allocate(this, bytes);
    }

    /**
     * The kernel {@code entry} of PTX module {@code module} (resource {@code ptx/<module>.ptx}), loading the
     * module on first use.
     *
     * @throws IllegalStateException when the driver cannot load the module or it lacks the entry
     */
    public CUfunction function(String module, String entry) {
        String key = module + "/" + entry;
        CUfunction f = functions.get(key);
        if (f != null) {
            return f;
        }
        makeCurrent();
        CUmodule m = modules.computeIfAbsent(module, this::load);
        CUfunction fn = new CUfunction();
        try {
            cuModuleGetFunction(fn, m, entry);
        } catch (CudaException e) {
            throw new IllegalStateException("PTX module " + module + " has no kernel " + entry + " (" + e.getMessage()
                    + "); regenerate the PTX with xp-backends/cuda/tools/build-ptx.sh", e);
        }
        functions.put(key, fn);
        return fn;
    }

    private CUmodule load(String module) {
        byte[] ptx = PtxResources.bytes(module);
        byte[] z = java.util.Arrays.copyOf(ptx, ptx.length + 1);
        CUmodule m = new CUmodule();
        try {
            cuModuleLoadData(m, z);
        } catch (CudaException e) {
            throw new IllegalStateException("the CUDA driver cannot load PTX module " + module + " (PTX ISA "
                    + PtxResources.ISA_VERSION + ", target sm_75; needs a driver >= 450.80): " + e.getMessage(), e);
        }
        return m;
    }

    /** Launches a kernel on this device's stream. */
    public void launch(CUfunction f, LaunchConfig c, Pointer args) {
        makeCurrent();
        cuLaunchKernel(f, c.gridX(), c.gridY(), c.gridZ(), c.blockX(), c.blockY(), 1, 0, stream, args, null);
    }

    /** Launches kernel {@code entry} of PTX module {@code module}. */
    public void run(String module, String entry, LaunchConfig c, KernelArgs args) {
        launch(function(module, entry), c, args.build());
    }

    /** Waits for everything queued on the stream. */
    public void synchronize() {
        makeCurrent();
        cuStreamSynchronize(stream);
    }

    /** Copies {@code bytes} bytes from host memory to the device (after the queued work). */
    public void upload(DevicePointer dst, Pointer src, long bytes) {
        if (bytes == 0) {
            return;
        }
        synchronize();
        cuMemcpyHtoD(dst, src, bytes);
    }

    /** Copies {@code bytes} bytes from the device to host memory once the queued work is done. */
    public void download(Pointer dst, DevicePointer src, long bytes) {
        if (bytes == 0) {
            return;
        }
        synchronize();
        cuMemcpyDtoH(dst, src, bytes);
    }

    /** Queues a device-to-device copy. */
    public void copy(DevicePointer dst, DevicePointer src, long bytes) {
        if (bytes > 0) {
            makeCurrent();
            cuMemcpyDtoDAsync(dst, src, bytes, stream);
        }
    }

    /** Copies from another device's memory into this one's; returns when the copy is done. */
    public void copyFrom(DeviceContext other, DevicePointer src, DevicePointer dst, long bytes) {
        if (bytes > 0) {
            other.synchronize();
            makeCurrent();
            cuMemcpyPeerAsync(dst, context, src, other.context, bytes, stream);
            synchronize();
        }
    }

    /** Queues zeroing of {@code bytes} bytes. */
    public void zero(DevicePointer dst, long bytes) {
        if (bytes > 0) {
            makeCurrent();
            cuMemsetD8Async(dst, (byte) 0, bytes, stream);
        }
    }

    private static void collectGarbage() {
        System.gc();
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** cuMemAlloc / cuMemFree on this device, for the pool. */
    private static final class DriverMemory implements RawMemory<DevicePointer> {
        private final DeviceContext ctx;

        DriverMemory(DeviceContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public DevicePointer allocate(long bytes) {
            ctx.makeCurrent();
            DevicePointer p = new DevicePointer();
            try {
                cuMemAlloc(p, bytes);
            } catch (CudaException e) {
                if (e.getMessage() != null && e.getMessage().contains(CUresult.stringFor(CUresult.CUDA_ERROR_OUT_OF_MEMORY))) {
                    return null;
                }
                throw e;
            }
            return p;
        }

        @Override
        public void free(DevicePointer pointer) {
            ctx.synchronize();
            cuMemFree(pointer);
        }
    }
}
