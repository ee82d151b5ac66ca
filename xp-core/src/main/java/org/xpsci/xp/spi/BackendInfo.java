package org.xpsci.xp.spi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xpsci.xp.Capabilities;
import org.xpsci.xp.DType;
import org.xpsci.xp.DefaultDtypes;
import org.xpsci.xp.Device;
import org.xpsci.xp.NamespaceInfo;

/**
 * The inspection object ({@code __array_namespace_info__()}) of a backend whose devices are known when its
 * namespace is made: every dtype on every device, the standard's default dtypes, the first device the default.
 * Backends also check their {@code device} arguments with it.
 */
public final class BackendInfo implements NamespaceInfo {

    private final String backend;
    private final Capabilities capabilities;
    private final List<Device> devices;

    /**
     * The info of backend {@code backend} (its name, for messages) on {@code devices} (at least one).
     *
     * @throws IllegalArgumentException when there is no device
     */
    public BackendInfo(String backend, Capabilities capabilities, List<Device> devices) {
        if (devices.isEmpty()) {
            throw new IllegalArgumentException("the " + backend + " backend needs at least one device; got none");
        }
        this.backend = backend;
        this.capabilities = capabilities;
        this.devices = List.copyOf(devices);
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public Device defaultDevice() {
        return devices.get(0);
    }

    @Override
    public DefaultDtypes defaultDtypes(Device device) {
        check(device);
        return DefaultDtypes.STANDARD;
    }

    @Override
    public List<Device> devices() {
        return devices;
    }

    @Override
    public Map<String, DType> dtypes(Device device) {
        check(device);
        Map<String, DType> m = new LinkedHashMap<>();
        for (DType d : DType.values()) {
            m.put(d.label(), d);
        }
        return m;
    }

    /**
     * The device a {@code device} argument names: itself when it is one of the backend's, the default device
     * for null.
     *
     * @throws IllegalArgumentException naming the backend's devices otherwise
     */
    public Device check(Device device) {
        if (device == null) {
            return defaultDevice();
        }
        if (!devices.contains(device)) {
            throw new IllegalArgumentException("device must be " + (devices.size() == 1 ? devices.get(0)
                    : "one of " + devices) + " for the " + backend + " backend; got " + device + " (arrays move"
                    + " between devices only explicitly: fromDlpack(x, device, true) of the target's backend)");
        }
        return device;
    }
}
