// Positive (note): a static subject of a type the models do not know; the call is a registration only by its name.
import org.example.events.Emitter;

class RegistrationByNameOnlyIsANote {
    private static final Emitter EMITTER = new Emitter();

    void request(String id) {
        // expect: ListenerAddedPerCall note
        EMITTER.addDoneListener(event -> System.out.println(id + " done"));
    }
}
