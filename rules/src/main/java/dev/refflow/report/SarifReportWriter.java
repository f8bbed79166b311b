package dev.refflow.report;

import com.contrastsecurity.sarif.CodeFlow;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.RunAutomationDetails;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.ThreadFlow;
import com.contrastsecurity.sarif.ThreadFlowLocation;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.refflow.api.AnalysisResult;
import dev.refflow.api.ReportFormat;
import dev.refflow.api.Module;
import com.contrastsecurity.sarif.Suppression;
import dev.refflow.api.RefFlowVersion;
import dev.refflow.rules.Finding;
import dev.refflow.rules.FindingOrder;
import dev.refflow.rules.Fingerprints;
import dev.refflow.rules.SuppressedFinding;
import dev.refflow.rules.Level;
import dev.refflow.rules.RuleDescriptor;
import dev.refflow.rules.TraceStep;
import dev.refflow.source.ProcessingProblem;
import dev.refflow.source.SourceFile;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes SARIF 2.1.0: one run, the rules as {@code tool.driver.rules} (with their documentation as
 * {@code help}), each finding as a result with its location relative to the project base directory
 * ({@code %SRCROOT%}), its trace as a {@code codeFlow} whose every step names its own file, and its fingerprint.
 * Processing problems are tool execution notifications. Artifact URIs are percent-encoded and always relative to a
 * base of the run, source folders outside the base directory having bases of their own ({@link SarifUris}).
 * Deterministic: no timestamps, no absolute paths but the bases'.
 *
 * <p>Code scanning ingests it unchanged: every result has {@code message.text} and {@code partialFingerprints},
 * thread-flow locations are written inline, lines count from 1, and a run has at most {@value #MAX_RESULTS}
 * results (a run of more is rejected whole): beyond that the most severe are kept (errors, then warnings, then
 * notes, each in the written order), still written in that order, and a warning notification in the invocation
 * says how many were left out and of which levels.
 *
 * <p>The run's {@code automationDetails.id} says what was analysed, so that code scanning keeps the analyses of
 * one repository apart and accepts them in one upload (it rejects two runs of the same category, and takes the
 * category from the ID up to its last {@code /}):
 * <ul>
 * <li>{@code refflow/<project>/} for one project: {@code <project>} is the request's project name, the
 * artifactId in Maven (so each module's {@code check} or {@code report} is a category of its own), else the
 * base directory's name;</li>
 * <li>{@code refflow/<project>/aggregate/} for an aggregate analysis (a result with modules): still one run, since
 * the whole reactor is one model, each result naming its module in {@code properties.module}; named apart from
 * the root project's own run, which may be uploaded beside it.</li>
 * </ul>
 * Nothing follows the last {@code /}: the run ID would have to change from run to run, and the report would
 * no longer be byte-identical for the same input.
 */
public final class SarifReportWriter implements ReportWriter {
    static final String SRCROOT = SarifUris.SRCROOT;
    /** The most results code scanning accepts in one run; a run of more is rejected whole. */
    static final int MAX_RESULTS = 25_000;
    /** Made on first use, not when a writer is made: a warm run that keeps the report never needs it. */
    private static final class Json {
        static final ObjectMapper MAPPER = mapper();
    }

    /**
     * java-sarif's classes say {@code @JsonInclude(NON_DEFAULT)}, which drops values equal to SARIF's defaults.
     * That keeps the file short, but a level must always be explicit ({@code "level": "warning"} is the
     * default), so the classes that carry levels write every non-empty value.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private interface WriteExplicitValues {
    }

    private static ObjectMapper mapper() {
        JsonMapper.Builder b = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        b.addMixIn(Result.class, WriteExplicitValues.class);
        b.addMixIn(ReportingConfiguration.class, WriteExplicitValues.class);
        b.addMixIn(Notification.class, WriteExplicitValues.class);
        return b.build();
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.SARIF;
    }

    @Override
    public void write(AnalysisResult result, Context context, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            Json.MAPPER.writeValue(out, toSarif(result, context));
        }
    }

    SarifSchema210 toSarif(AnalysisResult result, Context context) {
        SarifUris uris = new SarifUris(context.baseDirectory(), context.sourceRoots());
        List<ReportingDescriptor> rules = new ArrayList<>();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleDescriptor d : result.rules()) {
            ruleIndex.put(d.id(), rules.size());
            List<String> former = dev.refflow.rules.RuleCatalog.formerIds(d.id());
            rules.add(new ReportingDescriptor()
                    .withId(d.id())
                    // a renamed rule's old ID, so tools that keyed on it can follow
                    .withDeprecatedIds(former.isEmpty() ? null : new LinkedHashSet<>(former))
                    .withName(d.id())
                    .withShortDescription(new MultiformatMessageString().withText(d.summary()))
                    .withFullDescription(new MultiformatMessageString().withText(d.doc().firstParagraph()))
                    .withHelp(new MultiformatMessageString().withText(d.doc().firstParagraph())
                            .withMarkdown(d.doc().markdown()))
                    .withDefaultConfiguration(new ReportingConfiguration().withLevel(configLevel(d.defaultLevel()))
                            .withRank(null)));
        }
        ToolComponent driver = new ToolComponent()
                .withName("RefFlow")
                .withVersion(RefFlowVersion.get())
                .withSemanticVersion(RefFlowVersion.get().replace("-SNAPSHOT", ""))
                .withRules(new LinkedHashSet<>(rules));

        // findings that count and those the baseline accepted, in one order; then the suppressed ones, marked so
        List<Finding> shown = new ArrayList<>(result.findings());
        shown.addAll(result.baseline().baselined());
        shown.sort(FindingOrder.ORDER);
        Set<Finding> baselined = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        baselined.addAll(result.baseline().baselined());
        // code scanning rejects a run of more results: beyond the cap, the most severe are kept
        List<Finding> all = new ArrayList<>(shown);
        result.suppressed().forEach(s -> all.add(s.finding()));
        boolean[] kept = mostSevere(all, MAX_RESULTS);
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            if (!kept[i]) {
                continue;
            }
            Finding f = shown.get(i);
            Result r = result(f, ruleIndex.getOrDefault(f.ruleId(), -1), result, uris);
            if (result.baseline().applied()) {
                r.setBaselineState(baselined.contains(f) ? Result.BaselineState.UNCHANGED : Result.BaselineState.NEW);
            }
            results.add(r);
        }
        for (int i = 0; i < result.suppressed().size(); i++) {
            if (!kept[shown.size() + i]) {
                continue;
            }
            SuppressedFinding s = result.suppressed().get(i);
            Suppression suppression = new Suppression().withKind(Suppression.Kind.IN_SOURCE)
                    .withLocation(location(uris, s.finding().file(), s.by().line(), s.by().column()));
            if (!s.by().justification().isEmpty()) {
                suppression.setJustification(s.by().justification());
            }
            results.add(result(s.finding(), ruleIndex.getOrDefault(s.finding().ruleId(), -1), result, uris)
                    .withSuppressions(new LinkedHashSet<>(List.of(suppression))));
        }
        Set<Notification> notifications = new LinkedHashSet<>();
        for (ProcessingProblem p : result.problems()) {
            notifications.add(new Notification()
                    .withLevel(Notification.Level.ERROR)
                    .withMessage(new Message().withText(p.message()))
                    .withLocations(new LinkedHashSet<>(List.of(location(uris, p.file(), p.line(), p.column())))));
        }
        if (results.size() < all.size()) {
            notifications.add(new Notification()
                    .withLevel(Notification.Level.WARNING)
                    .withMessage(new Message().withText(leftOut(all, kept))));
        }
        Run run = new Run()
                .withTool(new Tool().withDriver(driver))
                .withAutomationDetails(new RunAutomationDetails().withId(automationId(result, context)))
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS)
                .withInvocations(List.of(new Invocation()
                        .withExecutionSuccessful(true)
                        .withToolExecutionNotifications(new ArrayList<>(notifications))))
                .withResults(results);
        return new SarifSchema210()
                .with$schema(URI.create("https://json.schemastore.org/sarif-2.1.0.json"))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run.withOriginalUriBaseIds(uris.baseIds())));
    }

    /**
     * Which of {@code findings} (in the order they are written) to keep so that at most {@code max} remain: all
     * when they fit, else the first {@code max} by level (errors, warnings, notes), then by that order.
     */
    static boolean[] mostSevere(List<Finding> findings, int max) {
        boolean[] kept = new boolean[findings.size()];
        if (findings.size() <= max) {
            java.util.Arrays.fill(kept, true);
            return kept;
        }
        Integer[] byLevel = new Integer[findings.size()];
        for (int i = 0; i < byLevel.length; i++) {
            byLevel[i] = i;
        }
        // a stable sort: within a level, the written order
        java.util.Arrays.sort(byLevel, java.util.Comparator.comparingInt(i -> findings.get(i).level().ordinal()));
        for (int k = 0; k < max; k++) {
            kept[byLevel[k]] = true;
        }
        return kept;
    }

    /** The notification for a capped run: how many results were left out, of which levels, and why. */
    private static String leftOut(List<Finding> all, boolean[] kept) {
        int[] count = new int[Level.values().length];
        int left = 0;
        for (int i = 0; i < kept.length; i++) {
            if (!kept[i]) {
                count[all.get(i).level().ordinal()]++;
                left++;
            }
        }
        List<String> parts = new ArrayList<>();
        for (Level l : Level.values()) {
            if (count[l.ordinal()] > 0) {
                parts.add(String.format(java.util.Locale.ROOT, "%,d %s%s", count[l.ordinal()], l.id(),
                        count[l.ordinal()] == 1 ? "" : "s"));
            }
        }
        String levels = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return String.format(java.util.Locale.ROOT, "%,d of %,d results were left out of this file (%s): code "
                + "scanning takes at most %,d results per run, so the most severe were kept, errors first, then "
                + "warnings, then notes. The HTML report and the console list every finding.", left, all.size(),
                levels, MAX_RESULTS);
    }

    /** See the class comment: {@code refflow/<project>/}, or {@code refflow/<project>/aggregate/}. */
    static String automationId(AnalysisResult result, Context context) {
        String name = context.projectName() == null ? "" : context.projectName().strip();
        if (name.isEmpty()) {
            Path folder = context.baseDirectory() == null ? null : context.baseDirectory().getFileName();
            name = folder == null ? "project" : folder.toString();
        }
        // a '/' of its own would move the category boundary
        name = name.replace('/', '-').replace('\\', '-');
        return "refflow/" + name + (result.modules().isEmpty() ? "/" : "/aggregate/");
    }

    private static Result result(Finding f, int ruleIndex, AnalysisResult all, SarifUris uris) {
        List<ThreadFlowLocation> steps = new ArrayList<>();
        for (TraceStep s : f.trace()) {
            // a step in a helper's file names that file
            SourceFile file = s.file() == null ? f.file() : s.file();
            steps.add(new ThreadFlowLocation().withLocation(location(uris, file, s.line(), s.endLine(), 0)
                    .withMessage(new Message().withText(s.where(f.file()) + " " + s.action() + " " + s.text()))));
        }
        Result r = new Result()
                .withRank(null)
                .withRuleId(f.ruleId())
                .withLevel(resultLevel(f.level()))
                // code scanning needs a text on every result
                .withMessage(new Message().withText(f.message().isBlank() ? f.ruleId() : f.message()))
                .withLocations(List.of(location(uris, f.file(), f.line(), f.column())));
        if (ruleIndex >= 0) {
            r.setRuleIndex(ruleIndex);
        }
        if (!steps.isEmpty()) {
            r.setCodeFlows(List.of(new CodeFlow().withThreadFlows(List.of(new ThreadFlow().withLocations(steps)))));
        }
        PartialFingerprints fingerprints = new PartialFingerprints();
        fingerprints.setAdditionalProperty(Fingerprints.KEY, f.fingerprint());
        r.setPartialFingerprints(fingerprints);
        PropertyBag props = new PropertyBag();
        if (f.estimatedBytes() >= 0) {
            props.setAdditionalProperty("estimatedRetainedBytes", f.estimatedBytes());
        }
        Module module = all.moduleOf(f.file());
        if (module != null) {
            props.setAdditionalProperty("module", module.name());
        }
        if (!props.getAdditionalProperties().isEmpty()) {
            r.setProperties(props);
        }
        return r;
    }

    private static Location location(SarifUris uris, SourceFile file, int line, int column) {
        return location(uris, file, line, line, column);
    }

    /**
     * A place in a file: its lines (a step over a loop spans several) and column. A line below 1 is no place in
     * the file (a step that describes rather than points): the location names the file alone, with no region,
     * since code scanning counts lines from 1.
     */
    private static Location location(SarifUris uris, SourceFile file, int line, int endLine, int column) {
        Region region = null;
        if (line > 0) {
            region = new Region().withStartLine(line);
            if (endLine > line) {
                region.setEndLine(endLine);
            }
            if (column > 0) {
                region.setStartColumn(column);
            }
        }
        PhysicalLocation physical = new PhysicalLocation().withArtifactLocation(uris.artifact(file));
        if (region != null) {
            physical.setRegion(region);
        }
        return new Location().withPhysicalLocation(physical);
    }

    private static Result.Level resultLevel(Level level) {
        return switch (level) {
            case ERROR -> Result.Level.ERROR;
            case WARNING -> Result.Level.WARNING;
            case NOTE -> Result.Level.NOTE;
        };
    }

    private static ReportingConfiguration.Level configLevel(Level level) {
        return switch (level) {
            case ERROR -> ReportingConfiguration.Level.ERROR;
            case WARNING -> ReportingConfiguration.Level.WARNING;
            case NOTE -> ReportingConfiguration.Level.NOTE;
        };
    }
}
