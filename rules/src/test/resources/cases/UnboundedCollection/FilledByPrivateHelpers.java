import java.util.HashMap;
import java.util.Map;

// Private fill helpers reached only from the static initializer (directly or through each other) are initialization too.
class FilledByPrivateHelpers {
    private static final Map<String, String> MIME = new HashMap<>();

    static {
        fillText();
        fillImages();
    }

    private static void fillText() {
        MIME.put("txt", "text/plain");
        MIME.put("html", "text/html");
        fillMoreText();
    }

    private static void fillMoreText() {
        MIME.put("css", "text/css");
    }

    private static void fillImages() {
        register("png", "image/png");
        register("gif", "image/gif");
    }

    private static void register(String extension, String type) {
        MIME.put(extension, type);
    }

    static String type(String extension) {
        return MIME.getOrDefault(extension, "application/octet-stream");
    }
}
