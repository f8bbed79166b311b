package dev.refflow.rules;

import dev.refflow.model.FileFacts;
import dev.refflow.model.ProjectModel;
import dev.refflow.model.Suppression;
import dev.refflow.source.SourceFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the suppression annotations to a run's findings. {@code @SuppressWarnings("refflow:RuleId")} and
 * {@code @SuppressWarnings("refflow")} (every rule), and SpotBugs' {@code @SuppressFBWarnings} whose value names
 * a RefFlow rule, silence the findings inside the class, method, constructor, field, variable or parameter they
 * are on; the innermost matching one gets the credit. Every entry that silenced nothing is returned as unused,
 * unless its rule did not run (then nothing can be said of it).
 */
public final class Suppressions {
    /** What is suppressed: a rule ID, or every rule. */
    private static final String ALL = "*";

    /** One value of one annotation that silenced nothing, and why that is worth a note. */
    public record Unused(FileFacts file, Suppression suppression, String value, String reason) {
    }

    /** The findings left, those silenced, and the entries that silenced nothing. */
    public record Outcome(List<Finding> kept, List<SuppressedFinding> suppressed, List<Unused> unused) {
    }

    private record Entry(FileFacts file, Suppression suppression, String value, String rule) {
    }

    private Suppressions() {
    }

    public static Outcome apply(List<Finding> findings, ProjectModel project, Set<String> runningRules) {
        Map<SourceFile, List<Entry>> byFile = new HashMap<>();
        List<Entry> all = new ArrayList<>();
        for (FileFacts file : project.files()) {
            for (Suppression s : file.suppressions()) {
                for (String value : s.values()) {
                    String rule = ruleOf(value, s.spotBugs());
                    if (rule != null) {
                        Entry e = new Entry(file, s, value, rule);
                        all.add(e);
                        byFile.computeIfAbsent(file.file(), k -> new ArrayList<>()).add(e);
                    }
                }
            }
        }
        if (all.isEmpty()) {
            return new Outcome(findings, List.of(), List.of());
        }
        List<Finding> kept = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        Set<Entry> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Finding f : findings) {
            Entry best = null;
            for (Entry e : byFile.getOrDefault(f.file(), List.of())) {
                if ((e.rule().equals(ALL) || e.rule().equals(f.ruleId())) && e.suppression().covers(f.line(), f.column())
                        && (best == null || e.suppression().extent() < best.suppression().extent())) {
                    best = e;
                }
            }
            if (best == null) {
                kept.add(f);
            } else {
                used.add(best);
                suppressed.add(new SuppressedFinding(f, best.suppression()));
            }
        }
        List<Unused> unused = new ArrayList<>();
        for (Entry e : all) {
            if (used.contains(e)) {
                continue;
            }
            if (e.rule().equals(ALL)) {
                unused.add(new Unused(e.file(), e.suppression(), e.value(), "no RefFlow finding is inside it"));
            } else if (RuleCatalog.find(e.rule()).isEmpty()) {
                String nearest = RuleCatalog.nearestId(e.rule());
                unused.add(new Unused(e.file(), e.suppression(), e.value(), "'" + e.rule()
                        + "' is not a RefFlow rule" + (nearest == null ? "" : "; did you mean " + nearest + "?")
                        + " (rules: " + String.join(", ", RuleCatalog.ids()) + ")"));
            } else if (runningRules.contains(e.rule())) {
                unused.add(new Unused(e.file(), e.suppression(), e.value(), "no " + e.rule()
                        + " finding is inside it"));
            }
        }
        return new Outcome(kept, suppressed, unused);
    }

    /**
     * The rule a value suppresses, {@link #ALL}, or null when it is not about RefFlow. SpotBugs' annotation also
     * carries SpotBugs' own pattern names, so there a bare value counts only when it is a RefFlow rule ID.
     */
    private static String ruleOf(String value, boolean spotBugs) {
        if (value.equals("refflow")) {
            return ALL;
        }
        if (value.startsWith("refflow:")) {
            // a former ID of a renamed rule still suppresses it
            return RuleCatalog.currentId(value.substring("refflow:".length()));
        }
        return spotBugs && RuleCatalog.find(value).isPresent() ? RuleCatalog.currentId(value) : null;
    }
}
