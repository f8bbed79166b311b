import java.util.HashMap;
import java.util.Map;

// Near miss: the growth is in a switch arm too, but a per-request method passes the very constant that takes that
// arm, with the request's own key: workload growth, a warning.
class Renderers {
    // expect: UnboundedCollection warning
    private static final Map<String, StringBuilder> RENDERED = new HashMap<>();

    static StringBuilder render(Mode mode, String reportId) {
        switch (mode) {
            case TEXT:
                return new StringBuilder(reportId);
            case CACHED:
                return RENDERED.computeIfAbsent(reportId, StringBuilder::new);
            default:
                return null;
        }
    }

    StringBuilder handle(String requestedReport) {
        return render(Mode.CACHED, requestedReport);
    }

    StringBuilder preview(String name) {
        return render(Mode.TEXT, name);
    }
}
