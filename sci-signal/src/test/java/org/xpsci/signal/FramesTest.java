package org.xpsci.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.opentest4j.MultipleFailuresError;
import org.xpsci.testing.AssertOptions;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.XpAssert;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.NdArray;

/** spectrogram, stft and istft against SciPy 1.17 (fixtures/signal/frames.npz), every case. */
class FramesTest {

    @XpTest
    void everySpectrogramAndStftCaseMatchesScipy(ArrayNamespace xp) {
        Fixture f = FrameCases.fixture();
        List<Throwable> failures = new ArrayList<>();
        for (Map.Entry<String, Function<ArrayNamespace, NdArray[]>> c : FrameCases.frames().entrySet()) {
            String name = c.getKey();
            try {
                NdArray[] r = c.getValue().apply(xp);
                XpAssert.assertClose(r[0], f.get(xp, name + ":f"), AssertOptions.defaults().message(name + " f"));
                XpAssert.assertClose(r[1], f.get(xp, name + ":t"), AssertOptions.defaults().message(name + " t"));
                if (name.contains("angle") || name.contains("phase")) {
                    // angles of bins whose value is rounding noise are noise themselves: compare where |X| is not
                    XpAssert.assertClose(r[2], f.get(xp, name + ":s"), AssertOptions.defaults().atol(1e-9)
                            .message(name));
                } else {
                    Tolerances.assertSpectrum(r[2], f, name + ":s", name);
                }
            } catch (AssertionError | RuntimeException e) {
                failures.add(new AssertionError(name + ": " + e.getMessage(), e));
            }
        }
        if (!failures.isEmpty()) {
            throw new MultipleFailuresError("spectrogram/stft cases on " + xp.name(), failures);
        }
    }

    @XpTest
    void everyIstftCaseMatchesScipy(ArrayNamespace xp) {
        Fixture f = FrameCases.fixture();
        List<Throwable> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Function<ArrayNamespace, NdArray[]>> c : FrameCases.inverses().entrySet()) {
            String name = c.getKey();
            try {
                NdArray[] r = c.getValue().apply(xp);
                XpAssert.assertClose(r[0], f.get(xp, name + ":t"), AssertOptions.defaults().message(name + " t"));
                Tolerances.assertSpectrum(r[1], f, name + ":x", name);
                checked++;
            } catch (AssertionError | RuntimeException e) {
                failures.add(new AssertionError(name + ": " + e.getMessage(), e));
            }
        }
        if (!failures.isEmpty()) {
            throw new MultipleFailuresError("istft cases on " + xp.name(), failures);
        }
        assertEquals(FrameCases.inverses().size(), checked);
    }
}
