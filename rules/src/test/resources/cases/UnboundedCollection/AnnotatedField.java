import java.util.ArrayList;
import java.util.List;

// The finding sits on the line with the field's name, also when an annotation precedes the declaration.
class AnnotatedField {
    @Deprecated
    // expect: UnboundedCollection
    static final List<String> TASKS = new ArrayList<>();

    static void later(String task) {
        TASKS.add(task);
    }

    static int pending() {
        return TASKS.size();
    }
}
