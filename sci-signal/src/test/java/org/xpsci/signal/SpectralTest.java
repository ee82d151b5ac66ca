package org.xpsci.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.BiFunction;
import org.opentest4j.MultipleFailuresError;
import org.xpsci.testing.AssertOptions;
import org.xpsci.testing.Fixture;
import org.xpsci.testing.XpAssert;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.NdArray;

/** welch, csd, coherence and periodogram against SciPy 1.17 (fixtures/signal/spectral.npz), every case. */
class SpectralTest {

    @XpTest
    void everyCaseMatchesScipy(ArrayNamespace xp) {
        Fixture f = SpectralCases.fixture();
        java.util.List<Throwable> failures = new java.util.ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, BiFunction<ArrayNamespace, Fixture, NdArray[]>> c : SpectralCases.all().entrySet()) {
            String name = c.getKey();
            try {
                NdArray[] r = c.getValue().apply(xp, f);
                XpAssert.assertClose(r[0], f.get(xp, name + ":f"), AssertOptions.defaults().message(name + " f"));
                Tolerances.assertSpectrum(r[1], f, name + ":p", name);
                checked++;
            } catch (AssertionError | RuntimeException e) {
                failures.add(new AssertionError(name + ": " + e.getMessage(), e));
            }
        }
        if (!failures.isEmpty()) {
            throw new MultipleFailuresError("spectral cases on " + xp.name(), failures);
        }
        assertEquals(SpectralCases.all().size(), checked);
    }
}
