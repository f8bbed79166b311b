// The listener is a capturing lambda kept in a field; it is added to a parameter but no method ever removes it.
// The bus is a parameter: how long it lives is the caller's business, so a note.
import java.util.ArrayList;
import java.util.List;

class FieldHeldLambdaNeverRemoved {
    interface Listener {
        void onEvent(String event);
    }

    interface Bus {
        void addListener(Listener listener);

        void removeListener(Listener listener);
    }

    private final List<String> entries = new ArrayList<>();
    private final Listener listener = event -> record(event);

    void start(Bus bus) {
        // expect: ListenerNeverRemoved note
        bus.addListener(listener);
    }

    private void record(String event) {
        entries.add(event);
    }
}
