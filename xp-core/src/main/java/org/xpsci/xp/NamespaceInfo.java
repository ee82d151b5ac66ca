package org.xpsci.xp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The standard's inspection object ({@code __array_namespace_info__()}), returned by {@link ArrayNamespace#info()}. */
public interface NamespaceInfo {

    /** What the namespace supports. */
    Capabilities capabilities();

    /** The device new arrays go to when none is named. */
    Device defaultDevice();

    /** The default dtypes on {@code device} (null for the default device). */
    DefaultDtypes defaultDtypes(Device device);

    /** Every device the namespace can place arrays on. */
    List<Device> devices();

    /** The dtypes supported on {@code device} (null for the default device), keyed by name. */
    Map<String, DType> dtypes(Device device);

    /**
     * The supported dtypes of the given kinds (names as in {@link DType#KINDS}); null or empty means all.
     */
    default Map<String, DType> dtypes(Device device, String... kinds) {
        Map<String, DType> all = dtypes(device);
        if (kinds == null || kinds.length == 0) {
            return all;
        }
        Map<String, DType> out = new LinkedHashMap<>();
        for (Map.Entry<String, DType> e : all.entrySet()) {
            for (String k : kinds) {
                if (e.getValue().isKind(k)) {
                    out.put(e.getKey(), e.getValue());
                    break;
                }
            }
        }
        return out;
    }
}
