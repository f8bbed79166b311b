// Negative: a class whose one instance a static final field holds may keep itself elsewhere too.
final class HolderSingletonStoresItself {
    static final HolderSingletonStoresItself INSTANCE = new HolderSingletonStoresItself();
    static Object current;

    void activate() {
        current = this;
    }
}
