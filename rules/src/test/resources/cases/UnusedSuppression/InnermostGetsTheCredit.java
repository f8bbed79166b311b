// The method's own suppression silences its call; the class-wide one silences the other method's.
@SuppressWarnings("refflow:ExplicitGcCall")
class InnermostGetsTheCredit {
    @SuppressWarnings("refflow:ExplicitGcCall")
    void first() {
        // suppressed: ExplicitGcCall
        System.gc();
    }

    void second() {
        // suppressed: ExplicitGcCall
        System.gc();
    }
}
