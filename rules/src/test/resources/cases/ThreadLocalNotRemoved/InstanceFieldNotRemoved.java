// Positive: an instance (non-static) ThreadLocal field holds the request of each call and is never removed.
class InstanceFieldNotRemoved {
    static final class Request {
        final String id;

        Request(String id) {
            this.id = id;
        }
    }

    // expect: ThreadLocalNotRemoved warning
    private final ThreadLocal<Request> currentRequest = new ThreadLocal<>();

    void begin(Request request) {
        currentRequest.set(request);
    }

    String requestId() {
        return currentRequest.get().id;
    }
}
