package org.xpsci.xp.strict;

import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.BackendStatus;
import org.xpsci.xp.BackendUnavailableException;
import org.xpsci.xp.spi.ArrayBackend;

/**
 * A test stand-in for a backend that cannot run here (as cuda on a machine without a GPU), registered on the
 * strict module's test class path so that the tests of the {@code @XpTest} parametrisation can check that an
 * unavailable backend is reported as skipped with its reason.
 */
public final class OfflineBackend implements ArrayBackend {

    /** The reason it gives. */
    static final String REASON = "test stand-in for a backend whose device is missing";

    /** Used by the service loader. */
    public OfflineBackend() {
    }

    @Override
    public String name() {
        return "offline";
    }

    @Override
    public int priority() {
        return 99;
    }

    @Override
    public BackendStatus status() {
        return BackendStatus.unavailable("offline", REASON);
    }

    @Override
    public ArrayNamespace namespace() {
        throw new BackendUnavailableException("backend 'offline' is unavailable: " + REASON);
    }
}
