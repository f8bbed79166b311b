package dev.refflow.rules;

import dev.refflow.source.SourceFile;

import java.util.List;

/**
 * One reported problem.
 *
 * @param ruleId         the rule's ID
 * @param level          its level
 * @param file           the file
 * @param line           line of the flagged statement
 * @param column         column of the flagged expression
 * @param message        what is wrong, for a person
 * @param trace          the flow that led here, in order
 * @param estimatedBytes estimated retained bytes, or -1 when the rule does not size anything
 * @param enclosingType  fully qualified name of the type around the flagged code
 * @param member         the method or field it is in ({@code build(int)}, {@code <clinit>})
 * @param statement      the flagged statement's text, white space folded: the basis of fingerprints
 * @param graph          the objects and references behind the finding, for pictures; may be empty
 * @param excerpt        the source lines around it, filled in by the engine for reports
 */
public record Finding(String ruleId, Level level, SourceFile file, int line, int column, String message,
                      List<TraceStep> trace, long estimatedBytes, String enclosingType, String member,
                      String statement, FindingGraph graph, SourceExcerpt excerpt) implements java.io.Serializable {
    public Finding {
        trace = List.copyOf(trace);
    }

    public Finding withLevel(Level newLevel) {
        return new Finding(ruleId, newLevel, file, line, column, message, trace, estimatedBytes, enclosingType, member,
                statement, graph, excerpt);
    }

    public Finding withFile(SourceFile newFile) {
        return new Finding(ruleId, level, newFile, line, column, message, trace, estimatedBytes, enclosingType, member,
                statement, graph, excerpt);
    }

    /** The same finding with its trace steps in other files bound to those files as found now (by relative path). */
    public Finding withTraceFiles(java.util.Map<String, SourceFile> byRelativePath) {
        List<TraceStep> steps = new java.util.ArrayList<>(trace.size());
        boolean changed = false;
        for (TraceStep s : trace) {
            SourceFile now = s.file() == null ? null : byRelativePath.get(s.file().relativePath());
            steps.add(now == null ? s : s.in(now));
            changed |= now != null;
        }
        return changed ? new Finding(ruleId, level, file, line, column, message, steps, estimatedBytes, enclosingType,
                member, statement, graph, excerpt) : this;
    }

    public Finding withExcerpt(SourceExcerpt newExcerpt) {
        return new Finding(ruleId, level, file, line, column, message, trace, estimatedBytes, enclosingType, member,
                statement, graph, newExcerpt);
    }

    /** The stable identity used by baselines and SARIF. */
    public String fingerprint() {
        return Fingerprints.of(this);
    }
}
