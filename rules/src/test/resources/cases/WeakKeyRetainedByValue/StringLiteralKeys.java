// Negative: a WeakHashMap keyed by string literals; the constant keys are never collected, so values naming them pin nothing.
import java.util.Map;
import java.util.WeakHashMap;

class StringLiteralKeys {
    static final class Setting {
        final String name;
        final String value;

        Setting(String name, String value) {
            this.name = name;
            this.value = value;
        }
    }

    private static final Map<String, Setting> DEFAULTS = new WeakHashMap<>();

    static void loadDefaults() {
        DEFAULTS.put("timeout", new Setting("timeout", "30s"));
        DEFAULTS.put("retries", new Setting("retries", "3"));
    }

    static Setting get(String name) {
        return DEFAULTS.get(name);
    }
}
