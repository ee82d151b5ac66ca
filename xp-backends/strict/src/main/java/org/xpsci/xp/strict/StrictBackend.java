package org.xpsci.xp.strict;

import java.util.List;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.BackendStatus;
import org.xpsci.xp.spi.ArrayBackend;

/**
 * The strict backend's service entry, found through {@link java.util.ServiceLoader}; always available, listed
 * after cpu.
 */
public final class StrictBackend implements ArrayBackend {

    private static final class Holder {
        static final StrictNamespace NAMESPACE = new StrictNamespace();
    }

    /** Used by the service loader. */
    public StrictBackend() {
    }

    /** The one strict namespace. */
    public static ArrayNamespace instance() {
        return Holder.NAMESPACE;
    }

    @Override
    public String name() {
        return "strict";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public BackendStatus status() {
        return BackendStatus.available("strict", List.of("computes with the cpu backend",
                "fft and linalg: the cpu extensions under the standard's dtype rules"));
    }

    @Override
    public ArrayNamespace namespace() {
        return Holder.NAMESPACE;
    }
}
