package org.xpsci.cli.internal;

import java.util.ArrayList;
import java.util.List;

/** The demo's report as text: a heading that states the signal and backend, then one row per step. */
public final class DemoTable {

    private DemoTable() {
    }

    /** The lines of the report. */
    public static List<String> lines(Demo demo, int n, String backend, boolean fastPaths) {
        TestSignal s = demo.signal();
        List<String> out = new ArrayList<>();
        out.add(String.format("xpsci demo: the seed paper's test signal on the %s backend (fast paths %s)", backend,
                fastPaths ? "on" : "off"));
        out.add(String.format("  fs = %.0f Hz, %.0f Vrms sine at %.0f Hz, white noise %.3f V²/Hz, n = %,d samples",
                s.fs(), s.rms(), s.frequency(), s.noiseDensity(), n));
        out.add("");
        String format = "%-10s %-27s %10s %10s   %s";
        out.add(String.format(format, "step", "arguments", "first run", "warm", "result"));
        for (DemoStep d : demo.steps()) {
            out.add(String.format(format, d.name(), d.detail(), ms(d.firstMs()), ms(d.warmMs()), d.result()));
        }
        out.add("");
        out.add("first run: includes the JIT's compilation; warm: the same step run again.");
        return out;
    }

    private static String ms(double millis) {
        return millis >= 100 ? String.format("%.0f ms", millis) : String.format("%.1f ms", millis);
    }
}
