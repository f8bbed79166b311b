package dev.refflow.engine;

import dev.refflow.project.FactsExtractor;
import dev.refflow.project.FileFacts;
import dev.refflow.project.ProjectModel;
import dev.refflow.project.SizeEstimator;
import dev.refflow.report.HtmlReportWriter;
import dev.refflow.report.SarifReportWriter;
import dev.refflow.rules.Finding;
import dev.refflow.rules.Level;
import dev.refflow.rules.Rule;
import dev.refflow.rules.RuleCatalog;
import dev.refflow.rules.RuleContext;
import dev.refflow.rules.RuleDescriptor;
import dev.refflow.rules.SourceExcerpt;
import dev.refflow.source.JavaSourceParser;
import dev.refflow.source.ProcessingProblem;
import dev.refflow.source.SourceFile;
import dev.refflow.source.SourceFinder;
import dev.refflow.source.SourceReader;
import edu.umd.cs.findbugs.annotations.CheckReturnValue;
import edu.umd.cs.findbugs.annotations.NonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The one entry point the Maven plugin and the command line call: finds the sources, builds each file's
 * facts in parallel (parse, flow model, then the AST is dropped), reduces them to the project model, runs the
 * rules, and writes the reports. Nothing in a run depends on wall-clock time or thread scheduling: the same
 * sources give the same result and byte-identical reports.
 */
public final class RefFlowEngine {
    private static final int EXCERPT_CONTEXT = 3;
    static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparing((Finding f) -> f.file().relativePath())
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);
    private static final Comparator<ProcessingProblem> PROBLEM_ORDER = Comparator
            .comparing((ProcessingProblem p) -> p.file().relativePath())
            .thenComparingInt(ProcessingProblem::line)
            .thenComparingInt(ProcessingProblem::column)
            .thenComparing(ProcessingProblem::message);

    @CheckReturnValue
    public AnalysisResult analyze(@NonNull AnalysisRequest request) {
        List<SourceFile> files = new SourceFinder(request.baseDirectory(), request.includes(), request.excludes())
                .find(request.sourceRoots());
        List<FileFacts> facts = extractAll(request, files);
        ProjectModel project = ProjectModel.reduce(facts);

        List<ProcessingProblem> problems = new ArrayList<>();
        long lines = 0;
        for (FileFacts f : facts) {
            problems.addAll(f.problems());
            lines += f.lines();
        }
        problems.sort(PROBLEM_ORDER);

        List<RuleDescriptor> ran = new ArrayList<>();
        List<Finding> findings = runRules(request, project, ran);
        findings = withExcerpts(request, findings);

        AnalysisResult result = new AnalysisResult(findings, problems, ran, files.size(), lines, Map.of());
        return writeReports(request, result);
    }

    private List<FileFacts> extractAll(AnalysisRequest request, List<SourceFile> files) {
        SourceReader reader = new SourceReader(request.encoding());
        int threads = Math.max(1, Math.min(request.threads(), files.size()));
        if (threads == 1) {
            JavaSourceParser parser = new JavaSourceParser(request.languageLevel());
            List<FileFacts> out = new ArrayList<>(files.size());
            for (SourceFile f : files) {
                out.add(analyseFile(f, reader, parser));
            }
            return out;
        }
        ThreadLocal<JavaSourceParser> parsers = ThreadLocal.withInitial(
                () -> new JavaSourceParser(request.languageLevel()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "refflow-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileFacts>> futures = new ArrayList<>(files.size());
            for (SourceFile f : files) {
                futures.add(pool.submit(() -> analyseFile(f, reader, parsers.get())));
            }
            List<FileFacts> out = new ArrayList<>(files.size());
            for (Future<FileFacts> future : futures) {
                out.add(future.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One file's facts. Whatever goes wrong with one file becomes its processing problem; the others go on. */
    static FileFacts analyseFile(SourceFile file, SourceReader reader, JavaSourceParser parser) {
        List<ProcessingProblem> problems = new ArrayList<>();
        int lines = 0;
        try {
            SourceReader.Content content = reader.read(file);
            content.problem().ifPresent(problems::add);
            lines = countLines(content.text());
            JavaSourceParser.Parsed parsed = parser.parse(file, content.text());
            if (parsed.unit() == null) {
                problems.addAll(parsed.problems());
                if (parsed.problems().isEmpty()) {
                    problems.add(new ProcessingProblem(file, 0, 0, "the parser returned no result"));
                }
                return FileFacts.unparsed(file, lines, problems);
            }
            return FactsExtractor.extract(file, content.text(), parsed.unit(), problems);
        } catch (IOException e) {
            problems.add(new ProcessingProblem(file, 0, 0, "cannot read the file: " + e));
            return FileFacts.unparsed(file, lines, problems);
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(new ProcessingProblem(file, 0, 0,
                    "RefFlow could not analyse this file (internal error: " + e + "); the rest was analysed"));
            return FileFacts.unparsed(file, lines, problems);
        }
    }

    private static int countLines(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return text.endsWith("\n") ? n - 1 : n;
    }

    private static List<Finding> runRules(AnalysisRequest request, ProjectModel project, List<RuleDescriptor> ran) {
        SizeEstimator sizes = new SizeEstimator(project);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : RuleCatalog.rules()) {
            RuleDescriptor descriptor = RuleCatalog.find(rule.id()).orElseThrow();
            Optional<Level> configured = request.ruleLevels().getOrDefault(rule.id(), Optional.of(descriptor.defaultLevel()));
            if (configured.isEmpty()) {
                continue;
            }
            // a configured level replaces the rule's default; levels a rule raises or lowers itself stay
            RuleDescriptor effective = new RuleDescriptor(descriptor.id(), descriptor.summary(), configured.get(),
                    descriptor.doc());
            ran.add(effective);
            rule.check(new RuleContext(project, sizes, request.largeAllocationBytes(), effective, findings));
        }
        findings.sort(FINDING_ORDER);
        return findings;
    }

    private static List<Finding> withExcerpts(AnalysisRequest request, List<Finding> findings) {
        SourceReader reader = new SourceReader(request.encoding());
        List<Finding> out = new ArrayList<>(findings.size());
        SourceFile current = null;
        List<String> lines = List.of();
        for (Finding f : findings) {
            if (!f.file().equals(current)) {
                current = f.file();
                try {
                    lines = reader.read(current).text().lines().toList();
                } catch (IOException e) {
                    lines = List.of();
                }
            }
            int from = Math.max(1, f.line() - EXCERPT_CONTEXT);
            int to = Math.min(lines.size(), f.line() + EXCERPT_CONTEXT);
            out.add(from <= to ? f.withExcerpt(new SourceExcerpt(from, lines.subList(from - 1, to))) : f);
        }
        return out;
    }

    private static AnalysisResult writeReports(AnalysisRequest request, AnalysisResult result) {
        Path dir = request.outputDirectory();
        if (dir == null || request.formats().isEmpty()) {
            return result;
        }
        Map<ReportFormat, Path> written = new EnumMap<>(ReportFormat.class);
        try {
            Files.createDirectories(dir);
            for (ReportFormat format : request.formats()) {
                Path target = dir.resolve(format.fileName());
                switch (format) {
                    case HTML -> new HtmlReportWriter().write(result, request.projectName(), target);
                    case SARIF -> new SarifReportWriter().write(result, request.baseDirectory(), target);
                    default -> throw new IllegalStateException(format.name());
                }
                written.put(format, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reports to " + dir, e);
        }
        return result.withReports(written);
    }
}
