package dev.refflow.flow;

/**
 * A field declared in the project's source.
 *
 * @param owner    fully qualified name of the declaring type
 * @param name     field name
 * @param type     declared type as written
 * @param isStatic static (interface fields are)
 * @param isFinal  final (interface fields are)
 * @param line     line of the declaration
 * @param column   column of the variable name
 */
public record FieldInfo(String owner, String name, String type, boolean isStatic, boolean isFinal, int line,
                        int column) {
}
