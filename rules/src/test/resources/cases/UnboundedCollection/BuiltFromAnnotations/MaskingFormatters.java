import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

// A framework builds one formatter per annotated field as it reads the program's metadata: the constructor is given
// the annotation, so the shared map it fills grows with the annotated fields, configuration-scale (a note). The
// same map filled per call from a request's data grows with the workload (a warning).
class MaskingFormatters {
    record Style(char with, int keep, Class<?> fieldType) {
    }

    // expect: UnboundedCollection note
    private static final Map<Style, String> PATTERNS = new ConcurrentHashMap<>();
    // expect: UnboundedCollection warning
    private static final Map<String, String> MASKED_VALUES = new ConcurrentHashMap<>();

    private final String pattern;

    MaskingFormatters(Masked annotation, Class<?> fieldType, int width) {
        this.pattern = patternFor(annotation.with(), width - annotation.keep(), fieldType);
    }

    private static String patternFor(char with, int hidden, Class<?> fieldType) {
        Style style = new Style(with, hidden, fieldType);
        return PATTERNS.computeIfAbsent(style, s -> String.valueOf(s.with()).repeat(Math.max(0, s.keep())));
    }

    String format(String value) {
        return MASKED_VALUES.computeIfAbsent(value, v -> pattern + v.substring(Math.max(0, v.length() - 4)));
    }
}
