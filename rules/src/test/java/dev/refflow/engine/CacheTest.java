package dev.refflow.engine;

import dev.refflow.api.AnalysisRequest;
import dev.refflow.api.AnalysisResult;
import dev.refflow.api.ReportFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cache may only ever save work: every run must give the same reports as a run without it. */
class CacheTest {

    private static Path copyOfCases(Path dir) throws IOException {
        Path src = Path.of("src/test/resources/cases").toAbsolutePath();
        Path target = dir.resolve("src");
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    private static AnalysisResult run(Path project, Path out, Path cache, List<String> log) {
        return new RefFlowEngine().analyze(AnalysisRequest.builder(project).sourceRoot(project.resolve("src"))
                .outputDirectory(out).cacheDirectory(cache).threads(2).log(log::add).build());
    }

    private static void assertSameReports(AnalysisResult expected, AnalysisResult actual) throws IOException {
        for (ReportFormat f : ReportFormat.values()) {
            assertArrayEquals(Files.readAllBytes(expected.reports().get(f)), Files.readAllBytes(actual.reports().get(f)),
                    f + " differs");
        }
    }

    @Test
    void coldWarmAndPartlyChangedRunsGiveTheSameReportsAsNoCache(@TempDir Path dir) throws IOException {
        copyOfCases(dir);
        Path cache = dir.resolve("cache");
        List<String> log = new ArrayList<>();
        AnalysisResult none = run(dir, dir.resolve("none"), null, log);
        assertTrue(none.findings().size() > 100, "the cases give plenty of findings");
        AnalysisResult cold = run(dir, dir.resolve("cold"), cache, log);
        assertSameReports(none, cold);
        assertTrue(Files.isRegularFile(cache.resolve("facts.bin")) && Files.isRegularFile(cache.resolve("result.bin")));

        log.clear();
        AnalysisResult warm = run(dir, dir.resolve("warm"), cache, log);
        assertSameReports(none, warm);
        assertTrue(log.stream().anyMatch(l -> l.contains("results from the cache")), log.toString());

        // one file changes: its findings change, everything else comes from the facts cache
        Path changed = dir.resolve("src/ExplicitGcCall/SystemGc.java");
        Files.writeString(changed, Files.readString(changed).replace("System.gc();", "System.runFinalization();"));
        AnalysisResult again = run(dir, dir.resolve("again"), cache, log);
        AnalysisResult fresh = run(dir, dir.resolve("fresh"), null, log);
        assertSameReports(fresh, again);
        assertEquals(none.findings().size() - 1, again.findings().size());
    }

    /**
     * Below release 18 javac keeps an unused enclosing instance, so the same source gives a CapturedOuterInstance
     * finding at 11 and none at 21: a cache filled at one release must not answer for the other.
     */
    @Test
    void theReleaseTheCodeIsCompiledForKeysTheCache(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/Holder.java"), String.join("\n",
                "class Holder {",
                "    static Runnable task;",
                "    void install() {",
                "        task = new Runnable() {",
                "            public void run() {",
                "                System.out.println(\"run\");",
                "            }",
                "        };",
                "    }",
                "}", ""), StandardCharsets.UTF_8);
        Path cache = dir.resolve("cache");
        for (String level : List.of("11", "21", "11", "21")) {
            AnalysisResult r = new RefFlowEngine().analyze(AnalysisRequest.builder(dir).sourceRoot(dir.resolve("src"))
                    .outputDirectory(dir.resolve("out")).cacheDirectory(cache).threads(1).languageLevel(level).build());
            assertEquals(level.equals("11") ? 1 : 0, r.findings().stream()
                    .filter(f -> f.ruleId().equals("CapturedOuterInstance")).count(), "at release " + level);
        }
    }

    @Test
    void aCorruptTruncatedOrForeignCacheIsIgnoredAndRebuilt(@TempDir Path dir) throws IOException {
        copyOfCases(dir);
        Path cache = dir.resolve("cache");
        List<String> log = new ArrayList<>();
        AnalysisResult none = run(dir, dir.resolve("none"), null, log);
        run(dir, dir.resolve("first"), cache, log);
        byte[] facts = Files.readAllBytes(cache.resolve("facts.bin"));
        byte[] result = Files.readAllBytes(cache.resolve("result.bin"));

        List<byte[][]> damages = List.of(
                new byte[][] {truncate(facts), truncate(result)},
                new byte[][] {flipMiddle(facts), flipMiddle(result)},
                new byte[][] {"not a cache".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5}});
        for (byte[][] damage : damages) {
            Files.write(cache.resolve("facts.bin"), damage[0]);
            Files.write(cache.resolve("result.bin"), damage[1]);
            log.clear();
            AnalysisResult r = run(dir, dir.resolve("damaged"), cache, log);
            assertSameReports(none, r);
            assertFalse(log.isEmpty(), "a damaged cache is mentioned");
            assertTrue(log.stream().allMatch(l -> l.startsWith("RefFlow")), log.toString());
        }
        // and it was rebuilt: the next run is a clean hit
        log.clear();
        run(dir, dir.resolve("rebuilt"), cache, log);
        assertTrue(log.stream().anyMatch(l -> l.contains("results from the cache")), log.toString());
    }

    @Test
    void aWarmRunLeavesIntactReportsAloneAndRestoresDamagedOnes(@TempDir Path dir) throws IOException {
        copyOfCases(dir);
        Path cache = dir.resolve("cache");
        Path out = dir.resolve("out");
        List<String> log = new ArrayList<>();
        AnalysisResult cold = run(dir, out, cache, log);
        Path html = cold.reports().get(ReportFormat.HTML);
        Path sarif = cold.reports().get(ReportFormat.SARIF);
        byte[] htmlBytes = Files.readAllBytes(html);
        byte[] sarifBytes = Files.readAllBytes(sarif);
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(html, old);

        AnalysisResult warm = run(dir, out, cache, log);
        assertEquals(old, Files.getLastModifiedTime(html), "an intact report is not written again");
        assertEquals(cold.reports(), warm.reports());

        Files.delete(html);
        Files.writeString(sarif, "{}");
        run(dir, out, cache, log);
        assertArrayEquals(htmlBytes, Files.readAllBytes(html), "a deleted report is written again");
        assertArrayEquals(sarifBytes, Files.readAllBytes(sarif), "an edited report is written again");
    }

    @Test
    void anEditInTheSameClockTickAsTheLastRunIsStillSeen(@TempDir Path dir) throws IOException {
        copyOfCases(dir);
        Path cache = dir.resolve("cache");
        List<String> log = new ArrayList<>();
        Path file = dir.resolve("src/ExplicitGcCall/SystemGc.java");
        // the file was written just now, so its stamp cannot be trusted on the next run (Git's racily clean rule)
        java.nio.file.attribute.FileTime stamp = Files.getLastModifiedTime(file);
        AnalysisResult first = run(dir, dir.resolve("first"), cache, log);
        String text = Files.readString(file);
        Files.writeString(file, text.replace("System.gc();", "int x = 1;  "));
        assertEquals(text.length(), Files.size(file), "same size");
        Files.setLastModifiedTime(file, stamp);

        log.clear();
        AnalysisResult second = run(dir, dir.resolve("second"), cache, log);
        assertFalse(log.stream().anyMatch(l -> l.contains("results from the cache")), log.toString());
        assertEquals(first.findings().size() - 1, second.findings().size(), "the removed System.gc() is seen");
    }

    private static byte[] truncate(byte[] b) {
        return java.util.Arrays.copyOf(b, b.length / 2);
    }

    private static byte[] flipMiddle(byte[] b) {
        byte[] c = b.clone();
        for (int i = c.length / 2; i < c.length / 2 + 16 && i < c.length; i++) {
            c[i] ^= (byte) 0x5A;
        }
        return c;
    }
}
