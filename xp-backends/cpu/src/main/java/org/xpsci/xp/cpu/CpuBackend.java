package org.xpsci.xp.cpu;

import java.util.List;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.BackendStatus;
import org.xpsci.xp.cpu.linalg.OpenBlas;
import org.xpsci.xp.spi.ArrayBackend;

/** The cpu backend's service entry, found through {@link java.util.ServiceLoader}; always available. */
public final class CpuBackend implements ArrayBackend {

    private static final CpuNamespace NAMESPACE = new CpuNamespace();

    /** Used by the service loader. */
    public CpuBackend() {
    }

    /** The one cpu namespace. */
    public static ArrayNamespace instance() {
        return NAMESPACE;
    }

    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public BackendStatus status() {
        return BackendStatus.available("cpu", List.of(
                "threads: " + org.xpsci.xp.cpu.kernel.Parallel.threads(),
                "fft: JTransforms", "linalg: " + OpenBlas.describe()));
    }

    @Override
    public ArrayNamespace namespace() {
        return NAMESPACE;
    }
}
