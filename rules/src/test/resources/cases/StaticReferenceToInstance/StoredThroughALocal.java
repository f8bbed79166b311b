// Positive (note: nothing shows many instances being made): this reaches the static through a local alias.
class StoredThroughALocal {
    static Object last;

    void remember() {
        Object me = this;
        // expect: StaticReferenceToInstance note
        last = me;
    }
}
