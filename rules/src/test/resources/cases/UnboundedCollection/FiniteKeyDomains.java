import java.nio.charset.Charset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

// Maps and sets whose keys can take only a finite set of values, whatever the workload: they stop growing once
// every value has been seen. None is a finding.
class FiniteKeyDomains {
    enum Format { JSON, XML, CSV }

    record Style(Format format, boolean pretty) {
    }

    static final String DEFAULT = "default";

    private static final Map<Format, String> BY_FORMAT = new HashMap<>();
    private static final Map<Boolean, String> BY_FLAG = new ConcurrentHashMap<>();
    private static final Map<TimeUnit, Long> BY_UNIT = new ConcurrentHashMap<>();
    private static final Map<Charset, byte[]> BOM = new ConcurrentHashMap<>();
    private static final Map<String, Object> BY_CONSTANT = new HashMap<>();
    private static final Set<String> WARNED = new HashSet<>();
    private static final Map<String, Charset> CHARSETS = new ConcurrentHashMap<>();
    private static final Map<String, Format> FORMATS = new ConcurrentHashMap<>();
    private static final Map<Style, String> BY_STYLE = new ConcurrentHashMap<>();

    static String describe(Format format) {
        return BY_FORMAT.computeIfAbsent(format, f -> f.name().toLowerCase());
    }

    static String flag(boolean on) {
        return BY_FLAG.computeIfAbsent(on, b -> b ? "yes" : "no");
    }

    static long nanos(TimeUnit unit) {
        return BY_UNIT.computeIfAbsent(unit, u -> u.toNanos(1));
    }

    static byte[] bom(Charset charset) {
        return BOM.computeIfAbsent(charset, c -> "\uFEFF".getBytes(c));
    }

    static void defaults(Object value) {
        BY_CONSTANT.put(DEFAULT, value);
        BY_CONSTANT.put("fallback", value);
        BY_CONSTANT.put(FiniteKeyDomains.class.getName() + ".any", value);
    }

    static void warnOnce(Object value) {
        if (WARNED.add("deprecated-api")) {
            System.err.println("deprecated: " + value);
        }
    }

    // Charset.forName throws for a name that does not exist: only valid names get in
    static Charset charset(String name) {
        Charset found = Charset.forName(name);
        CHARSETS.put(name, found);
        return found;
    }

    // an enum's valueOf throws for anything that is not a constant's name
    static Format format(String name) {
        Format f = Format.valueOf(name);
        FORMATS.put(name, f);
        return f;
    }

    static String style(Format format, boolean pretty) {
        return BY_STYLE.computeIfAbsent(new Style(format, pretty), s -> s.format() + (s.pretty() ? "+" : ""));
    }

    static EnumMap<Format, String> all() {
        return new EnumMap<>(Format.class);
    }
}
