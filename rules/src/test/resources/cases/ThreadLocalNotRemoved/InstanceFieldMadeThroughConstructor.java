// Positive: Codec holds an instance ThreadLocal; each Session makes a Codec in its field initializer, and a Session
// is made per call, so a new ThreadLocal (and an entry in each thread's map) comes with every session.
class InstanceFieldMadeThroughConstructor {
    static final class Codec {
        // expect: ThreadLocalNotRemoved warning
        private final ThreadLocal<byte[]> buffer = ThreadLocal.withInitial(() -> new byte[8192]);

        int encode(String text) {
            byte[] b = buffer.get();
            return Math.min(b.length, text.length());
        }
    }

    static final class Session {
        private final Codec codec = new Codec();

        int send(String text) {
            return codec.encode(text);
        }
    }

    static int open(String text) {
        return new Session().send(text);
    }
}
