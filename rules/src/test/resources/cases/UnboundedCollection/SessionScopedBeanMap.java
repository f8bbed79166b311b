// Negative: a session-scoped component lives as long as the user's session: its map dies with it.
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.SessionScope;

@Component
@SessionScope
class SessionScopedBeanMap {
    private final Map<String, String> answers = new HashMap<>();

    void remember(String question, String answer) {
        answers.put(question, answer + System.nanoTime());
    }
}
