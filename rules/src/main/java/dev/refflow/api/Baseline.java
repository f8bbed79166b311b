package dev.refflow.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.refflow.rules.Finding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a team accepted when it adopted RefFlow ({@code refflow-baseline.json}), so that only new ones
 * fail the build. Each entry is identified by its fingerprint (rule, file relative to the module, enclosing
 * type and member, the flagged statement without white space), never by its line: lines inserted above it,
 * reformatting, or renaming another method keep it baselined; changing the statement or moving it to another
 * member makes it new. The other fields are there for people reading the file. Identical fingerprints are
 * counted: two baselined {@code System.gc()} calls in one method do not excuse a third.
 */
public final class Baseline {
    /** The file's format version. */
    static final int FORMAT = 1;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file).thenComparingInt(Entry::line)
            .thenComparing(Entry::ruleId).thenComparing(Entry::fingerprint);

    /** One accepted finding. */
    @JsonPropertyOrder({"ruleId", "file", "line", "type", "member", "statement", "fingerprint"})
    public record Entry(String ruleId, String file, int line, String type, String member, String statement,
                        String fingerprint) implements java.io.Serializable {
        static Entry of(Finding f) {
            return new Entry(f.ruleId(), f.file().relativePath(), f.line(), f.enclosingType(), f.member(),
                    f.statement(), f.fingerprint());
        }
    }

    /** The file's content. */
    @JsonPropertyOrder({"refflowBaseline", "findings"})
    record Document(int refflowBaseline, List<Entry> findings) {
    }

    /**
     * What a baseline did to a run: the findings it excused, and its entries that matched nothing (fixed, or
     * changed beyond recognition), so the file can be refreshed.
     */
    public record Outcome(Path file, List<Finding> baselined, List<Entry> fixed) implements java.io.Serializable {
        public static final Outcome NONE = new Outcome(null, List.of(), List.of());

        public Outcome {
            baselined = List.copyOf(baselined);
            fixed = List.copyOf(fixed);
        }

        public boolean applied() {
            return file != null;
        }
    }

    private final Path file;
    private final List<Entry> entries;
    private final String contentHash;

    private Baseline(Path file, List<Entry> entries, String contentHash) {
        this.file = file;
        this.entries = List.copyOf(entries);
        this.contentHash = contentHash;
    }

    public Path file() {
        return file;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Changes whenever the file's content does; part of what the reports depend on. */
    public String contentHash() {
        return contentHash;
    }

    /** @throws IOException with a message that says what is wrong with the file */
    public static Baseline read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Document doc;
        try {
            doc = MAPPER.readValue(bytes, Document.class);
        } catch (JsonProcessingException e) {
            throw new IOException("not a RefFlow baseline (" + e.getOriginalMessage() + ")", e);
        }
        if (doc == null || doc.findings() == null || doc.refflowBaseline() != FORMAT) {
            throw new IOException("not a RefFlow baseline of format " + FORMAT
                    + " (write it with the refflow:baseline goal)");
        }
        for (Entry e : doc.findings()) {
            if (e == null || e.fingerprint() == null || e.fingerprint().isBlank()) {
                throw new IOException("an entry has no fingerprint");
            }
        }
        String hash;
        try {
            hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
        return new Baseline(file, doc.findings(), hash);
    }

    /** Writes every finding as accepted. Sorted, so the same findings always give the same file. */
    public static void write(Path file, List<Finding> findings) throws IOException {
        List<Entry> entries = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            entries.add(Entry.of(f));
        }
        entries.sort(ORDER);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        String json = MAPPER.writeValueAsString(new Document(FORMAT, entries)) + "\n";
        Files.writeString(file, json.replace("\r\n", "\n"), StandardCharsets.UTF_8);
    }

    /** Splits findings into new and baselined; the entries left over are reported as fixed. */
    public Outcome match(List<Finding> findings, List<Finding> stillNew) {
        Map<String, List<Entry>> open = new HashMap<>();
        for (Entry e : entries) {
            open.computeIfAbsent(e.fingerprint(), k -> new ArrayList<>()).add(e);
        }
        List<Finding> baselined = new ArrayList<>();
        for (Finding f : findings) {
            List<Entry> same = open.get(f.fingerprint());
            // an entry written before its rule was renamed carries the fingerprint under the former ID
            for (String former : dev.refflow.rules.RuleCatalog.formerIds(f.ruleId())) {
                if (same == null || same.isEmpty()) {
                    same = open.get(dev.refflow.rules.Fingerprints.of(f, former));
                }
            }
            if (same != null && !same.isEmpty()) {
                same.remove(0);
                baselined.add(f);
            } else {
                stillNew.add(f);
            }
        }
        List<Entry> fixed = new ArrayList<>();
        open.values().forEach(fixed::addAll);
        fixed.sort(ORDER);
        return new Outcome(file, baselined, fixed);
    }
}
