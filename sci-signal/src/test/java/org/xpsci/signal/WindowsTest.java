package org.xpsci.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.Fixtures;
import org.xpsci.testing.XpAssert;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.DType;
import org.xpsci.xp.Index;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.WarningCapture;
import org.xpsci.xp.Xp;

/** get_window against SciPy 1.17 (fixtures/signal/windows.npz from gen_signal.py). */
class WindowsTest {

    private static final int[] LENGTHS = {1, 2, 3, 4, 7, 8, 33};
    private static final List<String> LONG = List.of("chebwin,100.0", "dpss,2.5", "taylor", "kaiser,14.0",
            "general_gaussian,1.5,7.0");
    /** Tight tolerances: windows are closed formulas; atol covers values SciPy rounds to about 1e-17. */
    private static final double RTOL = 1e-10;
    private static final double ATOL = 1e-13;

    /** The windows of the fixture, by the label gen_signal.py gives them. */
    static Map<String, WindowSpec> cases() {
        Map<String, WindowSpec> m = new LinkedHashMap<>();
        for (String name : List.of("boxcar", "triang", "blackman", "hamming", "hann", "bartlett", "flattop",
                "parzen", "bohman", "blackmanharris", "nuttall", "barthann", "cosine", "lanczos", "exponential",
                "tukey", "taylor")) {
            m.put(name, WindowSpec.of(name));
        }
        m.put("exponential,None,3.0", WindowSpec.of("exponential", null, 3.0));
        m.put("exponential,2.0,1.5", WindowSpec.of("exponential", 2.0, 1.5));
        m.put("tukey,0.25", WindowSpec.of("tukey", 0.25));
        m.put("tukey,0.0", WindowSpec.of("tukey", 0.0));
        m.put("tukey,1.0", WindowSpec.of("tukey", 1.0));
        m.put("taylor,3.0,40.0", WindowSpec.of("taylor", 3.0, 40.0));
        m.put("taylor,5.0,35.0,0.0", WindowSpec.of("taylor", 5.0, 35.0, 0.0));
        m.put("taylor,1.0", WindowSpec.of("taylor", 1.0));
        m.put("kaiser,8.6", WindowSpec.of("kaiser", 8.6));
        m.put("kaiser,0.5", WindowSpec.of("kaiser", 0.5));
        m.put("kaiser,14.0", WindowSpec.of("kaiser", 14.0));
        m.put("gaussian,2.5", WindowSpec.of("gaussian", 2.5));
        m.put("general_gaussian,1.5,7.0", WindowSpec.of("general_gaussian", 1.5, 7.0));
        m.put("chebwin,50.0", WindowSpec.of("chebwin", 50.0));
        m.put("chebwin,100.0", WindowSpec.of("chebwin", 100.0));
        m.put("dpss,2.5", WindowSpec.of("dpss", 2.5));
        m.put("dpss,1.0", WindowSpec.of("dpss", 1.0));
        m.put("general_hamming,0.6", WindowSpec.of("general_hamming", 0.6));
        m.put("general_cosine,0.5,0.3,0.2", WindowSpec.of("general_cosine", 0.5, 0.3, 0.2));
        m.put("kaiser_bessel_derived,4.0", WindowSpec.of("kaiser_bessel_derived", 4.0));
        return m;
    }

    @XpTest
    void everyWindowSymmetricAndPeriodicMatchesScipy(ArrayNamespace xp) {
        Fixture f = Fixtures.load("signal/windows.npz");
        int checked = 0;
        for (Map.Entry<String, WindowSpec> c : cases().entrySet()) {
            for (boolean sym : new boolean[] {true, false}) {
                String key = "win:" + c.getKey() + ":" + (sym ? "sym" : "per");
                NdArray all = f.get(xp, key);
                double[] host = Xp.toDoubleArray(f.get(Xp.backend("cpu"), key));
                int off = 0;
                for (int m : lengths(c.getKey())) {
                    String what = key + " M=" + m;
                    if (Double.isNaN(host[off])) {
                        assertThrows(IllegalArgumentException.class,
                                () -> Windows.get(c.getValue(), m, !sym, xp, null), what);
                    } else {
                        NdArray w = Windows.get(c.getValue(), m, !sym, xp, null);
                        XpAssert.assertClose(w, all.get(Index.range(off, off + m)),
                                org.xpsci.testing.AssertOptions.defaults().rtol(RTOL).atol(ATOL).message(what));
                        checked++;
                    }
                    off += m;
                }
            }
        }
        assertTrue(checked > 450, "checked " + checked + " windows");
    }

