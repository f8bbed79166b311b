import java.util.ArrayList;
import java.util.List;

/** Hands itself to each part it builds so the part can resolve what it needs; no part keeps it. */
class Context {
    private final List<Part> parts = new ArrayList<>();

    Part build(Part part) {
        part.resolve(this);
        parts.add(part);
        return part;
    }

    String locale() {
        return "en";
    }
}
