package org.xpsci.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * The host fast paths' threads (JTransforms' pool, sci-fft's line pool) never keep the JVM alive: a child JVM
 * whose {@code main} runs DCTs and an FHT on the host paths only must exit as soon as {@code main} returns.
 */
class ThreadsTest {

    /** The child's main: host-path transforms, then return without System.exit. */
    public static void main(String[] args) {
        ArrayNamespace xp = Xp.backend("cpu");
        NdArray y = Dct.dct(xp.ones(1 << 16));
        NdArray m = Dct.dstn(xp.ones(256, 512), DctnOptions.defaults().withType(4).withWorkers(-1));
        NdArray h = Fht.fht(xp.ones(1 << 15), 0.01, 0.5);
        System.out.println("done " + y.get(0L).doubleValue() + " " + m.shape()[1] + " " + h.shape()[0]);
    }

    @Test
    void childJvmExitsWhenMainReturns() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createTempFile("xpsci-scifft-threads", ".log");
        try {
            Process p = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    ThreadsTest.class.getName()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean exited = p.waitFor(30, TimeUnit.SECONDS);
            if (!exited) {
                p.destroyForcibly().waitFor();
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(exited, "the child JVM was still running 30 s after its main returned; output:\n" + out);
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("done 131072.0 512 32768"), out);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
