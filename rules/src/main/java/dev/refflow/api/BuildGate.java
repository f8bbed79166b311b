package dev.refflow.api;

import dev.refflow.rules.Finding;
import dev.refflow.rules.Level;

import java.util.List;

/**
 * Whether a result passes a build: the one decision the Maven {@code check} goal and the command line both make.
 * A build fails when files could not be processed (unless that is allowed) or when more findings than allowed
 * are at or above the failing level. Baselined and suppressed findings never count: the result's findings are
 * only the ones that do.
 *
 * @param failOnLevel           findings at this level or more serious count
 * @param maxAllowedFindings    how many counted findings pass
 * @param failOnProcessingError whether an unparsable or unreadable file fails the build
 */
public record BuildGate(Level failOnLevel, long maxAllowedFindings, boolean failOnProcessingError) {

    public static final BuildGate DEFAULT = new BuildGate(Level.WARNING, 0, true);

    public BuildGate {
        if (maxAllowedFindings < 0) {
            throw new InvalidRequestException("maxAllowedFindings", "must not be negative, was " + maxAllowedFindings);
        }
    }

    /** Why a build fails, or that it passes. */
    public enum Outcome {
        PASS, FINDINGS, PROCESSING_PROBLEMS
    }

    /**
     * The decision for one result.
     *
     * @param outcome pass, or what fails the build (processing problems are checked first)
     * @param counted the findings at or above the failing level, in the result's order
     */
    public record Decision(Outcome outcome, List<Finding> counted) {
        public boolean fails() {
            return outcome != Outcome.PASS;
        }
    }

    public Decision decide(AnalysisResult result) {
        List<Finding> counted = result.findings().stream().filter(f -> f.level().atLeast(failOnLevel)).toList();
        if (failOnProcessingError && !result.problems().isEmpty()) {
            return new Decision(Outcome.PROCESSING_PROBLEMS, counted);
        }
        return new Decision(counted.size() > maxAllowedFindings ? Outcome.FINDINGS : Outcome.PASS, counted);
    }
}
