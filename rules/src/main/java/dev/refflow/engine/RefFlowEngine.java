package dev.refflow.engine;

import dev.refflow.flow.MethodInterpreter;
import dev.refflow.project.FactsCache;
import dev.refflow.project.FactsCodec;
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
        Timing timing = new Timing(request);
        List<SourceFile> files = new SourceFinder(request.baseDirectory(), request.includes(), request.excludes())
                .find(request.sourceRoots());
        timing.lap("find files");
        Path cacheDir = request.cacheDirectory();
        byte[][] hashes = null;
        FactsCache factsCache = FactsCache.empty();
        if (cacheDir != null) {
            hashes = hashAll(files);
            timing.lap("hash files");
            AnalysisResult cached = ResultCache.lookup(cacheDir, request.resultKey(), files, hashes,
                    effectiveRules(request), request.log());
            timing.lap("read result cache");
            if (cached != null) {
                request.log().accept("RefFlow: no file or setting changed since the last run; results from the cache");
                AnalysisResult written = writeReports(request, cached);
                timing.lap("write reports");
                timing.report();
                return written;
            }
            factsCache = FactsCache.load(cacheDir.resolve("facts.bin"), request.factsKey(), request.log());
            timing.lap("read facts cache");
        }
        byte[][] encoded = cacheDir == null ? null : new byte[files.size()][];
        List<FileFacts> facts = extractAll(request, files, factsCache, hashes, encoded);
        timing.lap("parse and model");
        ProjectModel project = ProjectModel.reduce(facts);

        List<ProcessingProblem> problems = new ArrayList<>();
        long lines = 0;
        for (FileFacts f : facts) {
            problems.addAll(f.problems());
            lines += f.lines();
        }
        problems.sort(PROBLEM_ORDER);

        List<RuleDescriptor> ran = effectiveRules(request);
        List<Finding> findings = runRules(request, project, ran);
        timing.lap("rules");
        findings = withExcerpts(request, findings);

        AnalysisResult result = new AnalysisResult(findings, problems, ran, files.size(), lines, Map.of());
        if (cacheDir != null) {
            saveCaches(request, files, hashes, encoded, result);
            timing.lap("write caches");
        }
        AnalysisResult written = writeReports(request, result);
        timing.lap("write reports");
        timing.report();
        return written;
    }

    /** Phase durations, logged in one line when the request asks for them. */
    private static final class Timing {
        private final AnalysisRequest request;
        private final StringBuilder laps = new StringBuilder();
        private long last = System.nanoTime();
        private final long start = last;

        Timing(AnalysisRequest request) {
            this.request = request;
        }

        void lap(String phase) {
            long now = System.nanoTime();
            if (request.timing()) {
                laps.append(laps.length() == 0 ? "" : ", ").append(phase).append(' ')
                        .append((now - last) / 1_000_000).append(" ms");
            }
            last = now;
        }

        void report() {
            if (request.timing()) {
                request.log().accept("RefFlow timing: " + laps + "; total " + (System.nanoTime() - start) / 1_000_000
                        + " ms");
            }
        }
    }

    private static byte[][] hashAll(List<SourceFile> files) {
        byte[][] hashes = new byte[files.size()][];
        for (int i = 0; i < files.size(); i++) {
            try {
                hashes[i] = SourceReader.hash(files.get(i));
            } catch (IOException e) {
                // unreadable now: no hash, never a cache hit; the analysis reports the problem
                hashes[i] = new byte[0];
            }
        }
        return hashes;
    }

    private static void saveCaches(AnalysisRequest request, List<SourceFile> files, byte[][] hashes,
                                   byte[][] encoded, AnalysisResult result) {
        try {
            List<FactsCache.Entry> entries = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                entries.add(new FactsCache.Entry(files.get(i).relativePath(), hashes[i], encoded[i]));
            }
            FactsCache.save(request.cacheDirectory().resolve("facts.bin"), request.factsKey(), entries);
            ResultCache.save(request.cacheDirectory(), request.resultKey(), files, hashes, result);
        } catch (IOException | RuntimeException e) {
            request.log().accept("RefFlow could not write its cache in " + request.cacheDirectory() + " (" + e
                    + "); the next run starts cold");
        }
    }

    /**
     * Every file's facts: from the cache when its content is unchanged, else by parsing and modelling it. When
     * caching, each worker also encodes the facts it built ({@code encoded}), so saving is only writing bytes.
     */
    private List<FileFacts> extractAll(AnalysisRequest request, List<SourceFile> files, FactsCache cache,
                                       byte[][] hashes, byte[][] encoded) {
        SourceReader reader = new SourceReader(request.encoding());
        Progress progress = new Progress(request, files.size());
        FileFacts[] out = new FileFacts[files.size()];
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            FactsCache.Entry entry = hashes == null ? null : cache.entry(files.get(i), hashes[i]);
            FileFacts cached = entry == null ? null : cache.decode(entry, files.get(i));
            if (cached != null) {
                out[i] = cached;
                encoded[i] = entry.facts();
                progress.done();
            } else {
                todo.add(i);
            }
        }
        int threads = Math.max(1, Math.min(request.threads(), todo.size()));
        long limit = request.fileTimeLimit().toNanos();
        if (threads == 1) {
            JavaSourceParser parser = new JavaSourceParser(request.languageLevel());
            for (int i : todo) {
                out[i] = analyseFile(files.get(i), reader, parser, limit);
                if (encoded != null) {
                    encoded[i] = FactsCodec.encode(out[i]);
                }
                progress.done();
            }
            return List.of(out);
        }
        ThreadLocal<JavaSourceParser> parsers = ThreadLocal.withInitial(
                () -> new JavaSourceParser(request.languageLevel()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "refflow-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileFacts>> futures = new ArrayList<>(todo.size());
            for (int i : todo) {
                SourceFile f = files.get(i);
                futures.add(pool.submit(() -> {
                    FileFacts facts = analyseFile(f, reader, parsers.get(), limit);
                    if (encoded != null) {
                        encoded[i] = FactsCodec.encode(facts);
                    }
                    progress.done();
                    return facts;
                }));
            }
            for (int k = 0; k < todo.size(); k++) {
                out[todo.get(k)] = futures.get(k).get();
            }
            return List.of(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Prints "analysed 812 of 2,082 files" lines, at most one per interval, the first after one interval. */
    private static final class Progress {
        private final AnalysisRequest request;
        private final int total;
        private final long interval;
        private final java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicLong next;

        Progress(AnalysisRequest request, int total) {
            this.request = request;
            this.total = total;
            this.interval = request.progressInterval().toNanos();
            this.next = new java.util.concurrent.atomic.AtomicLong(System.nanoTime() + interval);
        }

        void done() {
            int n = done.incrementAndGet();
            long now = System.nanoTime();
            long due = next.get();
            if (now >= due && n < total && next.compareAndSet(due, now + interval)) {
                request.log().accept(String.format(java.util.Locale.ROOT, "RefFlow: analysed %,d of %,d files", n, total));
            }
        }
    }

    /** One file's facts. Whatever goes wrong with one file becomes its processing problem; the others go on. */
    static FileFacts analyseFile(SourceFile file, SourceReader reader, JavaSourceParser parser, long timeLimitNanos) {
        List<ProcessingProblem> problems = new ArrayList<>();
        int lines = 0;
        MethodInterpreter.deadline(System.nanoTime() + timeLimitNanos);
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
        } catch (MethodInterpreter.TimeLimitExceeded e) {
            problems.add(new ProcessingProblem(file, 0, 0, "analysing this file took longer than the time limit ("
                    + timeLimitNanos / 1_000_000_000L + " s); it was skipped, the rest was analysed"));
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

    /** Runs the rules side by side (each into its own list), then merges them in one fixed order. */
    private static List<Finding> runRules(AnalysisRequest request, ProjectModel project, List<RuleDescriptor> rules) {
        SizeEstimator sizes = new SizeEstimator(project);
        project.fields();
        List<Finding> findings = new ArrayList<>();
        List<java.util.concurrent.CompletableFuture<List<Finding>>> running = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(request.threads(), rules.size())), r -> {
            Thread t = new Thread(r, "refflow-rules");
            t.setDaemon(true);
            return t;
        });
        try {
            for (RuleDescriptor effective : rules) {
                Rule rule = RuleCatalog.rules().stream().filter(r -> r.id().equals(effective.id())).findFirst()
                        .orElseThrow();
                running.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    List<Finding> own = new ArrayList<>();
                    rule.check(new RuleContext(project, sizes, request.largeAllocationBytes(), effective, own));
                    return own;
                }, pool));
            }
            for (var r : running) {
                findings.addAll(r.join());
            }
        } finally {
            pool.shutdownNow();
        }
        findings.sort(FINDING_ORDER);
        return findings;
    }

    /**
     * The rules that run, in catalog order, each at its effective default level: a configured level replaces
     * the rule's default (levels a rule raises or lowers itself stay); an {@code off} rule does not run.
     */
    private static List<RuleDescriptor> effectiveRules(AnalysisRequest request) {
        List<RuleDescriptor> out = new ArrayList<>();
        for (RuleDescriptor d : RuleCatalog.descriptors()) {
            Optional<Level> configured = request.ruleLevels().getOrDefault(d.id(), Optional.of(d.defaultLevel()));
            configured.ifPresent(level -> out.add(new RuleDescriptor(d.id(), d.summary(), level, d.doc())));
        }
        return out;
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
