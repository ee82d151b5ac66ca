package org.xpsci.xp.cuda.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides, once, whether the cuda backend can run here and why not: JCuda on the class path, its native
 * library loading (it links the NVIDIA driver, {@code libcuda.so.1}), {@code cuInit}, at least one device of
 * compute capability 7.5 or later, and the driver accepting the backend's PTX. Every failure, whatever it
 * throws ({@link UnsatisfiedLinkError}, {@code CudaException}, {@link NoClassDefFoundError}), becomes a reason;
 * nothing here fails class loading. Then the optional accelerators (cuBLAS, cuFFT) are probed the same way.
 */
public final class CudaProbe {

    /** System property that switches the backend off ("false"). */
    public static final String ENABLED_PROPERTY = "xpsci.cuda";
    /** The lowest compute capability the PTX targets (7.5). */
    public static final int MIN_COMPUTE_CAPABILITY = 75;

    private static volatile Result result;

    private CudaProbe() {
    }

    /**
     * What the probe found.
     *
     * @param available whether the backend can run
     * @param reason    why not (null when available)
     * @param devices   the number of usable devices
     * @param notes     the device, the driver and which path each family of functions uses
     */
    public record Result(boolean available, String reason, int devices, List<String> notes) {
        static Result unavailable(String reason) {
            return new Result(false, reason, 0, List.of());
        }
    }

    /** The probe's result (computed on first call). */
    public static Result get() {
        Result r = result;
        if (r == null) {
            synchronized (CudaProbe.class) {
                if (result == null) {
                    result = probe();
                }
                r = result;
            }
        }
        return r;
    }

    private static Result probe() {
        if ("false".equalsIgnoreCase(System.getProperty(ENABLED_PROPERTY, "true"))) {
            return Result.unavailable("switched off by -D" + ENABLED_PROPERTY + "=false");
        }
        try {
            Class.forName("jcuda.driver.JCudaDriver", false, CudaProbe.class.getClassLoader());
        } catch (Throwable t) {
            return Result.unavailable(LoadFailure.reason("JCuda (org.jcuda:jcuda 11.8.0)", t));
        }
        int count;
        int driverVersion;
        try {
            int[] v = Driver.init();
            count = v[0];
            driverVersion = v[1];
        } catch (LinkageError e) {
            return Result.unavailable(LoadFailure.reason("the CUDA driver (through JCuda's native library)", e));
        } catch (Throwable t) {
            return Result.unavailable(driverFailure(t));
        }
        if (count == 0) {
            return Result.unavailable("no CUDA device found (cuDeviceGetCount returned 0)");
        }
        List<String> notes = new ArrayList<>();
        try {
            DeviceContext d = DeviceContext.of(0);
            if (d.computeCapability() < MIN_COMPUTE_CAPABILITY) {
                return Result.unavailable("device 0 (" + d.name() + ") has compute capability "
                        + d.computeCapability() / 10 + "." + d.computeCapability() % 10
                        + "; the cuda backend's PTX needs 7.5 (Turing) or later");
            }
            d.function("copy", "fill");
            notes.add("device 0: " + d.name() + " (compute capability " + d.computeCapability() / 10 + "."
                    + d.computeCapability() % 10 + ", " + (d.totalMemory() >> 20) + " MiB)");
        } catch (Throwable t) {
            return Result.unavailable(driverFailure(t));
        }
        notes.add("driver: CUDA " + driverVersion / 1000 + "." + driverVersion % 1000 / 10 + ", " + count
                + " device(s)");
        notes.add("kernels: PTX ISA " + PtxResources.ISA_VERSION + " for " + PtxResources.TARGET);
        notes.add("matmul: " + CublasLibrary.status().describe("tiled kernel"));
        notes.add("fft: " + CufftLibrary.status().describe("Stockham and Bluestein kernels"));
        return new Result(true, null, count, List.copyOf(notes));
    }

    private static String driverFailure(Throwable t) {
        String m = LoadFailure.firstLine(t.getMessage());
        if (m.contains("CUDA_ERROR_NO_DEVICE")) {
            return "no CUDA device found (cuInit: CUDA_ERROR_NO_DEVICE)";
        }
        if (m.contains("CUDA_ERROR_INSUFFICIENT_DRIVER")) {
            return "the NVIDIA driver is too old for JCuda 11.8 (cuInit: CUDA_ERROR_INSUFFICIENT_DRIVER)";
        }
        return "the CUDA driver failed: " + t.getClass().getSimpleName() + ": " + m;
    }

    /** The JCuda calls of the probe, in their own class so that nothing else links JCuda before they succeed. */
    private static final class Driver {
        static int[] init() {
            jcuda.driver.JCudaDriver.setExceptionsEnabled(true);
            jcuda.driver.JCudaDriver.cuInit(0);
            int[] count = new int[1];
            jcuda.driver.JCudaDriver.cuDeviceGetCount(count);
            int[] version = new int[1];
            jcuda.driver.JCudaDriver.cuDriverGetVersion(version);
            return new int[] {count[0], version[0]};
        }
    }
}
