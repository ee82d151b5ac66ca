package org.xpsci.xp.cpu;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xpsci.xp.Capabilities;
import org.xpsci.xp.DType;
import org.xpsci.xp.DefaultDtypes;
import org.xpsci.xp.Device;
import org.xpsci.xp.NamespaceInfo;

/** The cpu namespace's inspection object: one device, every dtype, boolean and integer-array indexing. */
final class CpuInfo implements NamespaceInfo {

    private static final Capabilities CAPABILITIES = new Capabilities(true, true, 64, true);

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

    static void check(Device device) {
        if (device != null && !device.isCpu()) {
            throw new IllegalArgumentException("device must be cpu for the cpu backend; got " + device);
        }
    }
}
