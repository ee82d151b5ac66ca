package org.xpsci.xp.cuda;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.BackendStatus;
import org.xpsci.xp.BackendUnavailableException;
import org.xpsci.xp.cuda.internal.CudaProbe;
import org.xpsci.xp.spi.ArrayBackend;

/**
 * The cuda backend's service entry, found through {@link java.util.ServiceLoader}. Loading this class touches
 * neither JCuda nor the driver: {@link #status()} probes them on first call (see {@link CudaProbe}) and
 * reports the backend unavailable with the reason when they are missing or fail, e.g.
 * "libcuda.so.1 not found". When available, its notes say which path matmul and the fft extension use
 * (cuBLAS / cuFFT when their CUDA 11 libraries load, the backend's own kernels otherwise).
 */
public final class CudaBackend implements ArrayBackend {

    private static volatile CudaNamespace namespace;

    /** Used by the service loader. */
    public CudaBackend() {
    }

    @Override
    public String name() {
        return "cuda";
    }

    @Override
    public int priority() {
        return 20;
    }

    @Override
    public BackendStatus status() {
        CudaProbe.Result r = CudaProbe.get();
        return r.available() ? BackendStatus.available("cuda", r.notes()) : BackendStatus.unavailable("cuda", r.reason());
    }

    @Override
    public ArrayNamespace namespace() {
        CudaProbe.Result r = CudaProbe.get();
        if (!r.available()) {
            throw new BackendUnavailableException("backend 'cuda' is unavailable: " + r.reason());
        }
        CudaNamespace ns = namespace;
        if (ns == null) {
            synchronized (CudaBackend.class) {
                if (namespace == null) {
                    namespace = new CudaNamespace(r.devices());
                }
                ns = namespace;
            }
        }
        return ns;
    }
}
