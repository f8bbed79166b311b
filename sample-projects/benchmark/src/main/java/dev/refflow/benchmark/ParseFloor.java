package dev.refflow.benchmark;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import dev.refflow.source.JavaSourceParser;
import dev.refflow.source.JavaVersion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The floor RefFlow is measured against: JavaParser parsing every file once, on the same number of threads, each
 * tree dropped as soon as it is built. {@code analysis} uses RefFlow's own parser configuration, {@code default}
 * JavaParser's out-of-the-box one. Usage: ParseFloor analysis|default THREADS DIR...
 */
public final class ParseFloor {
    private ParseFloor() {
    }

    public static void main(String[] args) throws Exception {
        boolean analysis = switch (args[0]) {
            case "analysis" -> true;
            case "default" -> false;
            default -> throw new IllegalArgumentException("configuration: analysis or default, not " + args[0]);
        };
        int threads = Integer.parseInt(args[1]);
        List<Path> files = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            try (Stream<Path> walk = Files.walk(Path.of(args[i]))) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        }
        ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(() -> new JavaParser(analysis
                ? JavaSourceParser.analysisConfiguration(JavaVersion.DEFAULT)
                : new ParserConfiguration().setLanguageLevel(JavaSourceParser.parserLevel(JavaVersion.DEFAULT))));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> parsed = new ArrayList<>();
        for (Path f : files) {
            parsed.add(pool.submit(() -> parse(parsers.get(), f)));
        }
        int problems = 0;
        for (Future<Integer> p : parsed) {
            problems += p.get();
        }
        pool.shutdown();
        System.out.println("parsed " + files.size() + " files, " + problems + " parse problems");
    }

    private static int parse(JavaParser parser, Path file) throws IOException {
        return parser.parse(Files.readString(file, StandardCharsets.UTF_8)).getProblems().size();
    }
}
