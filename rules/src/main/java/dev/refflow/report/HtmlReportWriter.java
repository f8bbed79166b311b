package dev.refflow.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.refflow.api.AnalysisResult;
import dev.refflow.api.ReportFormat;
import dev.refflow.api.Baseline;
import dev.refflow.api.RefFlowVersion;
import dev.refflow.rules.Finding;
import dev.refflow.rules.Level;
import dev.refflow.rules.RuleDescriptor;
import dev.refflow.rules.RuleDoc;
import dev.refflow.rules.SuppressedFinding;
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
 * Writes the report as one self-contained HTML page: inline CSS and a little JS, nothing loaded from
 * the network, so it opens straight from disk. The template (JMustache) escapes every value, so source code
 * and messages are always shown as text; and the page's Content-Security-Policy allows only its own style sheet and
 * script, by their hashes, so markup that got in anyway could not run.
 *
 * <p>The page: a summary (counts, a chart, rules linking to their findings), filters by level, rule and module, a
 * search over file, message and code, a sortable table of all findings, then the findings by module and file in
 * groups that collapse (collapsed when there are many), each with its fingerprint as anchor. The script
 * ({@code report.js}) and style sheet ({@code report.css}) are resources beside the template.
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
        // nothing sized, nothing said: no "0 bytes" for findings about listeners or cycles
        m.put("sized", result.totalEstimatedBytes() > 0);
        m.put("totalBytes", JvmLayout.formatBytes(result.totalEstimatedBytes()));
        m.put("clean", result.findings().isEmpty());
        // with a baseline that accepted everything, "no findings" would hide what the baseline holds
        boolean onlyBaselined = result.findings().isEmpty() && !result.baseline().baselined().isEmpty();
        m.put("onlyBaselined", onlyBaselined);
        m.put("cleanWithoutBaseline", result.findings().isEmpty() && !onlyBaselined);
        m.put("baselinedPlural", result.baseline().baselined().size() == 1 ? "" : "s");
        m.put("ruleRows", ruleRows(result));
        Map<String, Object> chart = Charts.summaryChart(result);
        m.put("chart", chart);
        m.put("problems", problems(result.problems()));
        m.put("hasProblems", !result.problems().isEmpty());
        List<FindingViews.View> views = FindingViews.of(result);
        List<Integer> minWidths = new ArrayList<>();
        minWidths.add((Integer) chart.get("minWidth"));
        m.put("moduleGroups", FindingViews.moduleGroups(result, views, minWidths));
        m.put("tableRows", FindingViews.tableRows(views));
        m.put("ruleOptions", ruleOptions(result));
        List<Map<String, Object>> moduleOptions = moduleOptions(views);
        m.put("hasModules", !result.modules().isEmpty());
        m.put("moduleOptions", moduleOptions);
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
        // the page allows exactly its own style sheet and script, by their hashes
        String style = ReportAssets.style(minWidths);
        m.put("style", style);
        m.put("script", ReportAssets.SCRIPT);
        m.put("csp", ReportAssets.policy(style, ReportAssets.SCRIPT));
        return m;
    }

    /** The rule filter's choices: the rules that found something, in the catalog's order. */
    private static List<Map<String, Object>> ruleOptions(AnalysisResult result) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RuleDescriptor d : result.rules()) {
            long n = result.findings().stream().filter(f -> f.ruleId().equals(d.id())).count();
            if (n > 0) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("id", d.id());
                o.put("count", n);
                out.add(o);
            }
        }
        return out;
    }

    /** The module filter's choices: the modules that have findings, in the result's module order. */
    private static List<Map<String, Object>> moduleOptions(List<FindingViews.View> views) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FindingViews.View v : views) {
            counts.merge(v.module(), 1, Integer::sum);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        counts.forEach((name, n) -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", name);
            o.put("count", n);
            out.add(o);
        });
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
            row.put("hasFindings", errors + warnings + notes > 0);
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
