package org.xpsci.xp.strict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.junit.platform.testkit.engine.Events;
import org.xpsci.testing.BackendSelection;
import org.xpsci.testing.ExpectFailure;
import org.xpsci.testing.SkipBackend;
import org.xpsci.testing.XpTest;
import org.xpsci.xp.ArrayNamespace;

/**
 * Tests of the {@code @XpTest} backend parametrisation with JUnit's engine test kit: invocation names, skips
 * with reasons ({@code @SkipBackend}, unavailable backends, backends not on the class path), expected failures,
 * and the configuration errors of {@code -Dxp.backends}. The fixtures are static nested classes, which the
 * build's test run does not pick up on its own.
 */
class XpTestParametrisationTest {

    private final String saved = System.getProperty(BackendSelection.PROPERTY);

    @AfterEach
    void restoreSelection() {
        if (saved == null) {
            System.clearProperty(BackendSelection.PROPERTY);
        } else {
            System.setProperty(BackendSelection.PROPERTY, saved);
        }
    }

    // ---- fixtures --------------------------------------------------------------------------------------

    static class Plain {
        @XpTest
        void bothPaths(ArrayNamespace xp) {
            assertEquals(2.0, xp.add(xp.asarray(1.0), xp.asarray(1.0)).doubleValue());
        }

        @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
        void asConfigured(ArrayNamespace xp) {
            assertTrue(xp.name().equals("cpu") || xp.name().equals("strict"));
        }
    }

    static class Skipping {
        @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
        @SkipBackend(value = "strict", reason = "needs host memory")
        void skippedOnStrict(ArrayNamespace xp) {
            assertEquals("cpu", xp.name());
        }
    }

    static class Expecting {
        @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
        @ExpectFailure(value = "strict", reason = "sin of integers is not portable")
        void failsOnStrict(ArrayNamespace xp) {
            xp.sin(xp.asarray(new int[] {1}));
        }

        @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
        @ExpectFailure(value = "strict", reason = "claimed to fail but works")
        void passesOnStrict(ArrayNamespace xp) {
            xp.sin(xp.asarray(new double[] {1}));
        }

        @XpTest(paths = XpTest.Paths.AS_CONFIGURED)
        @ExpectFailure(value = "strict", reason = "wrong exception type", exception = ArithmeticException.class)
        void failsOtherwiseOnStrict(ArrayNamespace xp) {
            xp.sin(xp.asarray(new int[] {1}));
        }
    }

    // ---- tests ---------------------------------------------------------------------------------------------

    @Test
    void invocationsAreNamedByBackendAndPath() {
        System.clearProperty(BackendSelection.PROPERTY);
        Map<String, List<String>> names = names(run(selectClass(Plain.class)));
        assertEquals(List.of("[cpu, fast]", "[cpu, portable]", "[strict, fast]", "[strict, portable]",
                "[offline, fast]", "[offline, portable]"), names.get("bothPaths"));
        assertEquals(List.of("[cpu]", "[strict]", "[offline]"), names.get("asConfigured"));
    }

    @Test
    void unavailableBackendsAreSkippedWithTheirReason() {
        System.clearProperty(BackendSelection.PROPERTY);
        Events events = run(selectMethod(Plain.class, "asConfigured", ArrayNamespace.class.getName()));
        events.assertStatistics(s -> s.started(2).succeeded(2).skipped(1));
        String reason = skipReasons(events).get("[offline]");
        assertTrue(reason.contains("unavailable") && reason.contains(OfflineBackend.REASON), reason);
    }

    @Test
    void skipBackendSkipsWithTheReason() {
        System.clearProperty(BackendSelection.PROPERTY);
        Events events = run(selectClass(Skipping.class));
        events.assertStatistics(s -> s.started(1).succeeded(1).skipped(2));
        assertEquals("skipped on strict: needs host memory", skipReasons(events).get("[strict]"));
    }

