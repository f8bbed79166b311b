package dev.refflow.source;

import com.github.javaparser.JavaParser;
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
                var range = p.getLocation().get().getBegin().getRange();
                if (range.isPresent()) {
                    line = range.get().begin.line;
                    column = range.get().begin.column;
                }
            }
            problems.add(new ProcessingProblem(file, line, column, firstLine(p.getMessage())));
        }
        CompilationUnit unit = result.getResult().orElse(null);
        return new Parsed(problems.isEmpty() ? unit : null, problems);
    }

    private static String firstLine(String message) {
        String m = message == null ? "parse error" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
