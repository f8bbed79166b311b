// Negative: a configuration object has no lifecycle that ends before the program's.
class ConfigurationKeptInStatic {
    static final class Settings {
        int timeoutSeconds = 30;
    }

    static Settings settings;

    void load(Settings loaded) {
        settings = loaded;
    }
}
