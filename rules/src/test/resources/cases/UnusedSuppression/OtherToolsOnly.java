import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.util.List;

// Suppressions for other tools are not RefFlow's to judge: no note, however stale they are.
class OtherToolsOnly {
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<String> names(List raw) {
        return raw;
    }

    @SuppressFBWarnings("EI_EXPOSE_REP")
    int[] array() {
        return new int[0];
    }
}
