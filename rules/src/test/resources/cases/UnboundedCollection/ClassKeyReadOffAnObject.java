// Positive (notes): keys are classes read off a project object's field (declared Class<? extends Annotation>) and a
// wildcard Class parameter: as many as the classes loaded, each pinning its loader: notes, not workload warnings.
// The near miss beside them, a String field read the same way, is workload: a warning.
import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

class ClassKeyReadOffAnObject {
    static final class Handler {
        final Class<? extends Annotation> annotationType;
        final String path;

        Handler(Class<? extends Annotation> annotationType, String path) {
            this.annotationType = annotationType;
            this.path = path;
        }
    }

    // expect: UnboundedCollection note
    private static final Map<Class<? extends Annotation>, Handler> BY_TYPE = new HashMap<>();
    // expect: UnboundedCollection warning
    private static final Map<String, Handler> BY_PATH = new HashMap<>();
    // expect: UnboundedCollection note
    private static final Map<Class<?>, String> NAMES = new ConcurrentHashMap<>();

    static void refresh(List<Handler> handlers) {
        for (Handler h : handlers) {
            BY_TYPE.put(h.annotationType, h);
            BY_PATH.put(h.path, h);
        }
    }

    static String name(Class<? extends Number> type) {
        return NAMES.computeIfAbsent(type, t -> t.getSimpleName() + System.nanoTime());
    }
}
