package demo.core;

import java.util.ArrayList;
import java.util.List;

/** Plugins register here at start-up; the application clears the registry when it reloads. */
public final class Registry {
    public static final List<String> PLUGINS = new ArrayList<>();

    private Registry() {
    }

    public static void register(String plugin) {
        PLUGINS.add(plugin);
    }

    public static int size() {
        return PLUGINS.size();
    }
}
