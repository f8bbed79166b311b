// An on* registration: a lambda adding to an instance field is passed to a parameter's onMessage and never taken off.
// The socket is a parameter, and on* is a registration by its name alone: a note.
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

class OnVerbCapturingLambda {
    interface Socket {
        void onMessage(Consumer<String> handler);

        void offMessage(Consumer<String> handler);
    }

    private final List<String> received = new ArrayList<>();

    void connect(Socket socket) {
        // expect: ListenerNeverRemoved note
        socket.onMessage(message -> received.add(message));
    }
}
