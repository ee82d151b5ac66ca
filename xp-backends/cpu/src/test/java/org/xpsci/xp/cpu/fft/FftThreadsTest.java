package org.xpsci.xp.cpu.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.FftNorm;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * JTransforms' worker threads must never keep the JVM alive: a child JVM whose {@code main} runs FFTs long
 * enough for JTransforms to use its own pool (2^16 points) and for the backend's pool (many lines) must exit
 * as soon as {@code main} returns. JTransforms' default pool would hold it for a minute.
 */
class FftThreadsTest {

    /** The child's main: a few transforms, then return without System.exit. */
    public static void main(String[] args) {
        ArrayNamespace xp = Xp.backend("cpu");
        NdArray x = xp.ones(1 << 16);
        NdArray y = xp.fft().fft(x);
        NdArray m = xp.fft().rfft(xp.ones(512, 1024), null, 1, FftNorm.ORTHO);
        System.out.println("done " + y.get(0L).complexValue().re() + " " + m.shape()[1]);
    }

    @Test
    void childJvmExitsWhenMainReturns() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createTempFile("xpsci-fft-threads", ".log");
        try {
            Process p = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    FftThreadsTest.class.getName()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean exited = p.waitFor(30, TimeUnit.SECONDS);
            if (!exited) {
                p.destroyForcibly().waitFor();
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(exited, "the child JVM was still running 30 s after its main returned (non-daemon threads?);"
                    + " output:\n" + out);
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("done 65536.0 513"), out);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
