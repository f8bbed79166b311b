// Positive: the last clicked view (and through it its whole window) kept by a static.
class ViewKeptInStatic {
    interface View {
        View parent();
    }

    static View lastClicked;

    void onClick(View view) {
        // expect: StaticReferenceToInstance
        lastClicked = view;
    }
}
