package dev.refflow.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refflow.api.AnalysisRequest;
import dev.refflow.api.AnalysisResult;
import dev.refflow.api.ReportFormat;
import dev.refflow.engine.RefFlowEngine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Artifact URIs in SARIF: percent-encoded per RFC 3986, and always relative to a base the run defines. */
class SarifUrisTest {
    private static final String GC = "class G%d { void f() { System.gc(); } }";

    /**
     * Folder names a URI cannot carry as they are: a space, '#' and '?' (they would start a fragment or query),
     * '<', '%' (it would read as an escape), ':' in the first segment (it would read as a scheme), '+' and '&',
     * and non-ASCII names, composed and decomposed: each octet of their UTF-8 form is encoded, not normalized first,
     * so the URI names the very file on disk.
     */
    @Test
    void pathsArePercentEncodedAndNameTheFileOnDisk(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("project");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("dir with space", "dir%20with%20space");
        expected.put("a#b?c", "a%23b%3Fc");
        expected.put("\u00dcn\u00efc\u00f6d\u00e9 <x>", "%C3%9Cn%C3%AFc%C3%B6d%C3%A9%20%3Cx%3E");
        expected.put("e\u0301", "e%CC%81");
        expected.put("100%41", "100%2541");
        expected.put("c:d", "c%3Ad");
        expected.put("plus+and&co", "plus%2Band%26co");
        expected.put("\u65e5\u672c", "%E6%97%A5%E6%9C%AC");
        Map<String, String> uris = new TreeMap<>();
        int i = 0;
        for (Map.Entry<String, String> e : expected.entrySet()) {
            i++;
            Path file;
            try {
                file = base.resolve(e.getKey()).resolve("G" + i + ".java");
                SarifReportTest.write(file, String.format(GC, i));
            } catch (InvalidPathException | java.io.IOException ex) {
                Assumptions.abort("this file system cannot hold the name '" + e.getKey() + "': " + ex);
                return;
            }
            uris.put(e.getValue() + "/G" + i + ".java", file.toString());
        }
        Path out = dir.resolve("out");
        AnalysisResult result = new RefFlowEngine().analyze(AnalysisRequest.builder(base).sourceRoot(base)
                .projectName("p").formats(Set.of(ReportFormat.SARIF)).outputDirectory(out).build());
        JsonNode run = SarifChecks.assertIngestible(result.reports().get(ReportFormat.SARIF)).get("runs").get(0);
        assertEquals(expected.size(), run.get("results").size(), run.toPrettyString());
        Map<String, String> written = new TreeMap<>();
        for (JsonNode r : run.get("results")) {
            JsonNode artifact = r.get("locations").get(0).get("physicalLocation").get("artifactLocation");
            assertEquals(SarifReportWriter.SRCROOT, artifact.get("uriBaseId").asText());
            written.put(artifact.get("uri").asText(), SarifChecks.file(run, artifact).toString());
        }
        assertEquals(uris, written);
        assertEquals(base.toUri().toString(), run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText());
    }

    /**
     * A source folder outside the base directory (a run without a project, pointed at folders elsewhere): its
     * files are relative to that folder, under a base ID of its own, never an absolute path under %SRCROOT%.
     */
    @Test
    void filesOutsideTheBaseDirectoryAreRelativeToTheirOwnFolder(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("here");
        Path elsewhere = dir.resolve("other place #2/src");
        Path third = dir.resolve("third/src");
        SarifReportTest.write(base.resolve("In.java"), String.format(GC, 1));
        SarifReportTest.write(elsewhere.resolve("pkg/Out.java"), String.format(GC, 2));
        SarifReportTest.write(third.resolve("Far.java"), String.format(GC, 3));
        Path out = dir.resolve("out");
        AnalysisResult result = new RefFlowEngine().analyze(AnalysisRequest.builder(base).sourceRoot(third)
                .sourceRoot(base).sourceRoot(elsewhere).projectName("p").formats(Set.of(ReportFormat.SARIF))
                .outputDirectory(out).build());
        JsonNode run = SarifChecks.assertIngestible(result.reports().get(ReportFormat.SARIF)).get("runs").get(0);
        Map<String, String> written = new TreeMap<>();
        for (JsonNode r : run.get("results")) {
            JsonNode artifact = r.get("locations").get(0).get("physicalLocation").get("artifactLocation");
            written.put(artifact.get("uriBaseId").asText() + " " + artifact.get("uri").asText(),
                    SarifChecks.file(run, artifact).toString());
        }
        // the base directory is %SRCROOT%; folders outside it are numbered in the order of their paths
        assertEquals(Map.of(
                "%SRCROOT% In.java", base.resolve("In.java").toString(),
                "%SRCROOT1% pkg/Out.java", elsewhere.resolve("pkg/Out.java").toString(),
                "%SRCROOT2% Far.java", third.resolve("Far.java").toString()), written);
        JsonNode ids = run.get("originalUriBaseIds");
        assertEquals(elsewhere.toUri().toString(), ids.get("%SRCROOT1%").get("uri").asText());
        assertEquals(third.toUri().toString(), ids.get("%SRCROOT2%").get("uri").asText());
        assertNull(ids.get("%SRCROOT3%"));
    }

    /**
     * Run without a project from one folder and pointed at another (the CLI from the home folder, or
     * {@code refflow:report -Drefflow.sources=/elsewhere/src}): the analysed folder is %SRCROOT%, and the folder
     * run in, which holds nothing reported, is no base at all.
     */
    @Test
    void aRunOfFoldersElsewhereHasTheAnalysedFolderAsSrcroot(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("home");
        Files.createDirectories(base);
        Path analysed = dir.resolve("checkouts/my project/src");
        SarifReportTest.write(analysed.resolve("app/G.java"), String.format(GC, 1));
        AnalysisResult result = new RefFlowEngine().analyze(AnalysisRequest.builder(base).sourceRoot(analysed)
                .projectName("home").formats(Set.of(ReportFormat.SARIF)).outputDirectory(dir.resolve("out")).build());
        JsonNode run = SarifChecks.assertIngestible(result.reports().get(ReportFormat.SARIF)).get("runs").get(0);
        JsonNode artifact = run.get("results").get(0).get("locations").get(0).get("physicalLocation")
                .get("artifactLocation");
        assertEquals("app/G.java", artifact.get("uri").asText());
        assertEquals("%SRCROOT%", artifact.get("uriBaseId").asText());
        assertEquals(1, run.get("originalUriBaseIds").size());
        assertEquals(analysed.toUri().toString(), run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText());
        assertEquals(analysed.resolve("app/G.java"), SarifChecks.file(run, artifact));
    }

    /** Only the octets RFC 3986 calls unreserved stay as they are; a path's '/' separates its segments. */
    @Test
    void encodesEverythingButUnreservedCharactersAndSlashes() {
        assertEquals("src/app/Good.java", SarifUris.encodePath("src/app/Good.java"));
        assertEquals("a-b_c.d~e/F%24G.java", SarifUris.encodePath("a-b_c.d~e/F$G.java"));
        assertEquals("%20%21%22%23%24%25%26%27%28%29%2A%2B%2C%3A%3B%3C%3D%3E%3F%40%5B%5C%5D%5E%60%7B%7C%7D",
                SarifUris.encodePath(" !\"#$%&'()*+,:;<=>?@[\\]^`{|}"));
        assertEquals("%F0%9F%98%80.java", SarifUris.encodePath("\uD83D\uDE00.java"));
        assertArrayEquals("e\u0301".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.net.URI.create(SarifUris.encodePath("e\u0301")).getPath()
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
