package dev.refflow.engine;

import dev.refflow.api.Baseline;
import dev.refflow.api.ReportFormat;

import dev.refflow.api.AnalysisRequest;
import dev.refflow.api.AnalysisResult;
import dev.refflow.cache.FileHashes;
import dev.refflow.cache.ResultCache;

import dev.refflow.flow.MethodInterpreter;
import dev.refflow.cache.FactsCache;
import dev.refflow.cache.FactsCodec;
import dev.refflow.flow.FactsExtractor;
import dev.refflow.model.FileFacts;
import dev.refflow.model.LibraryModels;
import dev.refflow.model.ProjectModel;
import dev.refflow.model.SizeEstimator;
import dev.refflow.report.ReportWriter;
import dev.refflow.rules.Finding;
import dev.refflow.rules.Level;
import dev.refflow.rules.Rule;
import dev.refflow.rules.RuleCatalog;
import dev.refflow.rules.RuleContext;
import dev.refflow.rules.RuleDescriptor;
import dev.refflow.rules.SourceExcerpt;
import dev.refflow.rules.SuppressedFinding;
import dev.refflow.rules.Suppressions;
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
import java.util.Set;
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
    private static final long WORKER_STACK_BYTES = 16L << 20;
    /**
     * Larger files are not analysed: their tree alone would take a good part of a 1 GiB heap (about 50 bytes per
     * source byte), and hand-written Java is never this big.
     */
    static final long MAX_FILE_BYTES = 10L << 20;
    static final Comparator<Finding> FINDING_ORDER = dev.refflow.rules.FindingOrder.ORDER;
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
        FileHashes.Hashed hashed = null;
        FactsCache factsCache = FactsCache.empty();
        // the first run in a fresh cache has nothing to reuse: each worker hashes the bytes it reads anyway
        boolean hashWhileReading = false;
        ResultCache.Snapshot previous = null;
        if (cacheDir != null) {
            previous = ResultCache.read(cacheDir, request.log());
            timing.lap("read result cache");
            hashWhileReading = previous == null && !Files.exists(cacheDir.resolve("facts.bin"));
        }
        if (cacheDir != null && !hashWhileReading) {
            hashed = FileHashes.compute(files, previous, request.threads());
            timing.lap("hash files");
            AnalysisResult cached = previous == null ? null
                    : previous.resultFor(request.settings().cacheKey(), files, hashed.hashes(), effectiveRules(request));
            if (cached != null) {
                request.log().accept("RefFlow: no file or setting changed since the last run; results from the cache");
                Reports reports = writeReports(request, present(request, cached), previous);
                timing.lap("write reports");
                if (reports.rewritten() || !java.util.Arrays.equals(previous.stamps(), hashed.stamps())) {
                    // keep the stamps and report hashes current, so the next run can skip the same work
                    saveResult(request, files, hashed, cached, reports);
                    timing.lap("write caches");
                }
                timing.report();
                return reports.result();
            }
            factsCache = FactsCache.load(cacheDir.resolve("facts.bin"), request.settings().facts().cacheKey(), request.log());
            timing.lap("read facts cache");
        }
        byte[][] encoded = cacheDir == null ? null : new byte[files.size()][];
        if (hashWhileReading) {
            hashed = new FileHashes.Hashed(new byte[files.size()][], new FileHashes.Stamp[files.size()],
                    FileHashes.now());
        }
        List<FileFacts> facts = extractAll(request, files, factsCache, hashed == null ? null : hashed, hashWhileReading,
                encoded);
        timing.lap("parse and model");
        // the facts the cache will keep are encoded on a thread of their own while the model is reduced and the
        // rules and reports run, most of which use one core: the encoding then costs the run almost nothing
        Thread encoder = encoded == null ? null : startEncoding(facts, encoded);
        ProjectModel project = ProjectModel.reduce(facts, request.libraryModels(), request.threads());
        project.fields();
        timing.lap("field index");
        project.calls();
        timing.lap("call graph");

        List<ProcessingProblem> problems = new ArrayList<>();
        long lines = 0;
        for (FileFacts f : facts) {
            problems.addAll(f.problems());
            lines += f.lines();
        }
        problems.sort(PROBLEM_ORDER);

        List<RuleDescriptor> ran = effectiveRules(request);
        List<Finding> found = runRules(request, project, ran, false, List.of());
        Set<String> running = new java.util.HashSet<>();
        ran.forEach(d -> running.add(d.id()));
        Suppressions.Outcome suppressions = Suppressions.apply(found, project, running);
        List<Finding> findings = new ArrayList<>(suppressions.kept());
        findings.addAll(runRules(request, project, ran, true, suppressions.unused()));
        findings.sort(FINDING_ORDER);
        List<SuppressedFinding> suppressed = new ArrayList<>(suppressions.suppressed());
        suppressed.sort(Comparator.comparing(SuppressedFinding::finding, FINDING_ORDER));
        // (method summaries are made while the rules run, for the bodies they ask about)
        timing.lap("rules");
        if (request.timing()) {
            request.log().accept(summaryStatistics(project));
        }
        findings = withExcerpts(request, findings);

        AnalysisResult result = new AnalysisResult(findings, problems, ran, files.size(), lines, Map.of(), suppressed,
                Baseline.Outcome.NONE, List.of());
        Reports reports = writeReports(request, present(request, result), null);
        timing.lap("write reports");
        if (cacheDir != null) {
            if (awaitEncoding(encoder)) {
                saveFacts(request, files, hashed, encoded);
            }
            saveResult(request, files, hashed, result, reports);
            timing.lap("write caches");
        }
        timing.report();
        return reports.result();
    }

    /** Encodes the facts not taken from the cache into {@code encoded}, on a daemon thread, started now. */
    private static Thread startEncoding(List<FileFacts> facts, byte[][] encoded) {
        Thread t = new Thread(null, () -> {
            for (int i = 0; i < encoded.length; i++) {
                if (encoded[i] == null) {
                    encoded[i] = FactsCodec.encode(facts.get(i));
                }
            }
        }, "refflow-cache-encoder", WORKER_STACK_BYTES);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Waits for the encoder; false when it was interrupted (the facts cache is then not written). */
    private static boolean awaitEncoding(Thread encoder) {
        if (encoder == null) {
            return true;
        }
        try {
            encoder.join();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The project model of a request's sources, without rules or reports: every file's facts reduced, for tools and
     * tests that ask the model questions (summaries, the call graph). Nothing is cached.
     */
    @CheckReturnValue
    public ProjectModel model(@NonNull AnalysisRequest request) {
        List<SourceFile> files = new SourceFinder(request.baseDirectory(), request.includes(), request.excludes())
                .find(request.sourceRoots());
        List<FileFacts> facts = extractAll(request, files, FactsCache.empty(), null, false, null);
        return ProjectModel.reduce(facts, request.libraryModels(), request.threads());
    }

    /**
     * The result as reports show it: findings the baseline accepts moved aside, modules attached. Done after
     * the result cache, since neither changes what the analysis found.
     */
    private static AnalysisResult present(AnalysisRequest request, AnalysisResult found) {
        AnalysisResult out = found.withModules(request.modules());
        Baseline baseline = request.baseline();
        if (baseline == null) {
            return out;
        }
        List<Finding> stillNew = new ArrayList<>();
        Baseline.Outcome outcome = baseline.match(found.findings(), stillNew);
        return out.withBaseline(stillNew, outcome);
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
                        + " ms; peak heap at most " + peakHeapMiB() + " MiB");
            }
        }
    }

    /** How many bodies were summarized and how the call sites were resolved, for the timing line's reader. */
    private static String summaryStatistics(ProjectModel project) {
        var calls = project.calls();
        long bodies = 0;
        for (var f : project.files()) {
            bodies += f.methods().size();
        }
        long total = 0;
        for (var r : dev.refflow.model.CallGraph.Resolution.values()) {
            total += calls.count(r);
        }
        StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT,
                "RefFlow summaries: %,d of %,d bodies summarized (those the rules asked about, and what they call), "
                        + "in at most %d rounds; %,d call sites:",
                project.summaries().size(), bodies, project.summaries().rounds(), total));
        for (var r : dev.refflow.model.CallGraph.Resolution.values()) {
            sb.append(String.format(java.util.Locale.ROOT, " %s %,d (%.1f%%)",
                    r.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), calls.count(r),
                    total == 0 ? 0.0 : 100.0 * calls.count(r) / total));
        }
        return sb.toString();
    }

    /** The sum of each heap pool's peak use: an upper bound of the heap in use at any moment, in MiB. */
    private static long peakHeapMiB() {
        long bytes = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }

    private static void saveFacts(AnalysisRequest request, List<SourceFile> files, FileHashes.Hashed hashed,
                                  byte[][] encoded) {
        try {
            List<FactsCache.Entry> entries = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                entries.add(new FactsCache.Entry(files.get(i).relativePath(), hashed.hashes()[i], encoded[i]));
            }
            FactsCache.save(request.cacheDirectory().resolve("facts.bin"), request.settings().facts().cacheKey(), entries);
        } catch (IOException | RuntimeException e) {
            cacheNotWritten(request, e);
        }
    }

    /** Saves what the analysis found ({@code found}: before the baseline) and the reports written from it. */
    private static void saveResult(AnalysisRequest request, List<SourceFile> files, FileHashes.Hashed hashed,
                                   AnalysisResult found, Reports reports) {
        String[] paths = files.stream().map(SourceFile::relativePath).toArray(String[]::new);
        try {
            ResultCache.save(request.cacheDirectory(), new ResultCache.Snapshot(request.settings().cacheKey(), paths,
                    hashed.hashes(), hashed.stamps(), hashed.stampedAtNanos(), found.findings(), found.suppressed(),
                    found.problems(), found.filesAnalysed(), found.linesAnalysed(), reportKey(request),
                    reports.written()));
        } catch (IOException | RuntimeException e) {
            cacheNotWritten(request, e);
        }
    }

    private static void cacheNotWritten(AnalysisRequest request, Exception e) {
        request.log().accept("RefFlow could not write its cache in " + request.cacheDirectory() + " (" + e
                + "); the next run starts cold");
    }

    /**
     * Every file's facts: from the cache when its content is unchanged (its encoded bytes then go to
     * {@code encoded} as they are), else by parsing and modelling it.
     */
    private List<FileFacts> extractAll(AnalysisRequest request, List<SourceFile> files, FactsCache cache,
                                       FileHashes.Hashed hashed, boolean hashWhileReading, byte[][] encoded) {
        byte[][] hashes = hashed == null || hashWhileReading ? null : hashed.hashes();
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
        ThreadLocal<JavaSourceParser> parsers = ThreadLocal.withInitial(
                () -> new JavaSourceParser(request.languageLevel()));
        // a big stack, so deeply nested code (generated parsers, long builder chains) still parses
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "refflow-worker", WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileFacts>> futures = new ArrayList<>(todo.size());
            for (int i : todo) {
                SourceFile f = files.get(i);
                futures.add(pool.submit(() -> {
                    byte[][] hashOut = hashWhileReading ? hashed.hashes() : null;
                    if (hashWhileReading) {
                        // stamped before reading, as FileHashes does: an edit during the run is never missed
                        hashed.stamps()[i] = FileHashes.stamp(f);
                    }
                    FileFacts facts = analyseFile(f, reader, parsers.get(), limit, request.libraryModels(), hashOut, i);
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

    /**
     * Prints "analysed 812 of 2,082 files" lines, at most one per interval, the first after one interval, the
     * counts only ever growing (the lock orders lines from different workers).
     */
    private static final class Progress {
        private final AnalysisRequest request;
        private final int total;
        private final long interval;
        private final java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        private volatile long next;
        private int printed;

        Progress(AnalysisRequest request, int total) {
            this.request = request;
            this.total = total;
            this.interval = request.progressInterval().toNanos();
            this.next = System.nanoTime() + interval;
        }

        void done() {
            done.incrementAndGet();
            if (System.nanoTime() < next) {
                return;
            }
            synchronized (this) {
                long now = System.nanoTime();
                int n = done.get();
                if (now >= next && n > printed && n < total) {
                    next = now + interval;
                    printed = n;
                    request.log().accept(String.format(java.util.Locale.ROOT, "RefFlow: analysed %,d of %,d files", n,
                            total));
                }
            }
        }
    }

    /** One file's facts. Whatever goes wrong with one file becomes its processing problem; the others go on. */
    static FileFacts analyseFile(SourceFile file, SourceReader reader, JavaSourceParser parser, long timeLimitNanos,
                                 LibraryModels models) {
        return analyseFile(file, reader, parser, timeLimitNanos, models, null, -1);
    }

    /** ... and, when {@code hashes} is given, the SHA-256 of the bytes read into {@code hashes[index]}. */
    static FileFacts analyseFile(SourceFile file, SourceReader reader, JavaSourceParser parser, long timeLimitNanos,
                                 LibraryModels models, byte[][] hashes, int index) {
        if (hashes != null) {
            // unreadable until read: never a cache hit
            hashes[index] = FileHashes.UNREADABLE;
        }
        List<ProcessingProblem> problems = new ArrayList<>();
        // lines are counted only for files that end unparsed; parsed files' facts count their own
        String text = null;
        MethodInterpreter.deadline(System.nanoTime() + timeLimitNanos);
        try {
            long size = Files.size(file.path());
            if (size > MAX_FILE_BYTES) {
                if (hashes != null) {
                    hashes[index] = SourceReader.hash(file);
                }
                problems.add(new ProcessingProblem(file, 0, 0, String.format(java.util.Locale.ROOT,
                        "this file is %,d bytes, more than the %d MiB RefFlow analyses in one file (generated code?); "
                                + "it was skipped, the rest was analysed", size, MAX_FILE_BYTES >> 20)));
                return FileFacts.unparsed(file, 0, problems);
            }
            SourceReader.Content content;
            if (hashes != null) {
                SourceReader.Hashed read = reader.readHashed(file);
                hashes[index] = read.digest();
                content = read.content();
            } else {
                content = reader.read(file);
            }
            content.problem().ifPresent(problems::add);
            text = content.text();
            JavaSourceParser.Parsed parsed = parser.parse(file, text);
            if (parsed.unit() == null) {
                problems.addAll(parsed.problems());
                if (parsed.problems().isEmpty()) {
                    problems.add(new ProcessingProblem(file, 0, 0, "the parser returned no result"));
                }
                return FileFacts.unparsed(file, countLines(text), problems);
            }
            return FactsExtractor.extract(file, text, parsed.unit(), problems, models, parser.version());
        } catch (IOException e) {
            problems.add(new ProcessingProblem(file, 0, 0, "cannot read the file: " + e));
            return FileFacts.unparsed(file, countLines(text), problems);
        } catch (MethodInterpreter.TimeLimitExceeded e) {
            String limit = timeLimitNanos >= 1_000_000_000L ? timeLimitNanos / 1_000_000_000L + " s"
                    : timeLimitNanos / 1_000_000L + " ms";
            problems.add(new ProcessingProblem(file, 0, 0, "analysing this file took longer than the time limit ("
                    + limit + "); it was skipped, the rest was analysed"));
            return FileFacts.unparsed(file, countLines(text), problems);
        } catch (StackOverflowError e) {
            problems.add(new ProcessingProblem(file, 0, 0, "this file nests too deeply to analyse (the stack "
                    + "overflowed); it was skipped, the rest was analysed"));
            return FileFacts.unparsed(file, countLines(text), problems);
        } catch (RuntimeException e) {
            problems.add(new ProcessingProblem(file, 0, 0,
                    "RefFlow could not analyse this file (internal error: " + e + "); the rest was analysed"));
            return FileFacts.unparsed(file, countLines(text), problems);
        }
    }

    private static int countLines(String text) {
        if (text == null || text.isEmpty()) {
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

    /**
     * Runs the rules of one phase: those about the model first, then ({@code afterSuppressions}) those about
     * the suppressions, which see the entries that silenced nothing.
     */
    private static List<Finding> runRules(AnalysisRequest request, ProjectModel project, List<RuleDescriptor> all,
                                          boolean afterSuppressions, List<Suppressions.Unused> unused) {
        List<RuleDescriptor> rules = all.stream().filter(d -> RuleCatalog.rules().stream()
                .anyMatch(r -> r.id().equals(d.id()) && r.runsAfterSuppressions() == afterSuppressions)).toList();
        if (rules.isEmpty()) {
            return List.of();
        }
        SizeEstimator sizes = new SizeEstimator(project);
        project.fields();
        List<Finding> findings = new ArrayList<>();
        List<java.util.concurrent.CompletableFuture<List<Finding>>> running = new ArrayList<>();
        Map<String, Long> took = new java.util.concurrent.ConcurrentHashMap<>();
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
                    long start = System.nanoTime();
                    rule.check(new RuleContext(project, sizes, request.largeAllocationBytes(), effective, own, unused));
                    took.put(effective.id(), (System.nanoTime() - start) / 1_000_000);
                    return own;
                }, pool));
            }
            for (var r : running) {
                findings.addAll(r.join());
            }
            if (request.timing()) {
                // shared parts of the model (summaries, roots) are built by whichever rule asks first
                StringBuilder line = new StringBuilder("RefFlow rule times (wall, side by side):");
                took.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .forEach(e -> line.append(' ').append(e.getKey()).append(' ').append(e.getValue()).append(" ms,"));
                request.log().accept(line.substring(0, line.length() - 1));
            }
        } finally {
            pool.shutdownNow();
        }
        return findings; // the caller merges both phases and sorts once
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

    /** The result with its report files, how each was written, and whether any had to be written. */
    private record Reports(AnalysisResult result, List<ResultCache.WrittenReport> written, boolean rewritten) {
    }

    /** What besides the result shapes the report files' bytes. */
    private static String reportKey(AnalysisRequest request) {
        return request.projectName() + "\n" + request.baseDirectory() + "\n" + request.sourceRoots() + "\n"
                + request.modules() + "\n"
                + (request.baseline() == null ? "" : request.baseline().file() + " " + request.baseline().contentHash());
    }

    /**
     * Writes the report files, HTML and SARIF side by side. A report that {@code previous} wrote for the same
     * result and is still on disk unchanged is left as it is: rendering it again would give the same bytes.
     */
    private static Reports writeReports(AnalysisRequest request, AnalysisResult result,
                                        ResultCache.Snapshot previous) {
        Path dir = request.outputDirectory();
        if (dir == null || request.formats().isEmpty()) {
            return new Reports(result, List.of(), false);
        }
        Map<ReportFormat, Path> targets = new EnumMap<>(ReportFormat.class);
        List<java.util.concurrent.CompletableFuture<ResultCache.WrittenReport>> writing = new ArrayList<>();
        boolean rewritten = false;
        ExecutorService pool = Executors.newFixedThreadPool(request.formats().size(), r -> {
            Thread t = new Thread(r, "refflow-report");
            t.setDaemon(true);
            return t;
        });
        try {
            Files.createDirectories(dir);
            ReportWriter.Context context = new ReportWriter.Context(request.projectName(), request.baseDirectory(),
                    request.sourceRoots());
            for (ReportWriter writer : ReportWriter.all()) {
                ReportFormat format = writer.format();
                if (!request.formats().contains(format)) {
                    continue;
                }
                Path target = dir.resolve(format.fileName());
                targets.put(format, target);
                ResultCache.WrittenReport kept = unchanged(request, previous, format, target);
                if (kept != null) {
                    writing.add(java.util.concurrent.CompletableFuture.completedFuture(kept));
                    continue;
                }
                rewritten = true;
                writing.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        writer.write(result, context, target);
                        return new ResultCache.WrittenReport(format, target.toString(), SourceReader.hash(target));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, pool));
            }
            List<ResultCache.WrittenReport> written = new ArrayList<>();
            for (var w : writing) {
                written.add(w.join());
            }
            return new Reports(result.withReports(targets), written, rewritten);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reports to " + dir, e);
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            throw new UncheckedIOException("cannot write reports to " + dir,
                    cause instanceof IOException io ? io : new IOException(cause));
        } finally {
            pool.shutdown();
        }
    }

    /** The previous run's report for this format and target, if it is still on disk byte for byte; else null. */
    private static ResultCache.WrittenReport unchanged(AnalysisRequest request, ResultCache.Snapshot previous,
                                                       ReportFormat format, Path target) {
        if (previous == null || previous.reports() == null || !reportKey(request).equals(previous.reportKey())) {
            return null;
        }
        for (ResultCache.WrittenReport w : previous.reports()) {
            if (w.format() == format && w.path().equals(target.toString()) && Files.isRegularFile(target)) {
                try {
                    return java.util.Arrays.equals(SourceReader.hash(target), w.hash()) ? w : null;
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
