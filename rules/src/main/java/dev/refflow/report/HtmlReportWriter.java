package dev.refflow.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.refflow.api.AnalysisResult;
import dev.refflow.api.ReportFormat;
import dev.refflow.api.Baseline;
import dev.refflow.api.Module;
import dev.refflow.api.RefFlowVersion;
import dev.refflow.rules.Finding;
import dev.refflow.rules.Level;
import dev.refflow.rules.RuleDescriptor;
import dev.refflow.rules.RuleDoc;
import dev.refflow.rules.SuppressedFinding;
import dev.refflow.rules.TraceStep;
import dev.refflow.model.JvmLayout;
import dev.refflow.source.ProcessingProblem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the report as one self-contained HTML page: inline CSS and a few lines of JS, nothing loaded from
 * the network, so it opens straight from disk. The template (JMustache) escapes every value, so source code
 * and messages are always shown as text.
 */
public final class HtmlReportWriter implements ReportWriter {
    /** Compiled on first use, not when a writer is made: a warm run that keeps the report never needs it. */
    private static final class Compiled {
        static final Template TEMPLATE = compile();
    }

    private static Template compile() {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.html.mustache");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Mustache.compiler().escapeHTML(true).defaultValue("").emptyStringIsFalse(true).compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.HTML;
    }

