package org.xpsci.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code xpsci demo} finds what the test signal is made of (fs = 10 kHz, 2 Vrms sine at 1234 Hz, noise
 * 0.001 V²/Hz) on each step, within what its length allows, and draws the plot.
 */
class DemoTest {

    @TempDir
    static Path tmp;

    private static CliRun run;

    @BeforeAll
    static void runDemo() {
        System.setProperty("java.awt.headless", "true");
        run = CliRun.of("demo", "--n", "200000", "--plot", tmp.resolve("psd.png").toString());
    }

    private static double number(String regex) {
        Matcher m = Pattern.compile(regex).matcher(run.out());
        assertTrue(m.find(), () -> regex + " not in\n" + run.out());
        return Double.parseDouble(m.group(1).replace(",", ""));
    }

    @Test
    void exitsZeroWithoutWarnings() {
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("xpsci demo: the seed paper's test signal on the cpu backend"), run.out());
    }

    @Test
    void welchFindsThePeakWithinOneBinAndTheNoiseFloor() {
        assertEquals(1234.0, number("peak at ([0-9.]+) Hz \\(bins"), 10000.0 / 1024);
        assertEquals(1e-3, number("noise floor ([0-9.e+-]+) V"), 0.1e-3);
        assertEquals(2.0, number("sine rms ([0-9.]+) V"), 0.02);
    }

    @Test
    void rfftFindsTheFrequencyAndAmplitude() {
        assertEquals(1234.0, number("rfft .* peak at ([0-9.]+) Hz"), 0.05);
        assertEquals(2 * Math.sqrt(2), number("amplitude ([0-9.]+) V"), 0.03);
    }

    @Test
    void theSignalHasTheDesignedPowerAndAStationaryMean() {
        assertEquals(3.0, number("rms ([0-9.]+) V \\(expected 3.000"), 0.03);
        double p = number("p = ([0-9.]+)");
        assertTrue(p > 0.001, "the halves of a stationary signal differ significantly: p = " + p);
    }

    @Test
    void kmeansSeparatesThePeakBinsFromTheNoise() {
        double low = number("peak bins at ([0-9.]+)-");
        double high = number("peak bins at [0-9.]+-([0-9.]+) Hz");
        assertTrue(low <= 1234 && 1234 <= high + 10000.0 / 1024 && high - low < 100, low + " .. " + high);
    }

    @Test
    void drawsThePlot() throws Exception {
        BufferedImage png = ImageIO.read(tmp.resolve("psd.png").toFile());
        assertEquals(1000, png.getWidth());
        assertEquals(560, png.getHeight());
        assertTrue(run.out().contains("plot: " + tmp.resolve("psd.png")), run.out());
    }

    @Test
    void tooShortASignalIsBadInput() {
        CliRun r = CliRun.of("demo", "--n", "1000");
        assertEquals(2, r.exitCode());
        assertEquals("error: n must be at least 2048 samples (two Welch segments of 1024); got 1000", r.err().strip());
    }
}
