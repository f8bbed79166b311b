// Negative: static code stores an object it makes: a lazily created shared instance, not an instance publishing itself.
class StaticCodeStoresNewObject {
    private static StaticCodeStoresNewObject shared;

    static StaticCodeStoresNewObject shared() {
        if (shared == null) {
            shared = new StaticCodeStoresNewObject();
        }
        return shared;
    }
}
