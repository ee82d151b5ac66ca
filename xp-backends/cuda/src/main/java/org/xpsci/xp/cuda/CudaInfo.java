package org.xpsci.xp.cuda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xpsci.xp.Capabilities;
import org.xpsci.xp.DType;
import org.xpsci.xp.DefaultDtypes;
import org.xpsci.xp.Device;
import org.xpsci.xp.NamespaceInfo;
import org.xpsci.xp.cuda.internal.StridedLayout;

/**
 * The cuda namespace's inspection object: devices cuda:0 .. cuda:(n-1), every dtype, boolean and integer-array
 * indexing, data-dependent shapes (they synchronise to read the size), and at most 16 axes that cannot be
 * merged in one kernel launch.
 */
final class CudaInfo implements NamespaceInfo {

    private static final Capabilities CAPABILITIES = new Capabilities(true, true, StridedLayout.MAX_DIMS, true);
    private final List<Device> devices;

    CudaInfo(int deviceCount) {
        List<Device> d = new ArrayList<>();
        for (int i = 0; i < deviceCount; i++) {
            d.add(new Device("cuda", i));
        }
        this.devices = List.copyOf(d);
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
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
     * The device index for {@code device} (null: the default device).
     *
     * @throws IllegalArgumentException when it is not one of this namespace's devices
     */
    int check(Device device) {
        if (device == null) {
            return 0;
        }
        if (!devices.contains(device)) {
            throw new IllegalArgumentException("device must be one of " + devices + " for the cuda backend; got "
                    + device + (device.isCpu() ? " (host data reaches the GPU through fromDlpack(x, cuda:N, true))" : ""));
        }
        return device.id();
    }
}
