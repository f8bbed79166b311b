// Positive (note: nothing shows many instances being made): instance code stores this in a static of another (nested) class, written with that class's name.
class StoreIntoAnotherClassStatic {
    static final class Registry {
        static Object active;
    }

    private final int[] state = new int[1024];

    void activate() {
        // expect: StaticReferenceToInstance note
        Registry.active = this;
    }
}
