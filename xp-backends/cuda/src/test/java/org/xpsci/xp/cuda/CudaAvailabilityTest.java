package org.xpsci.xp.cuda;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.xpsci.xp.BackendStatus;
import org.xpsci.xp.BackendUnavailableException;
import org.xpsci.xp.Xp;

/**
 * The backend's availability as {@link Xp#backends()} reports it: listed always, unavailable with a one-line
 * reason where the driver, a device or the PTX cannot be used, and no class of the backend fails to load.
 */
class CudaAvailabilityTest {

    private static final Pattern KNOWN_REASONS = Pattern.compile("^(libcuda\\.so\\.1 not found|no CUDA device found"
            + "|the NVIDIA driver is too old|the CUDA driver failed|device 0 \\(.*\\) has compute capability"
            + "|switched off by -Dxpsci\\.cuda=false|JCuda \\(org\\.jcuda:jcuda 11\\.8\\.0\\) is not on the class path).*");

    private static BackendStatus cuda() {
        return Xp.backends().stream().filter(b -> b.name().equals("cuda")).findFirst().orElseThrow(
                () -> new AssertionError("Xp.backends() does not list cuda: " + Xp.backends()));
    }

    @Test
    void backendsListCudaAfterCpu() {
        List<String> names = Xp.backends().stream().map(BackendStatus::name).toList();
        assertTrue(names.contains("cuda"), names.toString());
        assertTrue(names.indexOf("cpu") < names.indexOf("cuda"), names.toString());
    }

    @Test
    void anUnavailableBackendGivesOneOfTheKnownReasons() {
        BackendStatus s = cuda();
        assumeFalse(s.available(), "a CUDA device is present here");
        assertNotNull(s.reason());
        assertTrue(KNOWN_REASONS.matcher(s.reason()).matches(), s.reason());
        assertTrue(!s.reason().contains("\n"), "one line: " + s.reason());
        assertEquals("cuda: unavailable (" + s.reason() + ")", s.toString());
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class, () -> Xp.backend("cuda"));
        assertEquals("backend 'cuda' is unavailable: " + s.reason(), e.getMessage());
        assertThrows(BackendUnavailableException.class, () -> new CudaBackend().namespace());
    }

    @Test
    void withoutTheDriverLibraryTheReasonNamesIt() {
        assumeTrue(noDriverLibrary(), "libcuda.so.1 is installed here");
        assertEquals("libcuda.so.1 not found (the CUDA driver (through JCuda's native library) could not be loaded)",
                cuda().reason());
    }

    @Test
    void anAvailableBackendSaysWhichPathEachFamilyUses() {
        BackendStatus s = cuda();
        assumeTrue(s.available(), "no CUDA device here: " + s.reason());
        String notes = String.join("\n", s.accelerators());
        assertTrue(notes.contains("matmul: "), notes);
        assertTrue(notes.contains("fft: "), notes);
        assertEquals("cuda", Xp.backend("cuda").name());
    }

    @Test
    void theStatusIsComputedOnceAndStable() {
        assertEquals(new CudaBackend().status(), new CudaBackend().status());
    }

    @Test
    void noClassOfTheBackendFailsToLoad() {
        for (String c : List.of("org.xpsci.xp.cuda.CudaBackend", "org.xpsci.xp.cuda.CudaArray",
                "org.xpsci.xp.cuda.CudaNamespace", "org.xpsci.xp.cuda.internal.CudaProbe",
                "org.xpsci.xp.cuda.internal.CublasLibrary", "org.xpsci.xp.cuda.internal.CufftLibrary")) {
            assertDoesNotThrow(() -> Class.forName(c, true, getClass().getClassLoader()), c);
        }
    }

    /** Whether no libcuda.so.1 is in the usual library directories or LD_LIBRARY_PATH. */
    static boolean noDriverLibrary() {
        List<String> dirs = new ArrayList<>(List.of("/lib", "/usr/lib", "/lib64", "/usr/lib64",
                "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/usr/local/nvidia/lib64", "/usr/lib/wsl/lib"));
        String ld = System.getenv("LD_LIBRARY_PATH");
        if (ld != null) {
            dirs.addAll(List.of(ld.split(":")));
        }
        return dirs.stream().noneMatch(d -> !d.isEmpty() && Files.exists(Path.of(d, "libcuda.so.1")));
    }
}
