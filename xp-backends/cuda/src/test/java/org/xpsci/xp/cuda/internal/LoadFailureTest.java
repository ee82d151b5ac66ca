package org.xpsci.xp.cuda.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one-line reasons made from JCuda's load failures (messages as JCuda 11.8 throws them on Linux). */
class LoadFailureTest {

    private static final String JCUDA_NO_DRIVER = "Error while loading native library \"JCudaDriver-11.8.0-linux-x86_64\"\n"
            + "Operating system name: Linux\nArchitecture         : amd64\nArchitecture bit size: 64\n"
            + "---(start of nested stack traces)---\nStack trace from the attempt to load the library as a file:\n"
            + "java.lang.UnsatisfiedLinkError: no JCudaDriver-11.8.0-linux-x86_64 in java.library.path: /usr/lib\n"
            + "Stack trace from the attempt to load the library as a resource:\n"
            + "java.lang.UnsatisfiedLinkError: /tmp/libJCudaDriver-11.8.0-linux-x86_64.so: libcuda.so.1: cannot open"
            + " shared object file: No such file or directory\n---(end of nested stack traces)---\n";

    @Test
    void aMissingDriverLibraryIsNamed() {
        String r = LoadFailure.reason("the CUDA driver", new UnsatisfiedLinkError(JCUDA_NO_DRIVER));
        assertEquals("libcuda.so.1 not found (the CUDA driver could not be loaded)", r);
    }

    @Test
    void aMissingCufftOfTheRightMajorVersionIsNamed() {
        String m = JCUDA_NO_DRIVER.replace("JCudaDriver", "JCufft").replace("libcuda.so.1", "libcufft.so.10");
        assertEquals("libcufft.so.10 not found (JCufft could not be loaded)",
                LoadFailure.reason("JCufft", new UnsatisfiedLinkError(m)));
    }

    @Test
    void aMissingJarSaysSo() {
        String r = LoadFailure.reason("JCuda", new NoClassDefFoundError("jcuda/driver/JCudaDriver"));
        assertEquals("JCuda is not on the class path (jcuda/driver/JCudaDriver)", r);
    }

    @Test
    void otherFailuresKeepTheirFirstLine() {
        String r = LoadFailure.reason("JCublas", new IllegalStateException("CUBLAS_STATUS_NOT_INITIALIZED\nmore"));
        assertEquals("JCublas failed: IllegalStateException: CUBLAS_STATUS_NOT_INITIALIZED", r);
        assertTrue(LoadFailure.reason("x", new RuntimeException((String) null)).contains("no message"));
    }

    @Test
    void causesAreSearchedToo() {
        Throwable t = new RuntimeException("wrapper", new UnsatisfiedLinkError(JCUDA_NO_DRIVER));
        assertTrue(LoadFailure.reason("the CUDA driver", t).startsWith("libcuda.so.1 not found"));
    }
}
