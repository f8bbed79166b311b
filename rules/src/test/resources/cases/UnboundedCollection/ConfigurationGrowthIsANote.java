import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// Growth only in lifecycle start or configuration steps is configuration-scale: it holds what the configuration
// names, once (a note: a reload that does not clear it would grow it). The same growth from per-request code is a
// warning.
class ConfigurationGrowthIsANote {
    interface Route {
        String handle(String request);
    }

    // expect: UnboundedCollection note
    private static final Map<String, Route> ROUTES = new HashMap<>();
    // expect: UnboundedCollection note
    private static final List<String> MODULES = new ArrayList<>();
    // expect: UnboundedCollection warning
    private static final List<String> HISTORY = new ArrayList<>();

    void start(List<String> paths) {
        for (String path : paths) {
            ROUTES.put(path, request -> path + request);
        }
        loadModules(paths);
    }

    private void loadModules(List<String> names) {
        for (String name : names) {
            MODULES.add(name.trim());
        }
    }

    String handle(String path, String request) {
        HISTORY.add(request.trim());
        Route r = ROUTES.get(path);
        return r == null ? "" : r.handle(request);
    }
}
