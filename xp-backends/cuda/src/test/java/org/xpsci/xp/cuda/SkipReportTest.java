package org.xpsci.xp.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.xpsci.testing.XpAssert;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.BackendStatus;
import org.xpsci.xp.Xp;

/**
 * An {@link XpTest} runs once per installed backend; where cuda cannot run, its invocation is reported as
 * skipped with the backend's reason (and runs, like cpu's, where it can).
 */
class SkipReportTest {

    /** A backend-parametrised test, run through JUnit's engine test kit. */
    static class Sample {
        @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
        void adds(ArrayNamespace xp) {
            XpAssert.assertClose(xp.add(xp.asarray(new double[] {1, 2}), 0.5), xp.asarray(new double[] {1.5, 2.5}));
        }
    }

    @Test
    @DisabledIfSystemProperty(named = "xp.backends", matches = ".*\\S.*", disabledReason = "checks the default selection")
    void cudaIsSkippedWithItsReasonOrRun() {
        BackendStatus cuda = Xp.backends().stream().filter(b -> b.name().equals("cuda")).findFirst().orElseThrow();
        Events tests = EngineTestKit.engine("junit-jupiter").configurationParameter("junit.jupiter.conditions.deactivate", "")
                .selectors(selectClass(Sample.class)).execute().testEvents();
        List<Event> skipped = tests.skipped().list();
        if (cuda.available()) {
            assertEquals(0, skipped.size(), skipped.toString());
            assertTrue(tests.succeeded().count() >= 2);
            return;
        }
        assertEquals(1, skipped.size(), skipped.toString());
        Event e = skipped.get(0);
        assertEquals("[cuda]", e.getTestDescriptor().getDisplayName());
        String reason = e.getPayload(String.class).orElse("");
        assertEquals("backend cuda unavailable: " + cuda.reason(), reason);
        assertTrue(tests.succeeded().list().stream().anyMatch(s -> s.getTestDescriptor().getDisplayName().equals("[cpu]")));
    }
}
