// Positive (note: nothing shows many instances being made): a shared INSTANCE field does not make a singleton when anybody may call the constructor: each new
// instance that activates itself replaces the last in the static, which keeps it alive.
class PublicConstructorIsNoSingleton {
    static final PublicConstructorIsNoSingleton INSTANCE = new PublicConstructorIsNoSingleton();
    static Object current;
    private final byte[] state = new byte[4096];

    void activate() {
        // expect: StaticReferenceToInstance note
        current = this;
    }
}
