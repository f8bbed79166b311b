package dev.refflow.rules;

import dev.refflow.model.Suppression;

/** A finding that a suppression annotation around it silenced; reports list it with the justification. */
public record SuppressedFinding(Finding finding, Suppression by) implements java.io.Serializable {
    public SuppressedFinding withFile(dev.refflow.source.SourceFile file) {
        return new SuppressedFinding(finding.withFile(file), by);
    }
}
