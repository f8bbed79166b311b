package dev.refflow.rules;

import dev.refflow.model.MethodFlow;
import dev.refflow.model.FileFacts;
import dev.refflow.model.ProjectModel;
import dev.refflow.model.SizeEstimator;

import java.util.List;

/** What a rule sees while it runs: the project model, the size model, its settings, and where to report. */
public final class RuleContext {
    private final ProjectModel project;
    private final SizeEstimator sizes;
    private final long largeAllocationBytes;
    private final RuleDescriptor descriptor;
    private final List<Finding> sink;
    private final List<Suppressions.Unused> unusedSuppressions;

    public RuleContext(ProjectModel project, SizeEstimator sizes, long largeAllocationBytes, RuleDescriptor descriptor,
                       List<Finding> sink) {
        this(project, sizes, largeAllocationBytes, descriptor, sink, List.of());
    }

    public RuleContext(ProjectModel project, SizeEstimator sizes, long largeAllocationBytes, RuleDescriptor descriptor,
                       List<Finding> sink, List<Suppressions.Unused> unusedSuppressions) {
        this.project = project;
        this.sizes = sizes;
        this.largeAllocationBytes = largeAllocationBytes;
        this.descriptor = descriptor;
        this.sink = sink;
        this.unusedSuppressions = List.copyOf(unusedSuppressions);
    }

    /** For rules that run after suppressions were applied: the suppression entries that silenced nothing. */
    public List<Suppressions.Unused> unusedSuppressions() {
        return unusedSuppressions;
    }

    public ProjectModel project() {
        return project;
    }

    public SizeEstimator sizes() {
        return sizes;
    }

    /** The size from which an allocation counts as large. */
    public long largeAllocationBytes() {
        return largeAllocationBytes;
    }

    public Level defaultLevel() {
        return descriptor.defaultLevel();
    }

    /** Reports a finding about a field, at its declaration. */
    public void reportField(FileFacts file, dev.refflow.model.FieldInfo field, Level level, String message,
                            List<TraceStep> trace, long estimatedBytes, FindingGraph graph) {
        sink.add(new Finding(descriptor.id(), level, file.file(), field.line(), field.column(), message, trace,
                estimatedBytes, field.owner(), field.name(), field.type() + " " + field.name(), graph,
                SourceExcerpt.NONE));
    }

    /** Reports a finding at a position that is not in a body, such as an annotation. */
    public void reportAt(FileFacts file, int line, int column, Level level, String message, String enclosingType,
                         String member, String statement) {
        sink.add(new Finding(descriptor.id(), level, file.file(), line, column, message, List.of(), -1, enclosingType,
                member, statement, FindingGraph.EMPTY, SourceExcerpt.NONE));
    }

    /** Reports a finding inside a method body. */
    public void report(FileFacts file, MethodFlow method, Level level, int line, int column, String message,
                       List<TraceStep> trace, long estimatedBytes, String statement, FindingGraph graph) {
        sink.add(new Finding(descriptor.id(), level, file.file(), line, column, message, trace, estimatedBytes,
                method.ownerType(), method.signature(), statement, graph, SourceExcerpt.NONE));
    }
}
