package org.xpsci.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SciPy's warnings reach the shell as single {@code warning:} lines on standard error when the command succeeds
 * (a failing command prints only its error line: see the case welch_warning_then_error).
 */
class WarningsTest {

    @TempDir
    Path tmp;

    @Test
    void npersegLongerThanTheSignalWarnsOnOneLine() throws Exception {
        Path out = tmp.resolve("w.npz");
        CliRun r = CliRun.of("welch", "--x", CommandCases.input("sig1").toString(), "--nperseg", "1000",
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().startsWith("warning: UserWarning: nperseg=1000 is greater than signal length"), r.err());
        assertTrue(Files.size(out) > 0);
    }
}
