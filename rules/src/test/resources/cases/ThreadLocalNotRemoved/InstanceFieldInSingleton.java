// Negative: an instance ThreadLocal in a singleton (private constructor, held by its own static final field): one
// instance, so one ThreadLocal, made once.
final class InstanceFieldInSingleton {
    static final class Buffer {
        final char[] chars = new char[4096];
    }

    static final InstanceFieldInSingleton INSTANCE = new InstanceFieldInSingleton();

    private final ThreadLocal<Buffer> buffer = ThreadLocal.withInitial(Buffer::new);

    private InstanceFieldInSingleton() {
    }

    int capacity() {
        return buffer.get().chars.length;
    }
}
