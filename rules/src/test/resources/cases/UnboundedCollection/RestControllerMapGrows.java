// Positive: a @RestController is a singleton: a map filled per request and never emptied grows for good.
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RestControllerMapGrows {
    // expect: UnboundedCollection warning
    private final Map<String, String> lastAnswer = new HashMap<>();

    String answer(String question) {
        String a = question.toUpperCase();
        lastAnswer.put(question, a);
        return a;
    }
}
