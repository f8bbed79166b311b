package dev.refflow.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One parser per worker thread ({@link JavaParser} is not thread-safe; {@code StaticJavaParser} shares global
 * state), configured for analysis only:
 * <ul>
 * <li>no comment attribution, no lexical preservation: nothing downstream needs them (tokens are kept:
 * without them JavaParser keeps no positions, and they cost about 2% of parse time);</li>
 * <li>the language level's post-processing (it shapes the tree, e.g. {@code var}) but not its validation: the
 * compiler already checked the code, and validation is a third of JavaParser's parse time.</li>
 * </ul>
 */
public final class JavaSourceParser {
    private final JavaParser parser;
    private final JavaVersion version;

    public JavaSourceParser(JavaVersion version) {
        this.parser = new JavaParser(analysisConfiguration(version));
        this.version = version;
    }

    /** The Java version sources are parsed as: the release the code is compiled for. */
    public JavaVersion version() {
        return version;
    }

    /** The parser's name for a Java version. */
    public static LanguageLevel parserLevel(JavaVersion version) {
        return LanguageLevel.valueOf("JAVA_" + version.feature());
    }

    /**
     * The configuration RefFlow parses with; the benchmark's parse-only floor uses the same. Comment attribution,
     * lexical preservation and line-separator detection are off because nothing reads them. Tokens stay on: node
     * ranges are built from them. JavaParser's processors are all removed: its validators only reject code the
     * compiler would reject anyway, and its one tree rewrite (a type named {@code var} becomes a VarType) changes
     * nothing for RefFlow, which reads types by name; each is a walk over the whole tree.
     */
    public static ParserConfiguration analysisConfiguration(JavaVersion version) {
        ParserConfiguration config = new ParserConfiguration()
                .setLanguageLevel(parserLevel(version))
                .setAttributeComments(false)
                .setLexicalPreservationEnabled(false)
                .setDetectOriginalLineSeparator(false)
                .setStoreTokens(true);
        config.getProcessors().clear();
        return config;
    }

    /** Result of parsing one file: the unit when it parsed, and the problems. */
    public record Parsed(CompilationUnit unit, List<ProcessingProblem> problems) {
        public boolean ok() {
            return unit != null && problems.isEmpty();
        }
    }

    public Parsed parse(SourceFile file, String text) {
        ParseResult<CompilationUnit> result = parser.parse(text);
        if (result.getProblems().isEmpty() && result.getResult().isPresent()) {
            return new Parsed(result.getResult().get(), List.of());
        }
        List<ProcessingProblem> problems = new ArrayList<>();
        for (Problem p : result.getProblems()) {
            int line = 0;
            int column = 0;
            if (p.getLocation().isPresent()) {
                // the location starts at the last good token; the problem is the next real token
                JavaToken at = offendingToken(p.getLocation().get().getBegin());
                if (at.getRange().isPresent()) {
                    line = at.getRange().get().begin.line;
                    column = at.getRange().get().begin.column;
                }
            }
            problems.add(new ProcessingProblem(file, line, column, shorten(firstLine(p.getMessage()))));
        }
        if (problems.isEmpty()) {
            problems.add(new ProcessingProblem(file, 0, 0, "the parser returned no result"));
        }
        return new Parsed(null, problems);
    }

    private static JavaToken offendingToken(JavaToken lastGood) {
        JavaToken t = lastGood.getNextToken().orElse(null);
        while (t != null && t.getCategory().isWhitespaceOrComment()) {
            t = t.getNextToken().orElse(null);
        }
        return t == null || t.getRange().isEmpty() ? lastGood : t;
    }

    /** JavaParser lists every token it would have accepted; a few are enough to read. */
    static String shorten(String message) {
        int expected = message.indexOf("expected one of");
        if (expected < 0) {
            return message;
        }
        String head = message.substring(0, expected).strip();
        String[] options = message.substring(expected + "expected one of".length()).strip().split("\\s+");
        int shown = Math.min(6, options.length);
        StringBuilder sb = new StringBuilder(head).append(" expected one of ");
        sb.append(String.join(" ", Arrays.copyOf(options, shown)));
        if (options.length > shown) {
            sb.append(" ... (").append(options.length - shown).append(" more)");
        }
        return sb.toString();
    }

    private static String firstLine(String message) {
        String m = message == null ? "parse error" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
