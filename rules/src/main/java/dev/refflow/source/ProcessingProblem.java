package dev.refflow.source;

/**
 * A file RefFlow could not fully read or parse. The rest of the project is still analysed.
 *
 * @param file    the file
 * @param line    line of the problem, 0 when it concerns the whole file
 * @param column  column, 0 when unknown
 * @param message what went wrong, as the parser or decoder said it
 */
public record ProcessingProblem(SourceFile file, int line, int column, String message) implements java.io.Serializable {
}
