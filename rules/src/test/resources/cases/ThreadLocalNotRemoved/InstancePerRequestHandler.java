// Positive: RequestHandler is made for every request (new in Server.serve), and each instance makes its own
// ThreadLocal cache: every pool thread keeps one map entry per handler until the stale entries happen to be expunged.
import java.text.SimpleDateFormat;
import java.util.Date;

class InstancePerRequestHandler {
    static final class RequestHandler {
        // expect: ThreadLocalNotRemoved warning
        private final ThreadLocal<SimpleDateFormat> format = ThreadLocal.withInitial(() -> new SimpleDateFormat("yyyy-MM-dd"));
        private final String path;

        RequestHandler(String path) {
            this.path = path;
        }

        String handle(Date when) {
            return path + " " + format.get().format(when);
        }
    }

    static final class Server {
        String serve(String path) {
            return new RequestHandler(path).handle(new Date());
        }
    }
}
