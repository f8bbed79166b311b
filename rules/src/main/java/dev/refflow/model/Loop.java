package dev.refflow.model;


/**
 * A loop, or something that repeats a body like one (a stream's {@code forEach}, a collector).
 *
 * @param id         index in {@link MethodFlow#loops()}
 * @param tripCount  how many times the body runs, {@link SizeExpr#UNKNOWN} when the model cannot tell
 * @param indexVar   the counted index variable, empty when none
 * @param low        first value of the index (inclusive), for counted loops
 * @param high       bound of the index (exclusive), for counted loops
 * @param line       first line of the loop
 * @param endLine    last line of the loop
 * @param text       the loop header, for traces
 * @param branch     the branch id under which its body runs (see {@link PathCondition}), or -1
 */
public record Loop(int id, SizeExpr tripCount, String indexVar, SizeExpr low, SizeExpr high, int line, int endLine,
                   String text, int branch) implements java.io.Serializable {
}
