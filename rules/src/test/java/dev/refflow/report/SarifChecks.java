package dev.refflow.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.refflow.TestProjects;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What every SARIF file RefFlow writes must satisfy: the SARIF 2.1.0 schema (from {@code ../shared/data}, when it
 * is there) and the rules GitHub code scanning applies on upload beside the schema, so the file is ingested
 * unchanged: at most 20 runs, each with an {@code automationDetails.id} whose category no other run shares; at
 * most 25,000 results and rules per run; {@code message.text} and {@code partialFingerprints} on every result; at
 * most 1,000 locations and 10,000 thread-flow locations per result, every thread-flow location written inline;
 * line and column numbers from 1; every artifact URI a valid RFC 3986 reference, relative ones tied to a
 * {@code uriBaseId} the run defines.
 */
final class SarifChecks {
    static final int MAX_RUNS = 20;
    static final int MAX_RESULTS_PER_RUN = 25_000;
    static final int MAX_RULES_PER_RUN = 25_000;
    static final int MAX_LOCATIONS_PER_RESULT = 1_000;
    static final int MAX_THREAD_FLOW_LOCATIONS_PER_RESULT = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** RFC 3986 characters a URI may carry as they are, and percent-encoded octets. */
    private static final Pattern URI_CHARS = Pattern.compile("([A-Za-z0-9\\-._~!$&'()*+,;=:@/?#\\[\\]]|%[0-9A-F]{2})*");
    /** A path: no query, no fragment, nothing outside {@code pchar} and {@code /}. */
    private static final Pattern PATH_CHARS = Pattern.compile("([A-Za-z0-9\\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})*");
    private static volatile JsonSchema schema;

    private SarifChecks() {
    }

