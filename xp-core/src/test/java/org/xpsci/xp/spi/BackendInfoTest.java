package org.xpsci.xp.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xpsci.xp.Capabilities;
import org.xpsci.xp.DType;
import org.xpsci.xp.DefaultDtypes;
import org.xpsci.xp.Device;

/** A backend's inspection object: its devices, every dtype, and the device check with its message. */
class BackendInfoTest {

    private final BackendInfo gpus = new BackendInfo("cuda", new Capabilities(true, true, 16, true),
            List.of(new Device("cuda", 0), new Device("cuda", 1)));

    @Test
    void listsDevicesAndEveryDtype() {
        assertEquals(new Device("cuda", 0), gpus.defaultDevice());
        assertEquals(2, gpus.devices().size());
        assertEquals(16, gpus.capabilities().maxDimensions());
        assertEquals(DType.values().length, gpus.dtypes(null).size());
        assertEquals(DType.FLOAT64, gpus.dtypes(new Device("cuda", 1)).get("float64"));
        assertEquals(DefaultDtypes.STANDARD, gpus.defaultDtypes(null));
        assertEquals(2, gpus.dtypes(null, "complex floating").size());
    }

    @Test
    void checksDeviceArguments() {
        assertEquals(new Device("cuda", 0), gpus.check(null));
        assertEquals(new Device("cuda", 1), gpus.check(new Device("cuda", 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> gpus.check(Device.CPU));
        assertTrue(e.getMessage().contains("one of [cuda:0, cuda:1]") && e.getMessage().contains("got cpu")
                && e.getMessage().contains("fromDlpack"), e.getMessage());
        BackendInfo host = new BackendInfo("cpu", new Capabilities(true, true, 64, true), List.of(Device.CPU));
        e = assertThrows(IllegalArgumentException.class, () -> host.dtypes(new Device("cuda", 0)));
        assertTrue(e.getMessage().contains("device must be cpu for the cpu backend; got cuda:0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BackendInfo("none", host.capabilities(), List.of()));
    }
}
