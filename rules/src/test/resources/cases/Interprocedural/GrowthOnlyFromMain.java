import java.util.ArrayList;
import java.util.List;

// Negative: the list grows in a helper only main calls: once per run, at start-up.
class GrowthOnlyFromMain {
    static final List<String> ARGS = new ArrayList<>();

    public static void main(String[] args) {
        remember(args);
    }

    private static void remember(String[] args) {
        for (String a : args) {
            ARGS.add(a);
        }
    }
}
