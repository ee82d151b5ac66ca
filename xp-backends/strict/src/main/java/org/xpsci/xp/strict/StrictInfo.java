package org.xpsci.xp.strict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xpsci.xp.Capabilities;
import org.xpsci.xp.DType;
import org.xpsci.xp.DefaultDtypes;
import org.xpsci.xp.Device;
import org.xpsci.xp.NamespaceInfo;

/**
 * The strict namespace's inspection object: one device (the host), all thirteen dtypes, boolean-mask indexing
 * and data-dependent shapes, no integer-array indexing beyond take and take_along_axis.
 */
final class StrictInfo implements NamespaceInfo {

    private static final Capabilities CAPABILITIES = new Capabilities(true, true, 64, false);

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public Device defaultDevice() {
        return Device.CPU;
    }

    @Override
    public DefaultDtypes defaultDtypes(Device device) {
        check(device);
        return DefaultDtypes.STANDARD;
    }

    @Override
    public List<Device> devices() {
        return List.of(Device.CPU);
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

    /** Checks a device argument: null or the host. */
    static void check(Device device) {
        if (device != null && !device.isCpu()) {
            throw new IllegalArgumentException("device must be cpu (the strict backend's only device); got " + device);
        }
    }
}
