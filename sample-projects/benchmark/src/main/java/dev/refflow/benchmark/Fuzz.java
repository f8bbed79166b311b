package dev.refflow.benchmark;

import dev.refflow.api.AnalysisRequest;
import dev.refflow.api.AnalysisResult;
import dev.refflow.engine.RefFlowEngine;
import dev.refflow.rules.Finding;
import dev.refflow.source.ProcessingProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fuzz run: mutated copies of corpus files (truncated, tokens deleted or duplicated, random bytes inserted)
 * analysed together with untouched "witness" libraries. Each mutant must end as a result or as a processing
 * problem that names it; nothing may crash or hang; and the witnesses' findings must be exactly those of a run
 * without the mutants. Mutants come from guava, commons-lang3 and commons-collections4, the witnesses are
 * jackson-databind, netty and (with {@code --cases}) RefFlow's own rule cases, so no mutant declares a witness's
 * types. Prints the counts and the seed; exits 1
 * when a requirement is not met.
 */
public final class Fuzz {
    private static final List<String> MUTATED = List.of("guava", "commons-lang3", "commons-collections4");
    private static final List<String> WITNESSES = List.of("jackson-databind", "netty-buffer", "netty-common");
    private static final Pattern TOKEN = Pattern.compile(
            "[A-Za-z_$][A-Za-z0-9_$]*+|\\d[\\w.]*+|\"(?:[^\"\\\\\\n]++|\\\\.)*+\"|'(?:[^'\\\\\\n]++|\\\\.)*+'|\\S");
    private static final String[] OPERATIONS = {"truncated", "tokens-deleted", "tokens-duplicated", "bytes-inserted"};
    /** Generous for one file; a pathological one must become a processing problem well before this. */
    private static final Duration FILE_TIME_LIMIT = Duration.ofSeconds(10);
    private static final Duration RUN_TIME_LIMIT = Duration.ofMinutes(15);

    private Fuzz() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path corpus = Path.of(options.get("--corpus"));
        Path work = Path.of(options.get("--work"));
        int count = Integer.parseInt(options.getOrDefault("--mutants", "1000"));
        String seedText = options.getOrDefault("--seed", "random");
        long seed = seedText.equals("random") ? new Random().nextLong() : Long.parseLong(seedText);
        System.out.printf(Locale.ROOT, "Fuzz: seed %d (repeat with -Dfuzz.seed=%d), %,d mutants%n", seed, seed, count);

