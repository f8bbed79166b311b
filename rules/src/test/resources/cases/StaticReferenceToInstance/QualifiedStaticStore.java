// Positive (note: nothing shows many instances being made): the static is written with its class's name; it is the same root.
class QualifiedStaticStore {
    static Object active;
    private final int[] state = new int[1024];

    void activate() {
        // expect: StaticReferenceToInstance note
        QualifiedStaticStore.active = this;
    }
}
