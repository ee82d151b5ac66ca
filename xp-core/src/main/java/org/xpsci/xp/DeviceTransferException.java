package org.xpsci.xp;

/**
 * Thrown where data would have to move between devices (or between a device and the host) without the caller
 * asking: xpsci never copies silently. The message says which explicit call does the transfer.
 */
public class DeviceTransferException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the devices and the explicit alternative. */
    public DeviceTransferException(String message) {
        super(message);
    }
}
