// Positive (note): the subject was given to the owner, so it lives at least as long as the owner, perhaps longer:
// every refresh adds a listener that nothing removes.
import javax.swing.BoundedRangeModel;

class GivenSubjectIsANote {
    private final BoundedRangeModel model;

    GivenSubjectIsANote(BoundedRangeModel model) {
        this.model = model;
    }

    void refresh(String label) {
        // expect: ListenerAddedPerCall note
        model.addChangeListener(e -> System.out.println(label));
    }
}
