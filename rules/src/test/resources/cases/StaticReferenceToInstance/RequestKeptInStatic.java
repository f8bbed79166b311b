import javax.servlet.http.HttpServletRequest;

// Positive: the last request, with its parameters and attributes, stays reachable after it has been answered.
class RequestKeptInStatic {
    static HttpServletRequest lastRequest;

    void handle(HttpServletRequest request) {
        // expect: StaticReferenceToInstance
        lastRequest = request;
    }
}
