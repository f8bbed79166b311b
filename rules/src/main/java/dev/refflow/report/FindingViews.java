package dev.refflow.report;

import dev.refflow.api.AnalysisResult;
import dev.refflow.api.Module;
import dev.refflow.model.JvmLayout;
import dev.refflow.rules.Finding;
import dev.refflow.rules.TraceStep;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings as the page shows them: each with a stable anchor (its fingerprint, so a link into the report from a CI
 * comment survives edits elsewhere), grouped by module and file, and as rows of the compact findings table.
 */
final class FindingViews {
    /** With more findings than this, file groups start collapsed: the table above them is the overview. */
    static final int COLLAPSE_ABOVE = 20;
    static final String OUTSIDE_MODULES = "(outside the modules)";

    /**
     * One finding on the page.
     *
     * @param finding the finding
     * @param anchor  its element id: the fingerprint, with {@code -2}, {@code -3} for later findings sharing one
     * @param module  the module it is in, empty when the analysis is not an aggregate
     */
    record View(Finding finding, String anchor, String module) {
    }

    private FindingViews() {
    }

    /** The findings in the result's order, with their anchors and modules. */
    static List<View> of(AnalysisResult result) {
        Map<String, Integer> seen = new HashMap<>();
        List<View> views = new ArrayList<>();
        for (Finding f : result.findings()) {
            String fingerprint = f.fingerprint();
            int n = seen.merge(fingerprint, 1, Integer::sum);
            views.add(new View(f, n == 1 ? fingerprint : fingerprint + "-" + n, moduleName(result, f)));
        }
        return views;
    }

    private static String moduleName(AnalysisResult result, Finding f) {
        if (result.modules().isEmpty()) {
            return "";
        }
        Module m = result.moduleOf(f.file());
        return m == null ? OUTSIDE_MODULES : m.name();
    }

    /**
     * Findings by module (one group without a name when the analysis is not an aggregate), then by file. The
     * pictures' minimum widths are added to {@code minWidths}.
     */
    static List<Map<String, Object>> moduleGroups(AnalysisResult result, List<View> views,
                                                  Collection<Integer> minWidths) {
        Map<String, List<View>> byModule = new LinkedHashMap<>();
        if (result.modules().isEmpty()) {
            byModule.put("", views);
        } else {
            for (Module module : result.modules()) {
                byModule.put(module.name(), new ArrayList<>());
            }
            for (View v : views) {
                byModule.computeIfAbsent(v.module(), k -> new ArrayList<>()).add(v);
            }
        }
        boolean open = views.size() <= COLLAPSE_ABOVE;
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<String, List<View>> e : byModule.entrySet()) {
            int n = e.getValue().size();
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("module", e.getKey());
            g.put("total", n);
            g.put("count", n == 1 ? "1 finding" : n + " findings");
            g.put("fileGroups", fileGroups(e.getValue(), open, minWidths));
            out.add(g);
        }
        return out;
    }

    private static List<Map<String, Object>> fileGroups(List<View> views, boolean open,
                                                        Collection<Integer> minWidths) {
        Map<String, List<Map<String, Object>>> byFile = new LinkedHashMap<>();
        for (View v : views) {
            Map<String, Object> detail = detail(v);
            @SuppressWarnings("unchecked")
            Map<String, Object> graph = (Map<String, Object>) detail.get("graph");
            if (graph != null) {
                minWidths.add((Integer) graph.get("minWidth"));
            }
            byFile.computeIfAbsent(v.finding().file().relativePath(), k -> new ArrayList<>()).add(detail);
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, Object>>> e : byFile.entrySet()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("path", e.getKey());
            g.put("count", e.getValue().size());
            g.put("open", open);
            g.put("findings", e.getValue());
            groups.add(g);
        }
        return groups;
    }

    /** Everything the page shows of one finding. */
    private static Map<String, Object> detail(View v) {
        Finding f = v.finding();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("anchor", v.anchor());
        row.put("module", v.module());
        row.put("file", f.file().relativePath());
        row.put("level", f.level().id());
        row.put("ruleId", f.ruleId());
        row.put("line", f.line());
        row.put("column", f.column());
        row.put("message", f.message());
        row.put("bytes", bytes(f));
        List<Map<String, Object>> excerpt = new ArrayList<>();
        for (int i = 0; i < f.excerpt().lines().size(); i++) {
            int no = f.excerpt().firstLine() + i;
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("no", no);
            line.put("text", f.excerpt().lines().get(i));
            line.put("flagged", no == f.line());
            excerpt.add(line);
        }
        row.put("hasExcerpt", !excerpt.isEmpty());
        row.put("excerpt", excerpt);
        List<Map<String, Object>> trace = new ArrayList<>();
        for (TraceStep s : f.trace()) {
            Map<String, Object> step = new LinkedHashMap<>();
            // a step in another file than the finding's names that file
            step.put("lines", s.where(f.file()));
            step.put("action", s.action());
            step.put("text", s.text());
            trace.add(step);
        }
        row.put("hasTrace", !trace.isEmpty());
        row.put("trace", trace);
        row.put("graph", Charts.graph(f.graph()));
        return row;
    }

    /** The compact table: rule, level, file:line, bytes; each row links to its finding. */
    static List<Map<String, Object>> tableRows(List<View> views) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (View v : views) {
            Finding f = v.finding();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("anchor", v.anchor());
            row.put("ruleId", f.ruleId());
            row.put("level", f.level().id());
            // errors first when sorted by level
            row.put("rank", f.level().ordinal());
            row.put("file", f.file().relativePath());
            row.put("line", f.line());
            row.put("bytes", bytes(f));
            row.put("bytesValue", Math.max(0, f.estimatedBytes()));
            rows.add(row);
        }
        return rows;
    }

    /** The estimated size, or nothing where the rule sized nothing. */
    static String bytes(Finding f) {
        return f.estimatedBytes() > 0 ? JvmLayout.formatBytes(f.estimatedBytes()) : "";
    }
}
