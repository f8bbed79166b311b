package dev.refflow.rules;

import dev.refflow.api.AnalysisRequest;
import dev.refflow.api.AnalysisResult;
import dev.refflow.engine.RefFlowEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every rule case under {@code src/test/resources/cases/<RuleId>/}: a {@code .java} file is a
 * one-file project, a folder is a multi-file project. A line {@code // expect: RuleId} (optionally
 * {@code RuleId level}, several separated by commas) expects a finding on the next line; every finding of
 * every rule must be expected, so a case without markers must produce nothing at all. A line
 * {@code // suppressed: RuleId} expects a finding on the next line that an annotation silences; every
 * suppressed finding must be marked so.
 * <p>
 * A case is analysed at the default language level ({@link dev.refflow.source.JavaVersion#DEFAULT}) unless one of
 * its leading comment lines (the {@code //} lines before the first line of code, in any file of a folder case) says
 * otherwise: {@code // refflow: languageLevel=11}. The level is the Java release the code is compiled for, as the
 * plugin takes it from {@code maven.compiler.release} or {@code source}; what javac emits for that release can
 * decide a finding (an inner class keeps an unused enclosing instance below 18). The files of a folder case that
 * name a level must name the same one.
 */
class RuleCasesTest {
    private static final Path CASES = Path.of("src/test/resources/cases");
    private static final Pattern MARKER = Pattern.compile("//\\s*expect:\\s*(.+?)\\s*$");
    private static final Pattern SUPPRESSED = Pattern.compile("//\\s*suppressed:\\s*(.+?)\\s*$");
    private static final Pattern LANGUAGE_LEVEL = Pattern.compile("^//\\s*refflow:\\s*languageLevel\\s*=\\s*(\\S+)\\s*$");

    @TestFactory
    Stream<DynamicTest> ruleCases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> ruleDirs = Files.list(CASES)) {
            for (Path ruleDir : ruleDirs.sorted().toList()) {
                try (Stream<Path> cases = Files.list(ruleDir)) {
                    for (Path c : cases.sorted().toList()) {
                        if (Files.isDirectory(c) || c.toString().endsWith(".java")) {
                            String name = ruleDir.getFileName() + "/" + c.getFileName();
                            tests.add(DynamicTest.dynamicTest(name, c.toUri(), () -> runCase(c)));
                        }
                    }
                }
            }
        }
        return tests.stream();
    }

    @org.junit.jupiter.api.Test
    void everyRuleHasEnoughPositiveAndNegativeCases() throws IOException {
        for (String rule : RuleCatalog.ids()) {
            Path dir = CASES.resolve(rule);
            assertTrue(Files.isDirectory(dir), "no case folder for " + rule);
            int positives = 0;
            int negatives = 0;
            try (Stream<Path> cases = Files.list(dir)) {
                for (Path c : cases.toList()) {
                    if (expectations(c).stream().anyMatch(e -> e.startsWith(rule + "@"))) {
                        positives++;
                    } else if (expectations(c).isEmpty()) {
                        negatives++;
                    }
                }
            }
            assertTrue(positives >= 10, rule + " has " + positives + " positive cases, want at least 10");
            assertTrue(negatives >= 10, rule + " has " + negatives + " negative cases, want at least 10");
        }
    }

    /** Calls between project methods: helpers one and two calls deep, in other files, static and instance. */
    @org.junit.jupiter.api.Test
    void interproceduralCasesHaveEnoughPositivesAndNearMisses() throws IOException {
        int positives = 0;
        int negatives = 0;
        try (Stream<Path> cases = Files.list(CASES.resolve("Interprocedural"))) {
            for (Path c : cases.toList()) {
                if (expectations(c).isEmpty()) {
                    negatives++;
                } else {
                    positives++;
                }
            }
        }
        assertTrue(positives >= 10, "interprocedural positives: " + positives + ", want at least 10");
        assertTrue(negatives >= 10, "interprocedural near misses: " + negatives + ", want at least 10");
    }

    private static void runCase(Path c) throws IOException {
        AnalysisRequest.Builder builder = AnalysisRequest.builder(c.getParent()).threads(1);
        if (Files.isDirectory(c)) {
            builder = builder.sourceRoot(c);
        } else {
            builder = builder.sourceRoot(c.getParent()).includes(List.of(c.getFileName().toString()));
        }
        String level = languageLevel(c);
        if (level != null) {
            builder = builder.languageLevel(level);
        }
        AnalysisResult result = new RefFlowEngine().analyze(builder.build());
        assertTrue(result.problems().isEmpty(), "processing problems: " + result.problems());
        Set<String> expected = expectations(c);
        Set<String> actual = new TreeSet<>();
        for (Finding f : result.findings()) {
            String key = f.ruleId() + "@" + f.file().path().getFileName() + ":" + f.line();
            actual.add(expected.contains(key + " " + f.level().id()) ? key + " " + f.level().id() : key);
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual),
                "findings differ from the // expect: markers; all findings:\n" + describe(result));
        Set<String> expectedSuppressed = markers(c, SUPPRESSED);
        Set<String> actualSuppressed = new TreeSet<>();
        for (SuppressedFinding s : result.suppressed()) {
            actualSuppressed.add(s.finding().ruleId() + "@" + s.finding().file().path().getFileName() + ":"
                    + s.finding().line());
        }
        assertEquals(String.join("\n", expectedSuppressed), String.join("\n", actualSuppressed),
                "suppressed findings differ from the // suppressed: markers");
    }

    /** {@code RuleId@File.java:line} or {@code RuleId@File.java:line level} for each marker. */
    static Set<String> expectations(Path c) throws IOException {
        return markers(c, MARKER);
    }

    /**
     * {@code RuleId@File.java:line} (with the level when the marker gives one) for each marker of a kind: a
     * finding expected on the line below ({@code // expect:}), or one expected to be suppressed there
     * ({@code // suppressed:}).
     */
    static Set<String> markers(Path c, Pattern marker) throws IOException {
        Set<String> out = new TreeSet<>();
        for (Path f : sources(c)) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = marker.matcher(lines.get(i));
                if (!m.find()) {
                    continue;
                }
                for (String entry : m.group(1).split(",")) {
                    String[] parts = entry.strip().split("\\s+");
                    String key = parts[0] + "@" + f.getFileName() + ":" + (i + 2);
                    out.add(parts.length > 1 ? key + " " + parts[1].toLowerCase(Locale.ROOT) : key);
                }
            }
        }
        return out;
    }

    /**
     * The language level a case names in its leading comment lines ({@code // refflow: languageLevel=11}), or null
     * when it names none (the request's default then holds).
     */
    static String languageLevel(Path c) throws IOException {
        String level = null;
        for (Path f : sources(c)) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String s = line.strip();
                if (s.isEmpty()) {
                    continue;
                }
                if (!s.startsWith("//")) {
                    break;
                }
                Matcher m = LANGUAGE_LEVEL.matcher(s);
                if (m.find()) {
                    assertTrue(level == null || level.equals(m.group(1)), c + ": files name different language "
                            + "levels: " + level + " and " + m.group(1));
                    level = m.group(1);
                }
            }
        }
        return level;
    }

    /** The Java files of a case: the file itself, or every file under a folder case, in a fixed order. */
    private static List<Path> sources(Path c) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(c)) {
            try (Stream<Path> walk = Files.walk(c)) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        } else {
            files.add(c);
        }
        return files;
    }

    private static String describe(AnalysisResult result) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : result.findings()) {
            sb.append("  ").append(f.file().path().getFileName()).append(':').append(f.line()).append(' ')
                    .append(f.level().id()).append(' ').append(f.ruleId()).append(": ").append(f.message()).append('\n');
            for (TraceStep s : f.trace()) {
                sb.append("      ").append(s.lines()).append(' ').append(s.action()).append(' ').append(s.text()).append('\n');
            }
        }
        return sb.toString();
    }
}
