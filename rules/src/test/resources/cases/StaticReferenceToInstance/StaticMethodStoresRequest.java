import javax.servlet.http.HttpServletRequest;

// Negative: a static method stores a request, then clears it when the request is done.
class StaticMethodStoresRequest {
    private static HttpServletRequest inFlight;

    static void handle(HttpServletRequest request, Runnable work) {
        inFlight = request;
        try {
            work.run();
        } finally {
            inFlight = null;
        }
    }
}
