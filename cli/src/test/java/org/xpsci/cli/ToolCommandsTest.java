package org.xpsci.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xpsci.xp.Xp;

/** info and bench, run in-process. */
class ToolCommandsTest {

    @Test
    void infoListsEveryInstalledBackendWithItsAvailability() {
        CliRun r = CliRun.of("info");
        assertEquals(0, r.exitCode(), r::toString);
        Xp.backends().forEach(b -> assertTrue(r.out().contains("  " + b.name() + " ")
                && r.out().contains(b.available() ? "available" : b.reason()), () -> b + " in " + r.out()));
    }

    @Test
    void infoJsonIsOneObjectWithTheBackends() {
        CliRun r = CliRun.of("info", "--json");
        assertEquals(0, r.exitCode(), r::toString);
        String json = r.out().strip();
        assertTrue(json.startsWith("{\"version\": \"xpsci ") && json.endsWith("}"), json);
        assertTrue(json.contains("{\"name\": \"cpu\", \"available\": true, \"reason\": null, \"devices\": [\"cpu\"]"),
                json);
    }

    @Test
    void benchPrintsTheContractKeysAndHonoursNoFastPaths() {
        CliRun r = CliRun.of("bench", "rfft", "--n", "1000", "--repeat", "3", "--json", "--no-fast-paths");
        assertEquals(0, r.exitCode(), r::toString);
        String json = r.out().strip();
        for (String key : new String[] {"{\"workload\": \"rfft\"", "\"backend\": \"cpu\"", "\"n\": 1000",
                "\"median_s\": ", "\"min_s\": ", "\"repeat\": 3", "\"fast_paths\": false"}) {
            assertTrue(json.contains(key), () -> key + " missing in " + json);
        }
    }

    @Test
    void benchTextNamesTheWorkloadAndPaths() {
        CliRun r = CliRun.of("bench", "fft", "--n", "512", "--repeat", "2");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("fft on cpu (fast paths), n=512: median "), r.out());
    }

    @Test
    void benchRejectsUnknownWorkloadsAndBadCounts() {
        CliRun unknown = CliRun.of("bench", "nope");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("error: workload must be one of ["), unknown.err());
        CliRun repeat = CliRun.of("bench", "fft", "--repeat", "0");
        assertEquals(2, repeat.exitCode());
        assertEquals("error: repeat must be a positive integer; got 0", repeat.err().strip());
        CliRun n = CliRun.of("bench", "fft", "--n", "-4");
        assertEquals(2, n.exitCode());
        assertEquals("error: n must be a positive integer; got -4", n.err().strip());
    }
}
