package dev.refflow.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the benchmark: every measured command in a fresh JVM, all of them interleaved round after round (so a
 * slow moment of the machine hits every command alike), wall time and peak RSS of each, then medians and the
 * ratios the targets are stated in. Nothing here is a pass/fail test: it prints what it measured.
 */
public final class Benchmark {
    /**
     * How the RefFlow CLI is meant to be started (the README says so): C1 only, because a run is over before C2's
     * code would pay for its compile time on two cores; the parallel collector with a small young generation,
     * because almost everything dies young (each file's tree); class-data sharing for start-up; a 1 GiB heap cap,
     * which the corpus must fit in.
     */
    static final List<String> TUNED = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmn128m");

    private final Path corpus;
    private final Path tools;
    private final Path work;
    private final Path floorJar;
    private final Path pmdRuleset;
    private final int runs;
    private final int threads;
    /** another build of the CLI (an earlier commit's), measured cold and warm beside this one; null for none */
    private final Path compareJar;
    private final String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private Benchmark(Map<String, String> options) {
        this.corpus = Path.of(options.get("--corpus"));
        this.tools = Path.of(options.get("--tools"));
        this.work = Path.of(options.get("--work"));
        this.floorJar = Path.of(options.get("--floor-jar"));
        this.pmdRuleset = Path.of(options.get("--pmd-ruleset"));
        this.runs = Integer.parseInt(options.getOrDefault("--runs", "3"));
        this.threads = Integer.parseInt(options.getOrDefault("--threads", "2"));
        String compare = options.getOrDefault("--compare-jar", "").strip();
        this.compareJar = compare.isEmpty() ? null : Path.of(compare).toAbsolutePath();
        if (compareJar != null && !Files.isRegularFile(compareJar)) {
            throw new IllegalArgumentException("benchmark.compareJar: " + compareJar + " is not a file");
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        new Benchmark(options).run();
    }

    /** One measured command. */
    private record Command(String name, String label, List<String> argv, Path cleanBefore, String mustLog) {
    }

    /** One run of a command: seconds, peak RSS in KiB (-1 if unknown) and RefFlow's timing line, if any. */
    private record Sample(double seconds, long peakRssKiB, String timing) {
    }

    private void run() throws Exception {
        Files.createDirectories(work.resolve("logs"));
        List<Path> roots = roots(corpus);
        Path doubled = doubledCorpus(roots);
        List<Path> doubledRoots = new ArrayList<>();
        for (String copy : List.of("copy-1", "copy-2")) {
            doubledRoots.addAll(roots(doubled.resolve(copy)));
        }
        long[] size = count(roots);
        Path cli = tools.resolve("refflow-cli.jar");
        String pmdClasspath = Files.readString(tools.resolve("pmd.classpath")).strip();
        // jars only: class-data sharing refuses directories on the class path
        String floorClasspath = floorJar + java.io.File.pathSeparator + cli;

        // class-data sharing archives, made once (not timed), like a user's first run would
        Path refflowArchive = work.resolve("refflow-cli.jsa");
        Path floorArchive = work.resolve("parse-floor.jsa");
        archive(refflowArchive, concat(TUNED, List.of("-jar", cli.toString(), "--no-cache", "--formats", "none",
                "--quiet", "--threads", "" + threads), paths(roots)));
        archive(floorArchive, concat(TUNED, List.of("-cp", floorClasspath, "dev.refflow.benchmark.ParseFloor",
                "analysis", "" + threads), paths(roots)));

        List<String> refflowJvm = concat(TUNED, List.of("-Xmx1g", "-XX:SharedArchiveFile=" + refflowArchive));
        Path out = work.resolve("refflow-out");
        Path outDoubled = work.resolve("refflow-doubled-out");
        Path outDefault = work.resolve("refflow-default-jvm-out");
        List<String> refflowArgs = List.of("--threads", "" + threads, "--timing", "--base-dir", corpus.toString());
        List<String> pmdArgs = List.of("net.sourceforge.pmd.cli.PmdCli", "check", "--dir",
                String.join(",", paths(roots)), "--rulesets", pmdRuleset.toString(),
                "--threads", "" + threads, "--no-cache", "--no-progress", "--format", "text", "--report-file",
                work.resolve("pmd-report.txt").toString());

        List<Command> commands = new ArrayList<>(List.of(
                new Command("floor", "floor: JavaParser parse only, RefFlow's parser configuration, same JVM options",
                        concat(List.of(javaCommand), TUNED, List.of("-XX:SharedArchiveFile=" + floorArchive, "-cp",
                                floorClasspath, "dev.refflow.benchmark.ParseFloor", "analysis", "" + threads),
                                paths(roots)), null, null),
                new Command("floor-default-jvm", "floor, default JVM options",
                        concat(List.of(javaCommand, "-cp", floorClasspath, "dev.refflow.benchmark.ParseFloor", "analysis",
                                "" + threads), paths(roots)), null, null),
                new Command("javaparser-default", "JavaParser parse only, its default configuration, default JVM",
                        concat(List.of(javaCommand, "-cp", floorClasspath, "dev.refflow.benchmark.ParseFloor", "default",
                                "" + threads), paths(roots)), null, null),
                new Command("cold", "RefFlow cold (empty cache), all rules, HTML + SARIF",
                        concat(List.of(javaCommand), refflowJvm, List.of("-jar", cli.toString(), "--output", out.toString()),
                                refflowArgs, paths(roots)), out, null),
                new Command("warm", "RefFlow warm (cache of the run before, nothing changed)",
                        concat(List.of(javaCommand), refflowJvm, List.of("-jar", cli.toString(), "--output", out.toString()),
                                refflowArgs, paths(roots)), null, "results from the cache"),
                new Command("pmd", "PMD " + pmdVersion(pmdClasspath) + " CLI, 5 memory rules, no cache, default JVM",
                        concat(List.of(javaCommand, "-cp", pmdClasspath), pmdArgs), null, null),
                new Command("pmd-same-jvm", "PMD, same JVM options as RefFlow",
                        concat(List.of(javaCommand), TUNED, List.of("-cp", pmdClasspath), pmdArgs), null, null),
                new Command("doubled", "RefFlow cold on the corpus doubled (two copies)",
                        concat(List.of(javaCommand), refflowJvm, List.of("-jar", cli.toString(), "--output",
                                outDoubled.toString(), "--threads", "" + threads, "--timing", "--base-dir",
                                doubled.toString()), paths(doubledRoots)), outDoubled, null),
                new Command("cold-default-jvm", "RefFlow cold, plain java -jar (default JVM options)",
                        concat(List.of(javaCommand, "-jar", cli.toString(), "--output", outDefault.toString()), refflowArgs,
                                paths(roots)), outDefault, null)));
        if (compareJar != null) {
            // the other build with the same JVM options, its own class-data archive, its own output and cache
            Path compareArchive = work.resolve("compare-cli.jsa");
            archive(compareArchive, concat(TUNED, List.of("-jar", compareJar.toString(), "--no-cache", "--formats",
                    "none", "--quiet", "--threads", "" + threads), paths(roots)));
            List<String> compareJvm = concat(TUNED, List.of("-Xmx1g", "-XX:SharedArchiveFile=" + compareArchive));
            Path outCompare = work.resolve("compare-out");
            commands.add(new Command("compare-cold", "the compared build (" + compareJar.getFileName() + "), cold",
                    concat(List.of(javaCommand), compareJvm, List.of("-jar", compareJar.toString(), "--output",
                            outCompare.toString()), refflowArgs, paths(roots)), outCompare, null));
            commands.add(new Command("compare-warm", "the compared build, warm",
                    concat(List.of(javaCommand), compareJvm, List.of("-jar", compareJar.toString(), "--output",
                            outCompare.toString()), refflowArgs, paths(roots)), null, "results from the cache"));
        }

        System.out.printf(Locale.ROOT, "RefFlow benchmark: %,d files, %,d lines (%,d files when doubled); %d threads; "
                        + "%d runs of each, interleaved, each in a fresh JVM%n", size[0], size[1], size[0] * 2, threads,
                runs);
        System.out.printf(Locale.ROOT, "Machine: %d cores, %s %s, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("os.name"));
        System.out.println("RefFlow's JVM options: " + String.join(" ", refflowJvm).replace(work + "/", ""));

        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        for (int round = 1; round <= runs; round++) {
            for (Command c : commands) {
                Sample s = measure(c, round);
                samples.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(s);
                System.out.printf(Locale.ROOT, "  round %d  %-19s %7.2f s  %,9d KiB peak RSS%n", round, c.name(),
                        s.seconds(), s.peakRssKiB());
            }
        }
        print(commands, samples);
    }

    private Sample measure(Command c, int round) throws IOException, InterruptedException {
        if (c.cleanBefore() != null) {
            deleteTree(c.cleanBefore());
        }
        Path log = work.resolve("logs").resolve(c.name() + "-" + round + ".log");
        ProcessBuilder pb = new ProcessBuilder(c.argv()).redirectErrorStream(true).redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process p = pb.start();
        long peak = PeakRss.follow(p);
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        String text = Files.readString(log, StandardCharsets.UTF_8);
        // RefFlow: 0 clean, 1 findings over the gate; PMD: 0, or 4 when it found violations
        if (exit != 0 && exit != 1 && exit != 4) {
            throw new IllegalStateException(c.name() + " exited with " + exit + "; see " + log);
        }
        if (c.mustLog() != null && !text.contains(c.mustLog())) {
            throw new IllegalStateException(c.name() + " did not log '" + c.mustLog() + "'; see " + log);
        }
        Matcher m = Pattern.compile("RefFlow timing: .*").matcher(text);
        return new Sample(seconds, peak, m.find() ? m.group() : null);
    }

    private void print(List<Command> commands, Map<String, List<Sample>> samples) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-20s %9s %7s %7s %13s  %s%n", "command", "median s", "min s", "max s",
                "peak RSS MiB", "what");
        for (Command c : commands) {
            List<Sample> s = samples.get(c.name());
            double[] t = s.stream().mapToDouble(Sample::seconds).sorted().toArray();
            long rss = s.stream().mapToLong(Sample::peakRssKiB).max().orElse(-1);
            System.out.printf(Locale.ROOT, "%-20s %9.2f %7.2f %7.2f %13s  %s%n", c.name(), median(t), t[0],
                    t[t.length - 1], rss < 0 ? "n/a" : String.format(Locale.ROOT, "%,d", rss / 1024), c.label());
        }
        double floor = median(samples, "floor");
        double cold = median(samples, "cold");
        System.out.println();
        System.out.println("Ratios of medians (target in brackets):");
        ratio("cold / floor (same JVM options)", cold, floor, "<= 1.2");
        ratio("cold / floor (default JVM options)", cold, median(samples, "floor-default-jvm"), "<= 1.2");
        ratio("cold / PMD (default JVM options)", cold, median(samples, "pmd"), "<= 0.5");
        ratio("cold / PMD (same JVM options)", cold, median(samples, "pmd-same-jvm"), "<= 0.5");
        ratio("warm / cold", median(samples, "warm"), cold, "<= 0.1");
        ratio("doubled / cold", median(samples, "doubled"), cold, "<= 2.1");
        ratio("cold default JVM / floor default JVM", median(samples, "cold-default-jvm"),
                median(samples, "floor-default-jvm"), "");
        if (samples.containsKey("compare-cold")) {
            ratio("cold / the compared build's cold", cold, median(samples, "compare-cold"), "");
            ratio("warm / the compared build's warm", median(samples, "warm"), median(samples, "compare-warm"), "");
        }
        System.out.println();
        for (String name : samples.containsKey("compare-cold") ? List.of("cold", "warm", "doubled", "compare-cold")
                : List.of("cold", "warm", "doubled")) {
            List<Sample> s = new ArrayList<>(samples.get(name));
            s.sort((a, b) -> Double.compare(a.seconds(), b.seconds()));
            String timing = s.get(s.size() / 2).timing();
            System.out.println(name + " (median run): " + (timing == null ? "no timing line" : timing));
        }
    }

