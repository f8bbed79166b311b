package dev.refflow.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exit codes and messages a CI script or an IDE's external-tool setup relies on. */
class RefFlowCliTest {

    private record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new RefFlowCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path write(Path dir, String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static final String GC = """
            class Gc {
                void tidy() {
                    System.gc();
                }
            }
            """;

    private static final String CLEAN = """
            class Clean {
                int twice(int x) {
                    return 2 * x;
                }
            }
            """;

    @Test
    void cleanSourcesExitZeroAndWriteBothReports(@TempDir Path dir) throws IOException {
        write(dir, "src/Clean.java", CLEAN);
        Path out = dir.resolve("out");
        Run r = cli("--base-dir", dir.toString(), "--output", out.toString(), dir.resolve("src").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("RefFlow: 0 findings"), r.out());
        assertTrue(Files.isRegularFile(out.resolve("index.html")) && Files.isRegularFile(out.resolve("refflow.sarif")));
        assertTrue(Files.isRegularFile(out.resolve("cache/facts.bin")), "the cache is on by default");
    }

    @Test
    void findingsOverTheGateExitOneWithCompilerStyleLines(@TempDir Path dir) throws IOException {
        Path gc = write(dir, "src/Gc.java", GC);
        String src = dir.resolve("src").toString();
        String out = dir.resolve("out").toString();
        Run r = cli("--base-dir", dir.toString(), "--output", out, "--no-cache", src);
        assertEquals(1, r.code());
        assertTrue(r.out().contains("[WARNING] " + gc + ":[3,9] ExplicitGcCall:"), r.out());
        assertFalse(Files.exists(dir.resolve("out/cache")), "--no-cache writes no cache");

        assertEquals(0, cli("--output", out, "--max-allowed-findings", "1", src).code());
        assertEquals(0, cli("--output", out, "--fail-on-level", "error", src).code());
        assertEquals(0, cli("--output", out, "--rule", "ExplicitGcCall=off", src).code());
        assertEquals(1, cli("--output", out, "--rule=ExplicitGcCall=error", "--fail-on-level=error", src).code());
    }

    @Test
    void aBaselineWrittenTodayLetsOnlyNewFindingsFail(@TempDir Path dir) throws IOException {
        write(dir, "src/Gc.java", GC);
        String src = dir.resolve("src").toString();
        String out = dir.resolve("out").toString();
        Path baseline = dir.resolve("refflow-baseline.json");
        Run written = cli("--output", out, "--write-baseline", baseline.toString(), src);
        assertEquals(0, written.code(), written.err());
        assertTrue(written.out().contains("RefFlow baseline: 1 findings written to " + baseline), written.out());
        assertEquals(0, cli("--output", out, "--baseline", baseline.toString(), src).code(), "accepted");

        write(dir, "src/Gc2.java", GC.replace("class Gc", "class Gc2"));
        Run again = cli("--output", out, "--baseline", baseline.toString(), src);
        assertEquals(1, again.code(), "the new file's finding is not in the baseline");
        assertTrue(again.out().contains("Gc2.java:[3,9] ExplicitGcCall") && !again.out().contains("Gc.java:[3,9]"),
                again.out());

        Files.writeString(baseline, "[]");
        Run broken = cli("--output", out, "--baseline", baseline.toString(), src);
        assertEquals(2, broken.code());
        assertTrue(broken.err().contains("--baseline: " + baseline + " cannot be used"), broken.err());
    }

    @Test
    void anUnparsableFileExitsTwoButTheOtherFilesAreStillReported(@TempDir Path dir) throws IOException {
        write(dir, "src/Gc.java", GC);
        Path broken = write(dir, "src/Broken.java", "class Broken { void m( { }");
        String src = dir.resolve("src").toString();
        Run r = cli("--base-dir", dir.toString(), "--output", dir.resolve("out").toString(), src);
        assertEquals(2, r.code());
        assertTrue(r.out().contains("[ERROR] " + broken), r.out());
        assertTrue(r.out().contains("ExplicitGcCall"), "the other file is still analysed: " + r.out());

        Run lenient = cli("--base-dir", dir.toString(), "--output", dir.resolve("out").toString(),
                "--fail-on-processing-error", "false", src);
        assertEquals(1, lenient.code(), "then only the findings decide");
    }

    @Test
    void usageErrorsExitTwoNamingTheOption(@TempDir Path dir) throws IOException {
        write(dir, "src/Clean.java", CLEAN);
        String src = dir.resolve("src").toString();
        Run unknown = cli("--colour", src);
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown option --colour"), unknown.err());

        Run threads = cli("--threads", "0", src);
        assertEquals(2, threads.code());
        assertTrue(threads.err().contains("--threads: '0' must be a whole number, 1 or more"), threads.err());

        Run level = cli("--fail-on-level", "fatal", src);
        assertEquals(2, level.code());
        assertTrue(level.err().contains("--fail-on-level"), level.err());

        Run rule = cli("--rule", "NoSuchRule=off", src);
        assertEquals(2, rule.code());
        assertTrue(rule.err().contains("NoSuchRule") && rule.err().contains("ExplicitGcCall"), rule.err());

        Run java = cli("--language-level", "7", src);
        assertEquals(2, java.code());
        assertTrue(java.err().contains("--language-level"), java.err());

        Run missing = cli(dir.resolve("nowhere").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("not a directory: " + dir.resolve("nowhere")), missing.err());

        Run none = cli();
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no source folder given"), none.err());

        Run help = cli("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Exit codes: 0 clean, 1 findings over the gate, 2 usage or processing error"));
    }
}
