package dev.refflow.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;

import java.util.ArrayList;
import java.util.List;

/**
 * One parser per worker thread ({@link JavaParser} is not thread-safe; {@code StaticJavaParser} shares
 * global state). Configured for analysis only: no lexical preservation, no comment attribution.
 */
public final class JavaSourceParser {
    private final JavaParser parser;

    public JavaSourceParser(ParserConfiguration.LanguageLevel level) {
        ParserConfiguration config = new ParserConfiguration()
                .setLanguageLevel(level)
                .setAttributeComments(false)
                .setLexicalPreservationEnabled(false)
                .setStoreTokens(true);
        this.parser = new JavaParser(config);
    }

    /** Result of parsing one file: the unit when it parsed, and the problems. */
    public record Parsed(CompilationUnit unit, List<ProcessingProblem> problems) {
        public boolean ok() {
            return unit != null && problems.isEmpty();
        }
    }

    public Parsed parse(SourceFile file, String text) {
        ParseResult<CompilationUnit> result = parser.parse(text);
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
        CompilationUnit unit = result.getResult().orElse(null);
        return new Parsed(problems.isEmpty() ? unit : null, problems);
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
        sb.append(String.join(" ", java.util.Arrays.copyOf(options, shown)));
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