    private static void ratio(String what, double a, double b, String target) {
        double r = a / b;
        String verdict = "";
        if (target.startsWith("<= ")) {
            verdict = r <= Double.parseDouble(target.substring(3)) ? "  met" : "  NOT met";
        }
        System.out.printf(Locale.ROOT, "  %-40s %6.2f  %s%s%n", what, r, target.isEmpty() ? "" : "(" + target + ")",
                verdict);
    }

    private static double median(Map<String, List<Sample>> samples, String name) {
        return median(samples.get(name).stream().mapToDouble(Sample::seconds).sorted().toArray());
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Runs a command once with {@code -XX:ArchiveClassesAtExit}, unless the archive is there already. */
    private void archive(Path archive, List<String> jvmAndArgs) throws IOException, InterruptedException {
        if (Files.isRegularFile(archive)) {
            return;
        }
        List<String> argv = concat(List.of(javaCommand, "-XX:ArchiveClassesAtExit=" + archive), jvmAndArgs);
        Path log = work.resolve("logs").resolve(archive.getFileName() + ".log");
        int exit = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
        if (exit > 1 || !Files.isRegularFile(archive)) {
            throw new IllegalStateException("could not create " + archive + "; see " + log);
        }
    }

    /** The library folders of the corpus, in name order. */
    private static List<Path> roots(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** Two copies of the corpus side by side, made once. */
    private Path doubledCorpus(List<Path> roots) throws IOException {
        Path doubled = work.resolve("corpus-doubled");
        Path done = doubled.resolve(".complete");
        if (Files.exists(done)) {
            return doubled;
        }
        deleteTree(doubled);
        for (String copy : List.of("copy-1", "copy-2")) {
            for (Path root : roots) {
                Path target = doubled.resolve(copy).resolve(root.getFileName().toString());
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path p : walk.toList()) {
                        Path to = target.resolve(root.relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(p, to);
                        }
                    }
                }
            }
        }
        Files.writeString(done, "");
        return doubled;
    }

    /** Files and lines of the Java sources under the roots. */
    private static long[] count(List<Path> roots) throws IOException {
        long files = 0;
        long lines = 0;
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                    files++;
                    byte[] b = Files.readAllBytes(p);
                    int n = 0;
                    for (byte x : b) {
                        if (x == '\n') {
                            n++;
                        }
                    }
                    lines += b.length > 0 && b[b.length - 1] != '\n' ? n + 1 : n;
                }
            }
        }
        return new long[] {files, lines};
    }

    private String pmdVersion(String classpath) {
        Matcher m = Pattern.compile("pmd-core-([0-9][^/\\\\]*?)\\.jar").matcher(classpath);
        return m.find() ? m.group(1) : "";
    }

    private static List<String> paths(List<Path> roots) {
        return roots.stream().map(Path::toString).toList();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> out = new ArrayList<>();
        Arrays.stream(parts).forEach(out::addAll);
        return out;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
