package dev.refflow.maven;

import dev.refflow.api.AnalysisResult;
import dev.refflow.api.BuildGate;
import dev.refflow.rules.Finding;
import dev.refflow.rules.Level;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.List;

/**
 * Analyses the project, writes the reports, and fails the build when findings at or above
 * {@code failOnLevel} exceed {@code maxAllowedFindings}, or when a file could not be processed.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractRefFlowMojo {
    private static final int NAMED_IN_FAILURE = 20;

    /** The level from which findings count against the build: error, warning or note. */
    @Parameter(property = "refflow.failOnLevel", defaultValue = "warning")
    private String failOnLevel;

    /** How many counted findings the build tolerates. */
    @Parameter(property = "refflow.maxAllowedFindings", defaultValue = "0")
    private String maxAllowedFindings;

    /** Fail when a source file cannot be read or parsed (the other files are analysed either way). */
    @Parameter(property = "refflow.failOnProcessingError", defaultValue = "true")
    private boolean failOnProcessingError;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Level level;
        int max;
        try {
            level = ParameterValues.level("refflow.failOnLevel", failOnLevel);
            max = ParameterValues.nonNegativeInt("refflow.maxAllowedFindings", maxAllowedFindings);
        } catch (ParameterValues.BadValueException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        AnalysisResult result = analyse();
        BuildGate.Decision decision = new BuildGate(level, max, failOnProcessingError).decide(result);
        if (decision.outcome() == BuildGate.Outcome.PROCESSING_PROBLEMS) {
            throw new MojoFailureException("RefFlow could not process " + result.problems().size() + " file(s): "
                    + result.problems().get(0).file().relativePath() + ":" + result.problems().get(0).line() + ": "
                    + result.problems().get(0).message()
                    + " (set refflow.failOnProcessingError=false to report without failing)");
        }
        if (decision.outcome() == BuildGate.Outcome.FINDINGS) {
            List<Finding> counted = decision.counted();
            StringBuilder sb = new StringBuilder("RefFlow found ").append(counted.size()).append(" finding")
                    .append(counted.size() == 1 ? "" : "s").append(" at or above ").append(level.id())
                    .append(" (allowed: ").append(max).append("):");
            for (Finding f : counted.subList(0, Math.min(NAMED_IN_FAILURE, counted.size()))) {
                sb.append("\n  ").append(f.ruleId()).append(" at ").append(f.file().relativePath()).append(':')
                        .append(f.line());
            }
            if (counted.size() > NAMED_IN_FAILURE) {
                sb.append("\n  ... and ").append(counted.size() - NAMED_IN_FAILURE).append(" more");
            }
            result.reports().values().stream().findFirst()
                    .ifPresent(p -> sb.append("\nSee ").append(p.getParent()));
            throw new MojoFailureException(sb.toString());
        }
    }
}