    @XpTest
    void aliasesSuffixesAndKaiserBetaGiveTheSameWindows(ArrayNamespace xp) {
        Fixture f = Fixtures.load("signal/windows.npz");
        NdArray hannSym = f.get(xp, "win:hann:sym").get(Index.range(10, 17)); // after lengths 1, 2, 3, 4: M=7
        XpAssert.assertClose(Windows.get(WindowSpec.of("han"), 7, false, xp, null), hannSym, RTOL, ATOL);
        XpAssert.assertClose(Windows.get(WindowSpec.of("hann_symmetric"), 7, true, xp, null), hannSym, RTOL, ATOL);
        NdArray hannPer = f.get(xp, "win:hann:per").get(Index.range(10, 17));
        XpAssert.assertClose(Windows.get(WindowSpec.of("hann_periodic"), 7, false, xp, null), hannPer, RTOL, ATOL);
        NdArray triSym = f.get(xp, "win:triang:sym").get(Index.range(10, 17));
        for (String alias : List.of("triangle", "tri")) {
            XpAssert.assertClose(Windows.get(WindowSpec.of(alias), 7, false, xp, null), triSym, RTOL, ATOL);
        }
        XpAssert.assertClose(Windows.get(WindowSpec.kaiser(4.0), 9, true, xp, null),
                f.get(xp, "win:kaiserbeta,4.0:per"), RTOL, ATOL);
        NdArray w = Windows.get(WindowSpec.of("ksr", 8.6), 33, false, xp, null);
        assertEquals(DType.FLOAT64, w.dtype());
        assertEquals(xp, w.namespace());
    }

    @Test
    void defaultNamespaceIsCpuAndPeriodic() {
        NdArray w = Windows.get("hann", 4);
        assertEquals("cpu", w.namespace().name());
        XpAssert.assertClose(w, Xp.backend("cpu").asarray(new double[] {0, 0.5, 1, 0.5}), 1e-15, 1e-15);
    }

    @Test
    void chebwinBelow45DbWarnsAsScipy() {
        try (WarningCapture<String> log = SignalWarnings.capture()) {
            Windows.get(WindowSpec.of("chebwin", 30.0), 16);
            assertTrue(log.warnings().stream().anyMatch(s -> s.contains("not suitable for spectral analysis")),
                    log.warnings().toString());
        }
        try (WarningCapture<String> log = SignalWarnings.capture()) {
            Windows.get(WindowSpec.of("chebwin", 60.0), 16);
            assertTrue(log.warnings().isEmpty(), log.warnings().toString());
        }
    }

    @Test
    void badArgumentsAreRejectedInScipysWords() {
        assertMessage("Nx=0", () -> Windows.get("hann", 0));
        assertMessage("Nx=-3", () -> Windows.get("hann", -3));
        assertMessage("Invalid window name 'hanning'", () -> Windows.get("hanning", 8));
        assertMessage("'hann' does not allow parameters", () -> Windows.get(WindowSpec.of("hann", 1.0), 8));
        assertMessage("'kaiser' must have parameters", () -> Windows.get("kaiser", 8));
        assertMessage("Window kaiser must have 1 parameter", () -> Windows.get(WindowSpec.of("kaiser", 1.0, 2.0), 8));
        assertMessage("Window dpss must have 1 parameter", () -> Windows.get(WindowSpec.of("dpss", 1.0, 2.0), 8));
        assertMessage("tukey must have 0 to 1 parameters", () -> Windows.get(WindowSpec.of("tukey", 0.1, 0.2), 8));
        assertMessage("must be a number; got None", () -> Windows.get(WindowSpec.of("kaiser", (Double) null), 8));
        assertMessage("only defined for symmetric shapes", () -> Windows.get(WindowSpec.of("kbd", 4.0), 8));
        assertMessage("even number of points", () -> Windows.get(WindowSpec.of("kbd", 4.0), 7, false));
        assertMessage("If sym==True, center must be None",
                () -> Windows.get(WindowSpec.of("exponential", 2.0, 1.0), 8, false));
        assertMessage("NW must be less than M/2", () -> Windows.get(WindowSpec.of("dpss", 4.0), 8));
        assertMessage("NW must be positive", () -> Windows.get(WindowSpec.of("dpss", -1.0), 8));
        assertMessage("nbar of the taylor window must be a positive integer",
                () -> Windows.get(WindowSpec.of("taylor", 2.5), 8));
        NdArray values = Xp.backend("cpu").ones(8);
        assertMessage("must be a tuple, a string or a float", () -> Windows.get(WindowSpec.of(values), 8));
    }

    private static int[] lengths(String label) {
        if (!LONG.contains(label)) {
            return LENGTHS;
        }
        int[] out = java.util.Arrays.copyOf(LENGTHS, LENGTHS.length + 1);
        out[LENGTHS.length] = 256;
        return out;
    }

    static void assertMessage(String fragment, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(fragment), "message '" + e.getMessage() + "' lacks '" + fragment + "'");
    }
}
