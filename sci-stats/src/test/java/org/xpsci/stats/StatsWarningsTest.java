package org.xpsci.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.WarningCapture;

/** The warning channel (listeners, nested captures) and the options records' argument checks. */
class StatsWarningsTest {

    @XpTest
    void listenersSeeEveryWarningAndCapturesNest(ArrayNamespace xp) {
        List<StatsWarning> seen = new ArrayList<>();
        Consumer<StatsWarning> listener = seen::add;
        StatsWarnings.addListener(listener);
        try (WarningCapture<StatsWarning> outer = StatsWarnings.capture()) {
            try (WarningCapture<StatsWarning> inner = StatsWarnings.capture()) {
                Stats.sem(xp.asarray(new double[] {1.0}));
                assertEquals(1, inner.warnings().size());
                StatsWarning w = inner.warnings().get(0);
                assertEquals("sem", w.function());
                assertEquals("SmallSampleWarning", w.category().scipyName());
                assertTrue(w.toString().startsWith("SmallSampleWarning in sem: One or more"), w.toString());
            }
            Stats.skew(xp.empty(0));
            assertEquals(1, outer.warnings().size());
            assertEquals("skew", outer.warnings().get(0).function());
        } finally {
            StatsWarnings.removeListener(listener);
        }
        assertEquals(2, seen.size());
        Stats.skew(xp.empty(0));
        assertEquals(2, seen.size());
    }

    @Test
    void optionsRejectMissingModes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TtestOptions.defaults().withAlternative(null));
        assertTrue(e.getMessage().contains("alternative"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TtestOptions.defaults().withNanPolicy(null));
        assertTrue(e.getMessage().contains("nan_policy"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> AxisOptions.defaults().withNanPolicy(null));
        assertTrue(e.getMessage().contains("nan_policy"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TtestOptions.defaults().withTrim(-0.1));
        assertTrue(e.getMessage().contains("trim=-0.1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> TtestOptions.defaults().withTrim(Double.NaN));
        assertTrue(e.getMessage().contains("trim"), e.getMessage());
        assertEquals(Alternative.LESS, Alternative.parse("less"));
        assertEquals("two-sided", Alternative.TWO_SIDED.toString());
        assertEquals("propagate", NanPolicy.PROPAGATE.label());
    }

    @XpTest
    void nullArgumentsAreRejectedWithTheirNames(ArrayNamespace xp) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Stats.skew(null));
        assertTrue(e.getMessage().contains("a must be an array"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stats.ttest1samp(null, 0.0));
        assertTrue(e.getMessage().contains("a must be an array"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stats.zmap(xp.zeros(3), null));
        assertTrue(e.getMessage().contains("compare"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stats.skew(xp.zeros(3), true, null));
        assertTrue(e.getMessage().contains("AxisOptions.defaults()"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Stats.ttestInd(xp.zeros(3), xp.zeros(3), null));
        assertTrue(e.getMessage().contains("TtestOptions.defaults()"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Stats.pearsonr(xp.zeros(3), xp.zeros(3), null, 0));
        assertTrue(e.getMessage().contains("alternative"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Stats.skew(xp.astype(xp.zeros(3), org.xpsci.xp.DType.COMPLEX128)));
        assertTrue(e.getMessage().contains("complex"), e.getMessage());
    }
}