        Path mutants = work.resolve("mutants");
        Benchmark.deleteTree(mutants);
        Files.createDirectories(mutants);
        List<Path> originals = new ArrayList<>();
        for (String lib : MUTATED) {
            try (Stream<Path> walk = Files.walk(corpus.resolve(lib))) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(originals::add);
            }
        }
        Random random = new Random(seed);
        Map<String, Integer> byOperation = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            Path original = originals.get(random.nextInt(originals.size()));
            String operation = OPERATIONS[i % OPERATIONS.length];
            byte[] mutated = mutate(Files.readAllBytes(original), operation, random);
            Files.write(mutants.resolve(String.format(Locale.ROOT, "%04d-%s-%s", i, operation,
                    original.getFileName())), mutated);
            byOperation.merge(operation, 1, Integer::sum);
        }
        System.out.println("  mutations: " + byOperation);

        List<Path> witnessRoots = new ArrayList<>(WITNESSES.stream().map(corpus::resolve).toList());
        if (options.containsKey("--cases")) {
            // RefFlow's own rule cases: many findings of every rule, in packages no corpus file declares
            witnessRoots.add(Path.of(options.get("--cases")));
        }
        witnessRoots.replaceAll(p -> p.toAbsolutePath().normalize());
        Set<String> baseline = witnessFindings(analyse(witnessRoots).findings(), witnessRoots);

        List<Path> all = new ArrayList<>(witnessRoots);
        all.add(mutants);
        AnalysisResult result;
        long start = System.nanoTime();
        Thread watchdog = watchdog();
        try {
            result = analyse(all);
        } catch (Throwable t) {
            System.out.println("  CRASH: the engine threw " + t);
            t.printStackTrace(System.out);
            System.exit(1);
            return;
        } finally {
            watchdog.interrupt();
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        Map<String, List<ProcessingProblem>> problemsByFile = result.problems().stream()
                .collect(Collectors.groupingBy(p -> p.file().path().getFileName().toString()));
        Map<String, Integer> kinds = new TreeMap<>();
        List<String> internal = new ArrayList<>();
        int analysed = 0;
        int withProblems = 0;
        try (Stream<Path> list = Files.list(mutants)) {
            for (Path m : list.sorted().toList()) {
                List<ProcessingProblem> problems = problemsByFile.get(m.getFileName().toString());
                if (problems == null) {
                    analysed++;
                    continue;
                }
                withProblems++;
                for (ProcessingProblem p : problems) {
                    String kind = kind(p.message());
                    kinds.merge(kind, 1, Integer::sum);
                    if (kind.equals("internal error")) {
                        internal.add(m.getFileName() + ": " + p.message());
                    }
                }
            }
        }
        Set<String> after = witnessFindings(result.findings(), witnessRoots);
        Path absoluteMutants = mutants.toAbsolutePath().normalize();
        long mutantFindings = result.findings().stream()
                .filter(f -> f.file().path().toAbsolutePath().normalize().startsWith(absoluteMutants)).count();

        System.out.printf(Locale.ROOT, "  analysed without a problem: %,d mutants (%,d findings among them)%n",
                analysed, mutantFindings);
        System.out.printf(Locale.ROOT, "  ended as processing problems naming the file: %,d mutants; problems by kind: %s%n",
                withProblems, kinds);
        System.out.printf(Locale.ROOT, "  crashes: 0, hangs: 0 (the run took %.1f s)%n", seconds);
        boolean same = after.equals(baseline);
        System.out.printf(Locale.ROOT, "  witness files (%s): %,d findings, %s%n",
                witnessRoots.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")),
                after.size(), same ? "unchanged" : "CHANGED");
        if (!same) {
            Set<String> gone = new TreeSet<>(baseline);
            gone.removeAll(after);
            Set<String> added = new TreeSet<>(after);
            added.removeAll(baseline);
            gone.forEach(f -> System.out.println("    lost: " + f));
            added.forEach(f -> System.out.println("    new:  " + f));
        }
        internal.stream().limit(20).forEach(l -> System.out.println("    internal error: " + l));
        if (analysed + withProblems != count || !same || !internal.isEmpty()) {
            System.out.println("Fuzz: FAILED (seed " + seed + ")");
            System.exit(1);
        }
        System.out.println("Fuzz: passed");
    }

    private static AnalysisResult analyse(List<Path> roots) {
        return new RefFlowEngine().analyze(AnalysisRequest.builder(Path.of("/")).sourceRoots(roots).threads(2)
                .fileTimeLimit(FILE_TIME_LIMIT).formats(Set.of()).build());
    }

    /** The findings in files under the witness roots, as comparable lines. */
    private static Set<String> witnessFindings(List<Finding> findings, List<Path> witnessRoots) {
        Set<String> out = new TreeSet<>();
        for (Finding f : findings) {
            Path file = f.file().path().toAbsolutePath().normalize();
            if (witnessRoots.stream().anyMatch(file::startsWith)) {
                out.add(f.ruleId() + " " + file + ":" + f.line() + ":" + f.column() + " " + f.level() + " "
                        + f.message());
            }
        }
        return out;
    }

    private static String kind(String message) {
        if (message.contains("internal error")) {
            return "internal error";
        }
        if (message.contains("nests too deeply")) {
            return "nests too deeply";
        }
        if (message.contains("time limit")) {
            return "time limit";
        }
        if (message.startsWith("not valid ")) {
            return "encoding";
        }
        return "parse error";
    }

    /** After this long the run is declared hung: the stacks are printed and the JVM exits. */
    private static Thread watchdog() {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(RUN_TIME_LIMIT.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("  HANG: the run took longer than " + RUN_TIME_LIMIT.toMinutes() + " minutes");
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                System.out.println("    " + thread.getName());
                for (StackTraceElement e : stack) {
                    System.out.println("      at " + e);
                }
            });
            System.exit(1);
        }, "fuzz-watchdog");
        t.setDaemon(true);
        t.start();
        return t;
    }

    static byte[] mutate(byte[] source, String operation, Random random) {
        switch (operation) {
            case "truncated" -> {
                return java.util.Arrays.copyOf(source, random.nextInt(Math.max(1, source.length)));
            }
            case "bytes-inserted" -> {
                byte[] out = source;
                int insertions = 1 + random.nextInt(3);
                for (int k = 0; k < insertions; k++) {
                    byte[] noise = new byte[1 + random.nextInt(8)];
                    random.nextBytes(noise);
                    int at = random.nextInt(out.length + 1);
                    byte[] next = new byte[out.length + noise.length];
                    System.arraycopy(out, 0, next, 0, at);
                    System.arraycopy(noise, 0, next, at, noise.length);
                    System.arraycopy(out, at, next, at + noise.length, out.length - at);
                    out = next;
                }
                return out;
            }
            default -> {
                String text = new String(source, StandardCharsets.UTF_8);
                List<int[]> tokens = new ArrayList<>();
                Matcher m = TOKEN.matcher(text);
                while (m.find()) {
                    tokens.add(new int[] {m.start(), m.end()});
                }
                if (tokens.isEmpty()) {
                    return source;
                }
                int edits = 1 + random.nextInt(3);
                TreeMap<Integer, int[]> chosen = new TreeMap<>();
                for (int k = 0; k < edits; k++) {
                    int[] t = tokens.get(random.nextInt(tokens.size()));
                    chosen.put(t[0], t);
                }
                StringBuilder sb = new StringBuilder(text);
                // from the end backwards, so earlier offsets stay valid
                for (int[] t : chosen.descendingMap().values()) {
                    if (operation.equals("tokens-deleted")) {
                        sb.delete(t[0], t[1]);
                    } else {
                        sb.insert(t[1], " " + text.substring(t[0], t[1]));
                    }
                }
                return sb.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
    }
}
