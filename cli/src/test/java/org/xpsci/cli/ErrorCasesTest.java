package org.xpsci.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input (cases in gen_cli.py: missing, corrupt, truncated and unsupported files, a header that lies about
 * the shape, values out of range, unknown options, commands and backends): exit code 2, exactly one line on
 * standard error, starting with "error:" and naming what was wrong, no stack trace, nothing on standard output.
 */
class ErrorCasesTest {

    private static final Set<String> COMMANDS = Xpsci.commandLine().getSubcommands().keySet();

    static List<CommandCases.ErrorCase> errors() {
        return CommandCases.errors();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void badInputExitsTwoWithOneErrorLine(CommandCases.ErrorCase c) {
        assumeTrue(c.group().equals("cli") || COMMANDS.contains(c.args().get(0)),
                () -> "command " + c.args().get(0) + " is not built: its module (sci-" + c.group() + ") is absent");
        CliRun r = CliRun.of(c.args());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        String line = r.errLines().get(0);
        assertTrue(line.startsWith("error: "), r::toString);
        assertTrue(line.contains(c.fragment()), () -> "expected '" + c.fragment() + "' in: " + line);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r::toString);
        assertEquals("", r.out(), r::toString);
    }
}
