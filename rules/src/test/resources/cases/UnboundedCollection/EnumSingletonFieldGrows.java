import java.util.ArrayList;
import java.util.List;

// Positive: an enum singleton's list grows with every call; the constant lives as long as its class.
enum EnumSingletonFieldGrows {
    INSTANCE;

    // expect: UnboundedCollection warning
    private final List<String> history = new ArrayList<>();

    void remember(String line) {
        history.add(line.trim());
    }
}
