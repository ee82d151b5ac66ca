package org.xpsci.xp.strict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.xpsci.testing.BackendSelection;
import org.xpsci.testing.compliance.ComplianceSuite;
import org.xpsci.xp.ArrayNamespace;
import org.xpsci.xp.Xp;

/** The compliance suite of an unavailable or unselected backend is skipped with the reason (jqwik's test kit). */
class ComplianceLifecycleTest {

    private final String saved = System.getProperty(BackendSelection.PROPERTY);

    @AfterEach
    void restoreSelection() {
        if (saved == null) {
            System.clearProperty(BackendSelection.PROPERTY);
        } else {
            System.setProperty(BackendSelection.PROPERTY, saved);
        }
    }

    static class OfflineSuite extends ComplianceSuite {
        @Override
        protected ArrayNamespace xp() {
            return Xp.backend("offline");
        }
    }

    static class StrictSuite extends ComplianceSuite {
        @Override
        protected ArrayNamespace xp() {
            return Xp.backend("strict");
        }
    }

    @Test
    void anUnavailableBackendsSuiteIsSkippedWithTheReason() {
        System.clearProperty(BackendSelection.PROPERTY);
        String reason = skipReason(OfflineSuite.class);
        assertTrue(reason.contains("unavailable") && reason.contains(OfflineBackend.REASON), reason);
    }

    @Test
    void anUnselectedBackendsSuiteIsSkipped() {
        System.setProperty(BackendSelection.PROPERTY, "cpu");
        assertEquals("backend strict is not selected by -Dxp.backends=cpu", skipReason(StrictSuite.class));
    }

    private static String skipReason(Class<?> suite) {
        List<Event> skipped = EngineTestKit.engine("jqwik").selectors(selectClass(suite)).execute().containerEvents()
                .skipped().list();
        assertEquals(1, skipped.size(), "the suite's container is skipped as a whole");
        return skipped.get(0).getPayload(String.class).orElse("");
    }
}
