package dev.refflow.rules.checks;

import dev.refflow.model.AbstractObject;
import dev.refflow.model.SizeEstimator;
import dev.refflow.rules.Traces;
import dev.refflow.model.JvmLayout;

/** Words for allocations in messages: {@code an ArrayList of ~1,000,000 Integer, about 19.9 MiB}. */
final class Describe {
    private Describe() {
    }

    static String allocation(AbstractObject o, SizeEstimator.Estimate e) {
        String size = (e.complete() ? "about " : "at least ") + JvmLayout.formatBytes(e.bytes());
        if (o.allocation() != null && o.allocation().isArray()) {
            String what = o.allocation().dimensions().size() == 1 && e.elements() >= 0
                    ? "a " + o.allocation().componentType() + "[" + Traces.formatCount(e.elements()) + "]"
                    : "a " + o.text().replaceFirst("^new\\s+", "");
            return what + " of " + size;
        }
        String count = e.elements() >= 0 ? " of ~" + Traces.formatCount(e.elements())
                + (e.elementType().isEmpty() ? " elements" : " " + e.elementType()) : "";
        return article(o.rawType()) + " " + o.rawType() + count + ", " + size;
    }

    static String article(String word) {
        return !word.isEmpty() && "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
    }
}
