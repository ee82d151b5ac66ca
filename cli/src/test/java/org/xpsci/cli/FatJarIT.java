package org.xpsci.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xpsci.testing.AssertOptions;
import org.xpsci.testing.XpAssert;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Npy;
import org.xpsci.xp.Xp;

/**
 * The packaged {@code cli/target/xpsci.jar} in a child JVM, as scripts run it: the manifest's main class, the
 * merged ServiceLoader files (backends, workloads), results, exit codes and the one-line error report.
 */
class FatJarIT {

    @TempDir
    Path tmp;

    /** The outcome of one child process. */
    record Child(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }
    }

    private static Child run(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("xpsci.jar", "target/xpsci.jar");
        assertTrue(Files.isRegularFile(Path.of(jar)), "the fat jar is missing: " + jar);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "xpsci did not finish");
        return new Child(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommandGroups() throws Exception {
        Child c = run("--help");
        assertEquals(0, c.exitCode(), c::toString);
        assertTrue(c.out().contains("Fourier transforms (scipy.fft)") && c.out().contains("  rfftn "), c.out());
    }

    @Test
    void infoFindsTheCpuBackendThroughTheMergedServiceFiles() throws Exception {
        Child c = run("info", "--json");
        assertEquals(0, c.exitCode(), c::toString);
        assertTrue(c.out().startsWith("{") && c.out().contains("\"name\": \"cpu\", \"available\": true"), c.out());
    }

    @Test
    void rfftnOfABigEndianFortranFileMatchesScipy() throws Exception {
        Path out = tmp.resolve("r.npz");
        Child c = run("rfftn", "--x", CommandCases.input("r456_f_be").toString(), "--norm", "ortho",
                "--out", out.toString());
        assertEquals(0, c.exitCode(), c::toString);
        assertEquals("", c.out() + c.err());
        ArrayNamespace xp = Xp.backend("cpu");
        Map<String, NdArray> r = Npy.readNpz(out, xp);
        XpAssert.assertClose(r.get("out"), CaseRunner.expected(xp, "rfftn_r456_ortho").get("out"),
                AssertOptions.defaults().rtol(1e-12).atol(1e-12));
    }

    @Test
    void demoRunsAndDrawsThePlotHeadless() throws Exception {
        Path png = tmp.resolve("psd.png");
        Child c = run("demo", "--n", "50000", "--plot", png.toString());
        assertEquals(0, c.exitCode(), c::toString);
        assertEquals("", c.err());
        assertTrue(c.out().contains("welch      hann, nperseg=1024") && c.out().contains("kmeans2"), c.out());
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 8);
        assertTrue(java.util.Arrays.equals(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, head), "PNG");
    }

    @Test
    void badInputExitsTwoWithOneErrorLine() throws Exception {
        Child c = run("fft", "--x", CommandCases.input("truncated").toString());
        assertEquals(2, c.exitCode(), c::toString);
        assertEquals(1, c.errLines().size(), c::toString);
        assertTrue(c.err().startsWith("error: x: ") && c.err().contains("truncated"), c.err());
        assertFalse(c.err().contains("\tat "), c.err());
        assertEquals("", c.out());
    }

    @Test
    void unknownOptionExitsTwo() throws Exception {
        Child c = run("fftfreq", "--n", "8", "--window", "hann");
        assertEquals(2, c.exitCode(), c::toString);
        assertEquals(1, c.errLines().size(), c::toString);
        assertTrue(c.err().startsWith("error: Unknown option"), c.err());
    }

    @Test
    void benchPrintsOneJsonObjectWithTheContractKeys() throws Exception {
        Child c = run("bench", "fft", "--n", "4096", "--repeat", "3", "--json");
        assertEquals(0, c.exitCode(), c::toString);
        String json = c.out().strip();
        assertEquals(1, json.lines().count(), json);
        for (String key : List.of("\"workload\": \"fft\"", "\"backend\": \"cpu\"", "\"n\": 4096", "\"median_s\": ",
                "\"min_s\": ", "\"repeat\": 3", "\"fast_paths\": true")) {
            assertTrue(json.contains(key), () -> key + " missing in " + json);
        }
    }
}
