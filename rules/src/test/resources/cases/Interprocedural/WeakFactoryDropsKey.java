import java.util.Map;
import java.util.WeakHashMap;

// Negative: the factory reads its argument for a name and keeps only the name.
class WeakFactoryDropsKey {
    static final class Widget {
        String name() {
            return "w";
        }
    }

    static final class Label {
        private final String text;

        private Label(String text) {
            this.text = text;
        }

        static Label of(Widget w) {
            return new Label(w.name());
        }
    }

    private final Map<Widget, Label> labels = new WeakHashMap<>();

    void attach(Widget w) {
        labels.put(w, Label.of(w));
    }
}
