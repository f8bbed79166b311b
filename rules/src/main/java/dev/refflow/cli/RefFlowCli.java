package dev.refflow.cli;

import dev.refflow.api.AnalysisRequest;
import dev.refflow.api.AnalysisResult;
import dev.refflow.api.Baseline;
import dev.refflow.api.BuildGate;
import dev.refflow.api.InvalidRequestException;
import dev.refflow.engine.RefFlowEngine;
import dev.refflow.api.RefFlowVersion;
import dev.refflow.api.ReportFormat;
import dev.refflow.api.Sizes;
import dev.refflow.report.ConsoleReport;
import dev.refflow.rules.Level;
import dev.refflow.rules.RuleCatalog;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * RefFlow on the command line, for IDE external tools and scripts: the same analysis, outputs and gate as the
 * Maven plugin's {@code check}. Exit codes: 0 clean, 1 findings over the gate, 2 usage or processing error.
 */
public final class RefFlowCli {
    public static final int CLEAN = 0;
    public static final int FINDINGS = 1;
    public static final int ERROR = 2;

    private static final String USAGE = """
            Usage: java -jar refflow-cli.jar [options] SOURCE_DIR...

            Analyses the Java sources under each SOURCE_DIR and writes index.html and refflow.sarif.

            Options:
              --base-dir DIR               paths in reports are relative to DIR (default: the current directory)
              --output DIR                 where the reports go (default: refflow-report)
              --formats LIST               html,sarif (default), or a subset; 'none' writes no report file
              --fail-on-level LEVEL        error, warning (default) or note: the findings that count
              --max-allowed-findings N     how many counted findings pass (default 0)
              --fail-on-processing-error B true (default) or false: exit 2 when a file cannot be parsed
              --large-allocation-bytes N   from which size an allocation is large (default 1M; 512k, 2MiB...)
              --language-level V           Java release the sources are compiled for, 8 to 25 (default 21)
              --encoding CHARSET           encoding of the sources (default UTF-8)
              --threads N                  worker threads (default: the number of cores)
              --rule ID=LEVEL              error, warning, note or off for one rule (repeatable)
              --include GLOB               analyse only matching files, relative to each SOURCE_DIR (repeatable)
              --exclude GLOB               skip matching files (repeatable)
              --models FILE                library models of your own: what your frameworks' methods do (repeatable)
              --baseline FILE              findings listed in this baseline do not count; only new ones do
              --write-baseline FILE        write every current finding to FILE as the baseline, then exit 0
              --cache DIR                  cache facts and results here (default: OUTPUT/cache)
              --no-cache                   analyse everything from scratch, write no cache
              --file-time-limit SECONDS    give up on a file after this long (default 30)
              --quiet                      print only findings and problems
              --no-trace                   print findings without their flow trace lines
              --timing                     print how long each phase took
              --version                    print the version
              --help                       print this help

            Exit codes: 0 clean, 1 findings over the gate, 2 usage or processing error.
            """;

    private final PrintStream out;
    private final PrintStream err;

    RefFlowCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code = new RefFlowCli(System.out, System.err).run(args);
        System.out.flush();
        System.exit(code);
    }

    /** Runs with these arguments; returns the exit code. */
    int run(String[] args) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("refflow: " + e.getMessage());
            err.println("Try --help.");
            return ERROR;
        }
        if (o.help) {
            out.print(USAGE);
            return CLEAN;
        }
        if (o.version) {
            out.println("RefFlow " + RefFlowVersion.get());
            return CLEAN;
        }
        AnalysisRequest request;
        try {
            request = o.request(o.quiet && !o.timing ? line -> { } : o.quiet ? line -> {
                if (line.startsWith("RefFlow timing")) {
                    out.println(line);
                }
            } : out::println);
        } catch (InvalidRequestException e) {
            String option = e.parameter().equals("baselineFile") ? "baseline" : kebab(e.parameter());
            err.println("refflow: --" + option + e.getMessage().substring(e.parameter().length()));
            return ERROR;
        } catch (IllegalArgumentException e) {
            err.println("refflow: " + e.getMessage());
            return ERROR;
        }
        AnalysisResult result;
        long start = System.nanoTime();
        try {
            result = new RefFlowEngine().analyze(request);
        } catch (RuntimeException | Error e) {
            // the engine turns every per-file failure into a processing problem; this is anything else
            err.println("refflow: the analysis failed: " + e);
            return ERROR;
        }
        for (ConsoleReport.Line line : ConsoleReport.problems(result)) {
            out.println(line.withPrefix());
        }
        List<ConsoleReport.Line> lines = ConsoleReport.findings(result);
        for (int i = 0; i < lines.size(); i++) {
            out.println(lines.get(i).withPrefix());
            if (!o.noTrace) {
                ConsoleReport.trace(result.findings().get(i)).forEach(out::println);
            }
        }
        if (!o.quiet) {
            out.println(ConsoleReport.summary(result, request.languageLevel(),
                    java.time.Duration.ofNanos(System.nanoTime() - start)));
            ConsoleReport.fixedBaselineEntries(result).forEach(out::println);
            ConsoleReport.reportPaths(result).forEach(out::println);
        }
        if (o.writeBaseline != null) {
            try {
                Baseline.write(o.writeBaseline, result.findings());
            } catch (java.io.IOException e) {
                err.println("refflow: --write-baseline: cannot write " + o.writeBaseline + ": " + e.getMessage());
                return ERROR;
            }
            out.println("RefFlow baseline: " + result.findings().size() + " findings written to " + o.writeBaseline);
            return CLEAN;
        }
        return switch (new BuildGate(o.failOnLevel, o.maxAllowedFindings, o.failOnProcessingError).decide(result)
                .outcome()) {
            case PASS -> CLEAN;
            case FINDINGS -> FINDINGS;
            case PROCESSING_PROBLEMS -> ERROR;
        };
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** Parsed command-line options. */
    static final class Options {
        final List<Path> sources = new ArrayList<>();
        final List<String> includes = new ArrayList<>();
        final List<String> excludes = new ArrayList<>();
        final List<String[]> rules = new ArrayList<>();
        final List<Path> models = new ArrayList<>();
        Path baseDir = Path.of("").toAbsolutePath();
        Path output = Path.of("refflow-report");
        Path cache;
        Path baseline;
        Path writeBaseline;
        boolean noCache;
        Set<ReportFormat> formats = EnumSet.of(ReportFormat.HTML, ReportFormat.SARIF);
        Level failOnLevel = Level.WARNING;
        long maxAllowedFindings;
        boolean failOnProcessingError = true;
        long largeAllocationBytes = AnalysisRequest.DEFAULT_LARGE_ALLOCATION_BYTES;
        String languageLevel;
        boolean noTrace;
        String encoding;
        int threads = Runtime.getRuntime().availableProcessors();
        long fileTimeLimitSeconds = 30;
        boolean quiet;
        boolean timing;
        boolean help;
        boolean version;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String value = null;
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    value = a.substring(eq + 1);
                    a = a.substring(0, eq);
                }
                switch (a) {
                    case "-h", "--help" -> o.help = true;
                    case "--version" -> o.version = true;
                    case "--quiet", "-q" -> o.quiet = true;
                    case "--timing" -> o.timing = true;
                    case "--no-trace" -> o.noTrace = true;
                    case "--no-cache" -> o.noCache = true;
                    case "--base-dir" -> o.baseDir = Path.of(value(args, ++i, a, value)).toAbsolutePath();
                    case "--output", "--output-directory" -> o.output = Path.of(value(args, ++i, a, value));
                    case "--cache" -> o.cache = Path.of(value(args, ++i, a, value));
                    case "--baseline" -> o.baseline = Path.of(value(args, ++i, a, value));
                    case "--write-baseline" -> o.writeBaseline = Path.of(value(args, ++i, a, value));
                    case "--formats" -> o.formats = formats(value(args, ++i, a, value));
                    case "--fail-on-level" -> o.failOnLevel = level(value(args, ++i, a, value));
                    case "--max-allowed-findings" -> o.maxAllowedFindings = count(a, value(args, ++i, a, value), 0);
                    case "--fail-on-processing-error" -> o.failOnProcessingError = bool(a, value(args, ++i, a, value));
                    case "--large-allocation-bytes" -> o.largeAllocationBytes = bytes(a, value(args, ++i, a, value));
                    case "--language-level" -> o.languageLevel = value(args, ++i, a, value);
                    case "--encoding" -> o.encoding = value(args, ++i, a, value);
                    case "--threads" -> o.threads = (int) count(a, value(args, ++i, a, value), 1);
                    case "--file-time-limit" -> o.fileTimeLimitSeconds = count(a, value(args, ++i, a, value), 1);
                    case "--include" -> o.includes.add(value(args, ++i, a, value));
                    case "--exclude" -> o.excludes.add(value(args, ++i, a, value));
                    case "--models" -> o.models.add(Path.of(value(args, ++i, a, value)));
                    case "--rule" -> {
                        String rule = value(args, ++i, a, value);
                        int sep = rule.indexOf('=');
                        if (sep <= 0) {
                            throw new IllegalArgumentException("--rule takes ID=LEVEL, e.g. ExplicitGcCall=off; rules: "
                                    + String.join(", ", RuleCatalog.ids()));
                        }
                        o.rules.add(new String[] {rule.substring(0, sep), rule.substring(sep + 1)});
                    }
                    default -> {
                        if (a.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        o.sources.add(Path.of(a));
                    }
                }
            }
            if (!o.help && !o.version && o.sources.isEmpty()) {
                throw new IllegalArgumentException("no source folder given");
            }
            return o;
        }

        AnalysisRequest request(java.util.function.Consumer<String> log) {
            for (Path s : sources) {
                if (!Files.isDirectory(s)) {
                    throw new IllegalArgumentException("not a directory: " + s);
                }
            }
            AnalysisRequest.Builder b = AnalysisRequest.builder(baseDir)
                    .sourceRoots(sources.stream().map(p -> p.toAbsolutePath().normalize()).toList())
                    .includes(includes)
                    .excludes(excludes)
                    .formats(formats)
                    .outputDirectory(formats.isEmpty() && cache == null ? null : output)
                    .largeAllocationBytes(largeAllocationBytes)
                    .threads(threads)
                    .fileTimeLimit(Duration.ofSeconds(fileTimeLimitSeconds))
                    .projectName(baseDir.getFileName() == null ? "sources" : baseDir.getFileName().toString())
                    .cacheDirectory(noCache ? null : cache != null ? cache : output.resolve("cache"))
                    .timing(timing)
                    .baselineFile(writeBaseline == null ? baseline : null)
                    .models(models.stream().map(p -> p.toAbsolutePath().normalize()).toList())
                    .log(log);
            if (languageLevel != null) {
                b = b.languageLevel(languageLevel);
            }
            if (encoding != null) {
                b = b.encoding(encoding);
            }
            for (String[] r : rules) {
                b = b.rule(r[0], r[1]);
            }
            return b.build();
        }

        private static String value(String[] args, int i, String option, String inline) {
            if (inline != null) {
                return inline;
            }
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static Set<ReportFormat> formats(String value) {
            Set<ReportFormat> out = EnumSet.noneOf(ReportFormat.class);
            if (value.strip().equalsIgnoreCase("none")) {
                return out;
            }
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    try {
                        out.add(ReportFormat.parse(part));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--formats: " + e.getMessage() + ", none");
                    }
                }
            }
            return out;
        }

        private static Level level(String value) {
            try {
                return Level.parse(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--fail-on-level: " + e.getMessage());
            }
        }

        private static long count(String option, String value, long min) {
            try {
                long n = Long.parseLong(value.strip());
                if (n >= min) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the message
            }
            throw new IllegalArgumentException(option + ": '" + value + "' must be a whole number, " + min + " or more");
        }

        private static boolean bool(String option, String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> true;
                case "false", "no" -> false;
                default -> throw new IllegalArgumentException(option + ": '" + value + "' must be true or false");
            };
        }

        private static long bytes(String option, String value) {
            try {
                return Sizes.parseBytes(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option + ": " + e.getMessage());
            }
        }
    }
}
