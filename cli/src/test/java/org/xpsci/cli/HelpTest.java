package org.xpsci.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every command has help, and every option of a SciPy command names the SciPy parameter it stands for. */
class HelpTest {

    private static final Set<String> SHARED = Set.of("--backend", "--no-fast-paths", "--out", "--help", "--version");
    private static final Set<String> ABOUT = Set.of("info", "demo", "bench");

    static List<String> commands() {
        return List.copyOf(Xpsci.commandLine().getSubcommands().keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void helpExitsZeroWithUsage(String command) {
        CliRun r = CliRun.of(command, "--help");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("Usage: xpsci " + command), r.out());
        assertEquals("", r.err());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void optionsNameTheirScipyParameter(String command) {
        if (ABOUT.contains(command)) {
            return;
        }
        CommandLine cl = Xpsci.commandLine().getSubcommands().get(command);
        for (OptionSpec o : cl.getCommandSpec().options()) {
            if (!SHARED.contains(o.longestName())) {
                String d = String.join(" ", o.description());
                assertTrue(d.contains("(SciPy: "), () -> command + " " + o.longestName() + ": " + d);
            }
        }
    }

    @Test
    void topLevelHelpListsEveryCommandUnderItsGroup() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.exitCode(), r::toString);
        for (String c : commands()) {
            assertTrue(r.out().contains("\n  " + c + " "), () -> c + " missing in\n" + r.out());
        }
    }

    @Test
    void noCommandIsBadInput() {
        CliRun r = CliRun.of();
        assertEquals(2, r.exitCode());
        assertEquals(List.of("error: a command is required (see 'xpsci --help')"), r.errLines());
    }
}
