package org.xpsci.xp.spi;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.BackendStatus;

/**
 * The service-provider interface of a backend, found at run time through {@link java.util.ServiceLoader}
 * (a backend jar lists its implementation in {@code META-INF/services/org.xpsci.xp.spi.ArrayBackend}).
 * Implementations must not fail while loading: a backend that cannot run here reports why in
 * {@link #status()}.
 */
public interface ArrayBackend {

    /** The backend's name ("cpu", "strict", "cuda"). */
    String name();

    /** Lower values come first in listings and in the default choice; cpu is 0. */
    int priority();

    /** Whether the backend can run here and, if not, why. */
    BackendStatus status();

    /**
     * The backend's namespace.
     *
     * @throws org.xpsci.xp.BackendUnavailableException when {@link #status()} says unavailable
     */
    ArrayNamespace namespace();
}
