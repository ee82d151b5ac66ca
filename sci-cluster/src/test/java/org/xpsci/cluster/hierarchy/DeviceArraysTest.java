package org.xpsci.cluster.hierarchy;

import static org.xpsci.cluster.Raises.raises;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Device;
import org.xpsci.xp.DeviceTransferException;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * The host-only functions refuse an array on a device with an error that names the explicit copy, and never
 * read it: the device array here is a cpu array seen through a proxy that reports device cuda:0 and whose
 * memory must not be touched.
 */
class DeviceArraysTest {

    private static NdArray onDevice(NdArray base) {
        return (NdArray) Proxy.newProxyInstance(DeviceArraysTest.class.getClassLoader(), new Class<?>[] {NdArray.class},
                (p, m, args) -> {
                    switch (m.getName()) {
                        case "device":
                            return new Device("cuda", 0);
                        case "hostBuffer":
                            return Optional.empty();
                        case "dlpack":
                            throw new AssertionError("a device array must not be exported to the host");
                        default:
                            try {
                                return m.invoke(base, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    @Test
    void everyHostFunctionNamesTheExplicitCopy() {
        ArrayNamespace xp = Xp.backend("cpu");
        NdArray x = onDevice(xp.asarray(new double[][] {{0, 0}, {1, 0}, {5, 5}}));
        NdArray z = onDevice(xp.asarray(new double[][] {{0, 1, 1, 2}, {2, 3, 6, 3}}));
        String[] needle = {"lives on cuda:0", "fromDlpack", "Device.CPU, true"};
        raises(DeviceTransferException.class, () -> Hierarchy.linkage(x), needle);
        raises(DeviceTransferException.class, () -> Hierarchy.fclusterdata(x, 1.0), needle);
        raises(DeviceTransferException.class, () -> Hierarchy.fcluster(z, 1.0), needle);
        raises(DeviceTransferException.class, () -> Hierarchy.cophenet(z), needle);
        raises(DeviceTransferException.class, () -> Hierarchy.inconsistent(z), needle);
        raises(DeviceTransferException.class, () -> Hierarchy.leavesList(z), needle);
        raises(DeviceTransferException.class, () -> Hierarchy.cutTree(z), needle);
    }
}
