package dev.refflow.api;

import dev.refflow.rules.Finding;
import dev.refflow.rules.Level;
import dev.refflow.rules.RuleDescriptor;
import dev.refflow.rules.SuppressedFinding;
import dev.refflow.source.ProcessingProblem;
import edu.umd.cs.findbugs.annotations.CheckReturnValue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one analysis found: findings and processing problems in a fixed order (file, line, column, rule), the
 * rules that ran, counts, and the report files written. {@code findings} are the ones that count: neither
 * suppressed in the source nor accepted in the baseline; those two kinds are kept apart for the reports.
 *
 * @param findings        findings that count, sorted
 * @param problems        files that could not be fully read or parsed, sorted
 * @param rules           the rules that ran, with their effective default levels
 * @param filesAnalysed   number of source files
 * @param linesAnalysed   number of source lines
 * @param reports         report files written, by format
 * @param suppressed      findings silenced by an annotation, sorted
 * @param baseline        what the baseline excused and which of its entries matched nothing
 * @param modules         the modules of an aggregate analysis, empty otherwise
 */
public record AnalysisResult(List<Finding> findings, List<ProcessingProblem> problems, List<RuleDescriptor> rules,
                             int filesAnalysed, long linesAnalysed, Map<ReportFormat, Path> reports,
                             List<SuppressedFinding> suppressed, Baseline.Outcome baseline, List<Module> modules) {
    public AnalysisResult {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        rules = List.copyOf(rules);
        reports = Map.copyOf(reports);
        suppressed = List.copyOf(suppressed);
        modules = List.copyOf(modules);
    }

    public AnalysisResult(List<Finding> findings, List<ProcessingProblem> problems, List<RuleDescriptor> rules,
                          int filesAnalysed, long linesAnalysed, Map<ReportFormat, Path> reports) {
        this(findings, problems, rules, filesAnalysed, linesAnalysed, reports, List.of(), Baseline.Outcome.NONE,
                List.of());
    }

    /** Findings that count at {@code level} or more serious. */
    @CheckReturnValue
    public long countAtOrAbove(Level level) {
        return findings.stream().filter(f -> f.level().atLeast(level)).count();
    }

    @CheckReturnValue
    public long count(Level level) {
        return findings.stream().filter(f -> f.level() == level).count();
    }

    /** Sum of the estimated retained bytes of the findings that count and carry an estimate. */
    @CheckReturnValue
    public long totalEstimatedBytes() {
        return findings.stream().mapToLong(f -> Math.max(0, f.estimatedBytes())).sum();
    }

    public AnalysisResult withReports(Map<ReportFormat, Path> written) {
        return new AnalysisResult(findings, problems, rules, filesAnalysed, linesAnalysed, written, suppressed,
                baseline, modules);
    }

    public AnalysisResult withBaseline(List<Finding> stillNew, Baseline.Outcome outcome) {
        return new AnalysisResult(stillNew, problems, rules, filesAnalysed, linesAnalysed, reports, suppressed,
                outcome, modules);
    }

    public AnalysisResult withModules(List<Module> moduleList) {
        return new AnalysisResult(findings, problems, rules, filesAnalysed, linesAnalysed, reports, suppressed,
                baseline, moduleList);
    }

    /** The module a file belongs to (the one whose folder holds it most closely), or null. */
    @CheckReturnValue
    public Module moduleOf(dev.refflow.source.SourceFile file) {
        Module best = null;
        for (Module m : modules) {
            if (m.holds(file.relativePath()) && (best == null || m.path().length() > best.path().length())) {
                best = m;
            }
        }
        return best;
    }
}
