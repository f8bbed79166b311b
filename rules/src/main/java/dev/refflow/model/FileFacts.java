package dev.refflow.model;

import dev.refflow.source.ProcessingProblem;
import dev.refflow.source.SourceFile;

import java.util.List;
import java.util.Map;

/**
 * Everything the analysis keeps of one source file once its AST is dropped: its types, its
 * {@code static final} constants (still symbolic), and the reference-flow model of every body.
 *
 * @param file        the file
 * @param packageName its package
 * @param names       how the file's simple names resolve: its package, imports and types
 * @param lines       number of lines
 * @param types       declared types, including nested, local and anonymous ones
 * @param constants   fully qualified constant name to its defining expression
 * @param methods     one flow model per body
 * @param problems    processing problems (parse errors, bad encoding)
 * @param parsed      false when the file could not be parsed at all
 * @param suppressions the suppression annotations in the file
 */
public record FileFacts(SourceFile file, String packageName, NameContext names, int lines, List<TypeFacts> types,
                        Map<String, SizeExpr> constants, List<MethodFlow> methods, List<ProcessingProblem> problems,
                        boolean parsed, List<Suppression> suppressions) implements java.io.Serializable {
    public FileFacts {
        types = List.copyOf(types);
        constants = Map.copyOf(constants);
        methods = List.copyOf(methods);
        problems = List.copyOf(problems);
        suppressions = List.copyOf(suppressions);
    }

    public static FileFacts unparsed(SourceFile file, int lines, List<ProcessingProblem> problems) {
        return new FileFacts(file, "", NameContext.empty(), lines, List.of(), Map.of(), List.of(), problems, false,
                List.of());
    }
}
