import javax.servlet.http.HttpServletRequest;

// Negative: the request is kept in an instance field of a per-request object, not in a static.
class InstanceFieldKeepsRequest {
    private HttpServletRequest request;

    void handle(HttpServletRequest r) {
        this.request = r;
    }

    String path() {
        return request.getRequestURI();
    }
}
