// Positive (notes only): a singleton bean's collections are filled only while the container builds and starts it: in
// an @Autowired setter, in a runner the application calls once at start-up, and from a @Bean method's body. That is
// configuration-scale growth, a note at most; a soft-valued reference map lets entries go by itself and is silent.
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.util.ConcurrentReferenceHashMap;

@Service
class FilledWhileTheContainerStarts implements CommandLineRunner {
    interface Processor {
        String name();
    }

    // expect: UnboundedCollection note
    private final Map<String, Processor> processors = new HashMap<>();
    // expect: UnboundedCollection note
    private final Map<String, String> options = new HashMap<>();
    private final Map<String, StringBuilder> recent = new ConcurrentReferenceHashMap<>();

    @Autowired
    void setProcessors(List<Processor> all) {
        for (Processor p : all) {
            processors.put(p.name(), p);
        }
    }

    @Override
    public void run(String... args) {
        for (String a : args) {
            options.put(a, a.toUpperCase());
        }
    }

    void seen(String requestId) {
        recent.put(requestId, new StringBuilder(requestId));
    }
}

@Configuration
class ScannerConfig {
    @Bean
    Scanner scanner(List<String> topics) {
        Scanner s = new Scanner();
        for (String t : topics) {
            s.watch(t);
        }
        return s;
    }
}

class Scanner {
    // expect: UnboundedCollection note
    private final List<String> topics = new java.util.ArrayList<>();

    void watch(String topic) {
        topics.add(topic + System.nanoTime());
    }
}
