package dev.refflow.flow;

import dev.refflow.model.LibraryModels;
import dev.refflow.model.NameContext;

/**
 * Which modelled library type a type written in one file denotes: {@code List} with {@code import java.util.*} is
 * {@code java.util.List}; {@code Runtime} is {@code java.lang.Runtime}. A simple name the file imports explicitly,
 * or declares itself, is that type and nothing else; otherwise, as for a type of another file of the same package,
 * it may be guessed by simple name among the modelled types.
 */
final class ModelTypes {
    private final LibraryModels models;
    private final NameContext names;
    /** a body asks about the same few type texts again and again */
    private final java.util.Map<String, String> known = new java.util.HashMap<>();

    ModelTypes(LibraryModels models, NameContext names) {
        this.models = models;
        this.names = names;
    }

    /** The qualified model type, or empty when the models do not know it. */
    String of(String typeText) {
        if (typeText == null) {
            return "";
        }
        String type = known.get(typeText);
        if (type == null) {
            type = models.typeIn(names, typeText);
            known.put(typeText, type);
        }
        return type;
    }
}