    /** Reads the file, checks it against the schema and code scanning's rules, and returns it. */
    static JsonNode assertIngestible(Path sarif) {
        JsonNode log;
        try {
            log = JSON.readTree(sarif.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertValidAgainstSchema(log);
        assertCodeScanningRules(log);
        return log;
    }

    static void assertValidAgainstSchema(JsonNode log) {
        Optional<JsonSchema> s = schema();
        if (s.isEmpty()) {
            System.out.println("SKIPPED: ../shared/data/sarif-schema-2.1.0.json is absent; SARIF not validated");
            return;
        }
        Set<ValidationMessage> errors = s.get().validate(log);
        assertTrue(errors.isEmpty(), "SARIF schema violations: " + errors);
    }

    static void assertCodeScanningRules(JsonNode log) {
        JsonNode runs = log.get("runs");
        assertTrue(runs.isArray() && !runs.isEmpty(), "no runs");
        assertTrue(runs.size() <= MAX_RUNS, runs.size() + " runs, code scanning takes at most " + MAX_RUNS);
        Set<String> categories = new HashSet<>();
        for (JsonNode run : runs) {
            assertTrue(categories.add(category(run)), "two runs of category '" + category(run) + "'");
            assertNull(run.get("threadFlowLocations"), "thread-flow locations must be written inline, not shared");
            assertTrue(run.path("tool").path("driver").path("rules").size() <= MAX_RULES_PER_RUN);
            JsonNode results = run.path("results");
            assertTrue(results.size() <= MAX_RESULTS_PER_RUN,
                    results.size() + " results in one run, code scanning takes at most " + MAX_RESULTS_PER_RUN);
            Set<String> baseIds = new HashSet<>();
            run.path("originalUriBaseIds").fieldNames().forEachRemaining(baseIds::add);
            for (Iterator<Map.Entry<String, JsonNode>> it = run.path("originalUriBaseIds").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> base = it.next();
                String uri = base.getValue().path("uri").asText();
                assertTrue(URI_CHARS.matcher(uri).matches(), "not an RFC 3986 URI: " + uri);
                assertTrue(URI.create(uri).isAbsolute() && uri.endsWith("/"),
                        base.getKey() + " must be an absolute URI ending in '/': " + uri);
                assertNull(base.getValue().get("uriBaseId"), base.getKey() + " is given absolutely");
            }
            for (JsonNode result : results) {
                String id = result.path("ruleId").asText();
                assertFalse(result.path("message").path("text").asText().isBlank(), "no message.text: " + id);
                assertTrue(result.path("partialFingerprints").size() > 0, "no partialFingerprints: " + id);
                int locations = result.path("locations").size();
                assertTrue(locations >= 1 && locations <= MAX_LOCATIONS_PER_RESULT, locations + " locations: " + id);
                for (JsonNode flow : result.path("codeFlows")) {
                    for (JsonNode thread : flow.path("threadFlows")) {
                        JsonNode steps = thread.path("locations");
                        assertTrue(steps.size() <= MAX_THREAD_FLOW_LOCATIONS_PER_RESULT);
                        for (JsonNode step : steps) {
                            assertNull(step.get("index"), "a thread-flow location refers to a shared one: " + step);
                            assertNotNull(step.path("location").get("physicalLocation"),
                                    "a thread-flow location without its location inline: " + step);
                        }
                    }
                }
            }
            checkRegionsAndArtifacts(run, baseIds);
        }
    }

    /** The category GitHub files a run under: its automationDetails.id up to the last '/'. */
    static String category(JsonNode run) {
        JsonNode id = run.path("automationDetails").get("id");
        assertNotNull(id, "a run without automationDetails.id");
        String s = id.asText();
        assertFalse(s.isBlank(), "blank automationDetails.id");
        int slash = s.lastIndexOf('/');
        return slash < 0 ? s : s.substring(0, slash);
    }

    /** Several files uploaded together (one per module): no category twice among all their runs. */
    static void assertUploadableTogether(List<JsonNode> logs) {
        Set<String> categories = new HashSet<>();
        int runs = 0;
        for (JsonNode log : logs) {
            for (JsonNode run : log.get("runs")) {
                runs++;
                assertTrue(categories.add(category(run)), "two runs of category '" + category(run) + "'");
            }
        }
        assertEquals(runs, categories.size());
    }

    private static void checkRegionsAndArtifacts(JsonNode node, Set<String> baseIds) {
        if (node.isObject()) {
            JsonNode region = node.get("region");
            if (region != null) {
                int start = region.path("startLine").asInt(1);
                assertTrue(start >= 1, "line numbers start at 1: " + region);
                assertTrue(region.path("endLine").asInt(start) >= start, "ends before it starts: " + region);
                assertTrue(region.path("startColumn").asInt(1) >= 1, "columns start at 1: " + region);
            }
            JsonNode artifact = node.get("artifactLocation");
            if (artifact != null) {
                String uri = artifact.path("uri").asText();
                assertFalse(uri.isEmpty(), "an artifact location without a URI: " + node);
                assertTrue(PATH_CHARS.matcher(uri).matches() || URI_CHARS.matcher(uri).matches(),
                        "not an RFC 3986 URI: " + uri);
                JsonNode base = artifact.get("uriBaseId");
                if (base != null) {
                    assertTrue(baseIds.contains(base.asText()), "uriBaseId " + base.asText() + " is not defined");
                    assertTrue(PATH_CHARS.matcher(uri).matches(), "a relative path must not carry '?' or '#': " + uri);
                    assertFalse(uri.startsWith("/"), "relative to " + base.asText() + " but rooted: " + uri);
                    String first = uri.contains("/") ? uri.substring(0, uri.indexOf('/')) : uri;
                    assertFalse(first.contains(":"), "reads as a scheme: " + uri);
                } else {
                    assertTrue(URI.create(uri).isAbsolute(), "a relative URI needs a uriBaseId: " + uri);
                }
            }
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("originalUriBaseIds")) {
                    checkRegionsAndArtifacts(e.getValue(), baseIds);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> checkRegionsAndArtifacts(n, baseIds));
        }
    }

    /** The file an artifact location names, resolved through its run's originalUriBaseIds. */
    static Path file(JsonNode run, JsonNode artifactLocation) {
        URI uri = URI.create(artifactLocation.get("uri").asText());
        JsonNode base = artifactLocation.get("uriBaseId");
        if (base != null) {
            uri = URI.create(run.get("originalUriBaseIds").get(base.asText()).get("uri").asText()).resolve(uri);
        }
        return Path.of(uri);
    }

    private static Optional<JsonSchema> schema() {
        JsonSchema s = schema;
        if (s == null) {
            Optional<Path> file = TestProjects.sharedData().map(d -> d.resolve("sarif-schema-2.1.0.json"))
                    .filter(Files::exists);
            if (file.isEmpty()) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file.get())) {
                s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            } catch (IOException e) {
                fail("cannot read the SARIF schema: " + e);
            }
            schema = s;
        }
        return Optional.of(s);
    }
}
