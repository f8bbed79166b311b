// Negative: constructors are all private and the class stores itself in a static of its own type: a singleton.
final class PrivateConstructorSingleton {
    private static PrivateConstructorSingleton instance;

    private PrivateConstructorSingleton() {
        instance = this;
    }

    static synchronized PrivateConstructorSingleton get() {
        if (instance == null) {
            new PrivateConstructorSingleton();
        }
        return instance;
    }
}
