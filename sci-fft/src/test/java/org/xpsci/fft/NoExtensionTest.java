package org.xpsci.fft;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.NdArray;
import org.xpsci.xp.Xp;

/**
 * A namespace with neither host memory nor the fft extension gets a clear error from every transform, never a
 * silent copy. The namespace is the cpu one seen through a proxy that hides both capabilities.
 */
class NoExtensionTest {

    private static final ArrayNamespace CPU = Xp.backend("cpu");
    private static final ArrayNamespace BARE = (ArrayNamespace) Proxy.newProxyInstance(
            NoExtensionTest.class.getClassLoader(), new Class<?>[] {ArrayNamespace.class}, (p, m, args) -> {
                switch (m.getName()) {
                    case "name":
                        return "bare";
                    case "hasExtension":
                        return false;
                    case "fft":
                        throw new IllegalStateException("the bare namespace has no fft extension");
                    default:
                        return invoke(CPU, m, args);
                }
            });

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** {@code base} as an array of the bare namespace without host memory. */
    private static NdArray bare(NdArray base) {
        return (NdArray) Proxy.newProxyInstance(NoExtensionTest.class.getClassLoader(), new Class<?>[] {NdArray.class},
                (p, m, args) -> switch (m.getName()) {
                    case "namespace" -> BARE;
                    case "hostBuffer" -> Optional.empty();
                    default -> invoke(base, m, args);
                });
    }

    private static void fails(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), () -> "message '" + e.getMessage() + "' lacks '" + f + "'");
        }
    }

    @Test
    void everyTransformSaysWhatIsMissing() {
        NdArray x = bare(CPU.ones(8));
        NdArray x2 = bare(CPU.ones(2, 4));
        fails(() -> Fft.fft(x), "scipy.fft.fft needs the fft extension", "bare");
        fails(() -> Fft.irfftn(x2), "scipy.fft.irfftn needs the fft extension", "bare");
        fails(() -> Fft.ihfft2(x2), "scipy.fft.ihfftn", "bare");
        fails(() -> Dct.dct(x), "scipy.fft.dct needs host memory", "or the fft extension", "has neither");
        fails(() -> Dct.idstn(x2), "scipy.fft.idstn needs host memory", "has neither");
        fails(() -> Fht.fht(x, 0.1, 0.5), "scipy.fft.fht needs the fft extension", "bare");
        fails(() -> Fft.fft(x, FftOptions.defaults().withWorkers(2)), "workers is only supported for arrays in host"
                + " memory");
    }
}
