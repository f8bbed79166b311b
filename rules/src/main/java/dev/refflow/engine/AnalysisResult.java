package dev.refflow.engine;

import dev.refflow.rules.Finding;
import dev.refflow.rules.Level;
import dev.refflow.rules.RuleDescriptor;
import dev.refflow.source.ProcessingProblem;
import edu.umd.cs.findbugs.annotations.CheckReturnValue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one analysis found: findings and processing problems in a fixed order (file, line, column, rule), the
 * rules that ran, counts, and the report files written.
 *
 * @param findings        findings, sorted
 * @param problems        files that could not be fully read or parsed, sorted
 * @param rules           the rules that ran, with their effective default levels
 * @param filesAnalysed   number of source files
 * @param linesAnalysed   number of source lines
 * @param reports         report files written, by format
 */
public record AnalysisResult(List<Finding> findings, List<ProcessingProblem> problems, List<RuleDescriptor> rules,
                             int filesAnalysed, long linesAnalysed, Map<ReportFormat, Path> reports) {
    public AnalysisResult {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        rules = List.copyOf(rules);
        reports = Map.copyOf(reports);
    }

    /** Findings at {@code level} or more serious. */
    @CheckReturnValue
    public long countAtOrAbove(Level level) {
        return findings.stream().filter(f -> f.level().atLeast(level)).count();
    }

    @CheckReturnValue
    public long count(Level level) {
        return findings.stream().filter(f -> f.level() == level).count();
    }

    /** Sum of the estimated retained bytes of all findings that carry an estimate. */
    @CheckReturnValue
    public long totalEstimatedBytes() {
        return findings.stream().mapToLong(f -> Math.max(0, f.estimatedBytes())).sum();
    }

    public AnalysisResult withReports(Map<ReportFormat, Path> written) {
        return new AnalysisResult(findings, problems, rules, filesAnalysed, linesAnalysed, written);
    }
}