    @Override
    public void write(AnalysisResult result, Context context, Path target) throws IOException {
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            Compiled.TEMPLATE.execute(model(result, context.projectName()), out);
        }
    }

    /** Renders to a string (for the Maven site page and tests). */
    public String render(AnalysisResult result, String projectName) {
        return Compiled.TEMPLATE.execute(model(result, projectName));
    }

    static Map<String, Object> model(AnalysisResult result, String projectName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("projectName", projectName.isEmpty() ? "project" : projectName);
        m.put("version", RefFlowVersion.get());
        m.put("findingCount", result.findings().size());
        m.put("errors", result.count(Level.ERROR));
        m.put("warnings", result.count(Level.WARNING));
        m.put("notes", result.count(Level.NOTE));
        m.put("files", result.filesAnalysed());
        m.put("lines", String.format(Locale.ROOT, "%,d", result.linesAnalysed()));
        m.put("totalBytes", JvmLayout.formatBytes(result.totalEstimatedBytes()));
        m.put("clean", result.findings().isEmpty());
        m.put("ruleRows", ruleRows(result));
        m.put("chart", Charts.summaryChart(result));
        m.put("problems", problems(result.problems()));
        m.put("hasProblems", !result.problems().isEmpty());
        m.put("moduleGroups", moduleGroups(result));
        m.put("suppressedCount", result.suppressed().size());
        m.put("hasSuppressed", !result.suppressed().isEmpty());
        m.put("hasFixed", !result.baseline().fixed().isEmpty());
        m.put("suppressed", suppressed(result));
        m.put("baselineApplied", result.baseline().applied());
        m.put("baselineFile", result.baseline().applied() ? String.valueOf(result.baseline().file().getFileName()) : "");
        m.put("baselinedCount", result.baseline().baselined().size());
        m.put("baselined", briefs(result.baseline().baselined()));
        m.put("fixedCount", result.baseline().fixed().size());
        m.put("fixed", fixed(result));
        m.put("rules", rules(result.rules()));
        return m;
    }

    /** Findings by module (one group without a name when the analysis is not an aggregate), then by file. */
    private static List<Map<String, Object>> moduleGroups(AnalysisResult result) {
        Map<String, List<Finding>> byModule = new LinkedHashMap<>();
        if (result.modules().isEmpty()) {
            byModule.put("", result.findings());
        } else {
            for (Module module : result.modules()) {
                byModule.put(module.name(), new ArrayList<>());
            }
            for (Finding f : result.findings()) {
                Module module = result.moduleOf(f.file());
                byModule.computeIfAbsent(module == null ? "(outside the modules)" : module.name(),
                        k -> new ArrayList<>()).add(f);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        int[] anchors = {0};
        for (Map.Entry<String, List<Finding>> e : byModule.entrySet()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("module", e.getKey());
            g.put("count", e.getValue().size() == 1 ? "1 finding" : e.getValue().size() + " findings");
            g.put("fileGroups", fileGroups(e.getValue(), anchors));
            out.add(g);
        }
        return out;
    }

    /** One line per finding: for the collapsed lists of baselined and suppressed findings. */
    private static List<Map<String, Object>> briefs(List<Finding> findings) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Finding f : findings) {
            out.add(brief(f));
        }
        return out;
    }

    private static Map<String, Object> brief(Finding f) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("level", f.level().id());
        row.put("ruleId", f.ruleId());
        row.put("where", f.file().relativePath() + ":" + f.line());
        row.put("message", f.message());
        return row;
    }

    private static List<Map<String, Object>> suppressed(AnalysisResult result) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SuppressedFinding s : result.suppressed()) {
            Map<String, Object> row = brief(s.finding());
            row.put("by", s.by().annotation() + " on " + s.by().target() + " (line " + s.by().line() + ")");
            row.put("justification", s.by().justification());
            out.add(row);
        }
        return out;
    }

    private static List<Map<String, Object>> fixed(AnalysisResult result) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Baseline.Entry e : result.baseline().fixed()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ruleId", e.ruleId());
            row.put("where", e.file() + ":" + e.line());
            row.put("member", e.type() + (e.member().isEmpty() ? "" : "." + e.member()));
            out.add(row);
        }
        return out;
    }

    private static List<Map<String, Object>> ruleRows(AnalysisResult result) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RuleDescriptor d : result.rules()) {
            long errors = 0;
            long warnings = 0;
            long notes = 0;
            long bytes = 0;
            for (Finding f : result.findings()) {
                if (!f.ruleId().equals(d.id())) {
                    continue;
                }
                switch (f.level()) {
                    case ERROR -> errors++;
                    case WARNING -> warnings++;
                    case NOTE -> notes++;
                    default -> { }
                }
                bytes += Math.max(0, f.estimatedBytes());
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", d.id());
            row.put("summary", d.summary());
            row.put("errors", errors);
            row.put("warnings", warnings);
            row.put("notes", notes);
            row.put("bytes", bytes > 0 ? JvmLayout.formatBytes(bytes) : "");
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> problems(List<ProcessingProblem> problems) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ProcessingProblem p : problems) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", p.file().relativePath());
            row.put("where", p.line() > 0 ? ":" + p.line() + (p.column() > 0 ? ":" + p.column() : "") : "");
            row.put("message", p.message());
            out.add(row);
        }
        return out;
    }

    private static List<Map<String, Object>> fileGroups(List<Finding> findings, int[] anchors) {
        Map<String, List<Map<String, Object>>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("anchor", "f" + (++anchors[0]));
            row.put("level", f.level().id());
            row.put("ruleId", f.ruleId());
            row.put("line", f.line());
            row.put("column", f.column());
            row.put("message", f.message());
            row.put("bytes", f.estimatedBytes() >= 0 ? JvmLayout.formatBytes(f.estimatedBytes()) : "");
            List<Map<String, Object>> excerpt = new ArrayList<>();
            for (int i = 0; i < f.excerpt().lines().size(); i++) {
                int no = f.excerpt().firstLine() + i;
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("no", no);
                line.put("text", f.excerpt().lines().get(i));
                line.put("flagged", no == f.line());
                excerpt.add(line);
            }
            row.put("excerpt", excerpt);
            List<Map<String, Object>> trace = new ArrayList<>();
            for (TraceStep s : f.trace()) {
                Map<String, Object> step = new LinkedHashMap<>();
                step.put("lines", s.where(f.file()));
                step.put("action", s.action());
                step.put("text", s.text());
                trace.add(step);
            }
            row.put("trace", trace);
            row.put("graph", Charts.graph(f.graph()));
            byFile.computeIfAbsent(f.file().relativePath(), k -> new ArrayList<>()).add(row);
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, Object>>> e : byFile.entrySet()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("path", e.getKey());
            g.put("count", e.getValue().size());
            g.put("findings", e.getValue());
            groups.add(g);
        }
        return groups;
    }

    private static List<Map<String, Object>> rules(List<RuleDescriptor> rules) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RuleDescriptor d : rules) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", d.id());
            r.put("summary", d.summary());
            r.put("level", d.defaultLevel().id());
            List<Map<String, Object>> sections = new ArrayList<>();
            for (RuleDoc.Section s : d.doc().sections()) {
                Map<String, Object> section = new LinkedHashMap<>();
                section.put("title", s.title());
                section.put("blocks", s.blocks());
                sections.add(section);
            }
            r.put("sections", sections);
            out.add(r);
        }
        return out;
    }
}
