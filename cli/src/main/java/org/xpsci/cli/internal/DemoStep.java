package org.xpsci.cli.internal;

/**
 * One row of the demo's table.
 *
 * @param name    the SciPy function (or "signal")
 * @param detail  its arguments, briefly
 * @param firstMs the first run's wall-clock time, in milliseconds (includes the JIT's compilation)
 * @param warmMs  the second run's wall-clock time, in milliseconds
 * @param result  what the step found, with the value expected from the signal's definition
 */
public record DemoStep(String name, String detail, double firstMs, double warmMs, String result) {
}
