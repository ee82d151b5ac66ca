package org.xpsci.xp;

/**
 * Where an array's memory lives: a device type ("cpu", "cuda", ...) and an index among devices of that type.
 *
 * @param type the device type, lower case
 * @param id   the index of the device of that type, from 0
 */
public record Device(String type, int id) {

    /** The host. */
    public static final Device CPU = new Device("cpu", 0);

    /** Checks the arguments. */
    public Device {
        if (type == null || type.isEmpty()) {
            throw new IllegalArgumentException("device type must be a non-empty name such as cpu or cuda; got " + type);
        }
        if (id < 0) {
            throw new IllegalArgumentException("device id must be >= 0; got " + id);
        }
    }

    /** True for host memory. */
    public boolean isCpu() {
        return "cpu".equals(type);
    }

    /** Parses "cpu", "cuda", "cuda:1". */
    public static Device parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new Device(text.trim(), 0);
        }
        try {
            return new Device(text.substring(0, colon).trim(), Integer.parseInt(text.substring(colon + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("device must look like cpu, cuda or cuda:1; got '" + text + "'", e);
        }
    }

    @Override
    public String toString() {
        return isCpu() ? type : type + ":" + id;
    }
}
