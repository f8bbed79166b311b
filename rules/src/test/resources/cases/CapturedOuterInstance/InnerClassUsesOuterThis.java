// An inner class whose only use of the outer object is `InnerClassUsesOuterThis.this` still captures it.
class InnerClassUsesOuterThis {
    static Handle lastHandle;

    class Handle {
        Object owner() {
            return InnerClassUsesOuterThis.this;
        }
    }

    void open() {
        // expect: CapturedOuterInstance
        lastHandle = new Handle();
    }
}
