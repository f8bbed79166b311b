// Negative: a class whose one instance a static final field holds (nobody else can make one: its constructor is
// private) may keep itself elsewhere too.
final class HolderSingletonStoresItself {
    static final HolderSingletonStoresItself INSTANCE = new HolderSingletonStoresItself();
    static Object current;

    private HolderSingletonStoresItself() {
    }

    void activate() {
        current = this;
    }
}
