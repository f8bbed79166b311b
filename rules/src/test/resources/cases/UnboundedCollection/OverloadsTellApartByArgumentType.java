import java.util.ArrayList;
import java.util.List;

// Two overloads share a name and a parameter count. The one that fills the list takes a Plugin and only start()
// calls it: configuration-scale, a note. The per-request calls pass a String, which only the other overload takes
// (an exact match is the one Java picks), so they are not a way into the growth.
class OverloadsTellApartByArgumentType {
    interface Plugin {
        String name();
    }

    // expect: UnboundedCollection note
    private static final List<Plugin> PLUGINS = new ArrayList<>();

    void start(List<Plugin> configured) {
        for (Plugin p : configured) {
            register(p, true);
        }
    }

    String handle(String pluginName) {
        return register(pluginName, false);
    }

    private static String register(Plugin plugin, boolean enabled) {
        if (enabled) {
            PLUGINS.add(plugin);
        }
        return plugin.name();
    }

    private static String register(String name, boolean enabled) {
        return enabled ? name.trim() : name;
    }
}