    @Test
    void expectedFailurePassesAndAnUnexpectedPassFails() {
        System.setProperty(BackendSelection.PROPERTY, "cpu,strict");
        Events events = run(selectClass(Expecting.class));
        Map<String, TestExecutionResult.Status> strict = new TreeMap<>();
        for (Event e : events.finished().list()) {
            if (e.getTestDescriptor().getDisplayName().equals("[strict]")) {
                strict.put(method(e), e.getPayload(TestExecutionResult.class).orElseThrow().getStatus());
            }
        }
        assertEquals(TestExecutionResult.Status.SUCCESSFUL, strict.get("failsOnStrict"));
        assertEquals(TestExecutionResult.Status.FAILED, strict.get("passesOnStrict"));
        assertEquals(TestExecutionResult.Status.FAILED, strict.get("failsOtherwiseOnStrict"));
        String message = events.failed().list().stream().filter(e -> method(e).equals("passesOnStrict"))
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow().getMessage())
                .findFirst().orElseThrow();
        assertTrue(message.contains("expected to fail on strict") && message.contains("remove the @ExpectFailure"), message);
        events.assertStatistics(s -> s.started(6).succeeded(4).failed(2));
    }

    @Test
    void selectingOneBackendRunsOnlyIt() {
        System.setProperty(BackendSelection.PROPERTY, "strict");
        Map<String, List<String>> names = names(run(selectClass(Plain.class)));
        assertEquals(List.of("[strict, fast]", "[strict, portable]"), names.get("bothPaths"));
        assertEquals(List.of("[strict]"), names.get("asConfigured"));
    }

    @Test
    void aKnownBackendMissingFromTheClassPathIsSkipped() {
        System.setProperty(BackendSelection.PROPERTY, "cuda");
        Events events = run(selectMethod(Plain.class, "asConfigured", ArrayNamespace.class.getName()));
        events.assertStatistics(s -> s.started(0).skipped(1));
        String reason = skipReasons(events).get("[cuda]");
        assertTrue(reason.contains("not on this module's test class path"), reason);
    }

    @Test
    void anUnknownBackendNameIsAConfigurationError() {
        System.setProperty(BackendSelection.PROPERTY, "cpu,stirct");
        Events containers = EngineTestKit.engine("junit-jupiter").selectors(selectClass(Plain.class)).execute()
                .containerEvents();
        Throwable t = containers.failed().list().get(0).getPayload(TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow();
        assertTrue(t instanceof IllegalStateException, t.toString());
        assertTrue(t.getMessage().contains("names backend 'stirct'") && t.getMessage().contains("known: [cpu, strict, cuda]"),
                t.getMessage());
    }

    @Test
    void selectingNothingIsAConfigurationError() {
        System.setProperty(BackendSelection.PROPERTY, " , ");
        Events containers = EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(Plain.class, "asConfigured", ArrayNamespace.class.getName())).execute()
                .containerEvents();
        Throwable t = containers.failed().list().get(0).getPayload(TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow();
        assertTrue(t.getMessage().contains("no backend is selected"), t.getMessage());
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static Events run(org.junit.platform.engine.DiscoverySelector selector) {
        return EngineTestKit.engine("junit-jupiter").selectors(selector).execute().testEvents();
    }

    /** Invocation display names per test method, in order. */
    private static Map<String, List<String>> names(Events events) {
        return events.list().stream().filter(e -> e.getType() == EventType.STARTED || e.getType() == EventType.SKIPPED)
                .collect(Collectors.groupingBy(XpTestParametrisationTest::method, TreeMap::new,
                        Collectors.mapping(e -> e.getTestDescriptor().getDisplayName(), Collectors.toList())));
    }

    private static Map<String, String> skipReasons(Events events) {
        return events.skipped().list().stream().collect(Collectors.toMap(e -> e.getTestDescriptor().getDisplayName(),
                e -> e.getPayload(String.class).orElse(""), (a, b) -> a));
    }

    private static String method(Event e) {
        String id = e.getTestDescriptor().getUniqueId().toString();
        int at = id.indexOf("[test-template:");
        return id.substring(at + "[test-template:".length(), id.indexOf('(', at));
    }
}
