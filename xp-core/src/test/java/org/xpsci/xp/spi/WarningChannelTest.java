package org.xpsci.xp.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.xpsci.xp.WarningCapture;

/** The shared warning channel: listeners, nested thread-local captures, and the logger when neither is there. */
class WarningChannelTest {

    private static final String NAME = "org.xpsci.test.warnings";

    @Test
    void capturesNestAndTheInnermostRecords() {
        WarningChannel<String> channel = new WarningChannel<>(NAME);
        try (WarningCapture<String> outer = channel.capture()) {
            try (WarningCapture<String> inner = channel.capture()) {
                channel.warn("a");
                assertEquals(List.of("a"), inner.warnings());
            }
            channel.warn("b");
            assertEquals(List.of("b"), outer.warnings());
        }
    }

    @Test
    void closingAnOuterScopeClosesTheScopesLeftOpenInside() {
        WarningChannel<String> channel = new WarningChannel<>(NAME);
        List<String> logged = new ArrayList<>();
        try (LoggedLines ignored = new LoggedLines(logged)) {
            WarningCapture<String> outer = channel.capture();
            WarningCapture<String> inner = channel.capture();
            outer.close();
            channel.warn("after");
            assertEquals(List.of(), inner.warnings());
        }
        assertEquals(List.of("after"), logged);
    }

    @Test
    void listenersSeeEveryWarningAndSilenceTheLogger() {
        WarningChannel<String> channel = new WarningChannel<>(NAME);
        List<String> seen = new ArrayList<>();
        List<String> logged = new ArrayList<>();
        Consumer<String> listener = seen::add;
        try (LoggedLines ignored = new LoggedLines(logged)) {
            channel.addListener(listener);
            try (WarningCapture<String> w = channel.capture()) {
                channel.warn("captured");
                assertEquals(List.of("captured"), w.warnings());
            }
            channel.warn("heard");
            channel.removeListener(listener);
            channel.warn("logged");
        }
        assertEquals(List.of("captured", "heard"), seen);
        assertEquals(List.of("logged"), logged);
    }

    @Test
    void capturesBelongToTheirThread() throws InterruptedException {
        WarningChannel<String> channel = new WarningChannel<>(NAME);
        List<String> logged = new ArrayList<>();
        try (LoggedLines ignored = new LoggedLines(logged); WarningCapture<String> w = channel.capture()) {
            Thread t = new Thread(() -> channel.warn("elsewhere"));
            t.start();
            t.join();
            assertEquals(List.of(), w.warnings());
        }
        assertEquals(List.of("elsewhere"), logged);
    }

    /** The lines logged at WARNING on the test logger while open. */
    private static final class LoggedLines extends Handler implements AutoCloseable {

        private final Logger logger = Logger.getLogger(NAME);
        private final List<String> lines;

        LoggedLines(List<String> lines) {
            this.lines = lines;
            logger.setUseParentHandlers(false);
            logger.addHandler(this);
        }

        @Override
        public synchronized void publish(LogRecord r) {
            lines.add(r.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
        }
    }
}
