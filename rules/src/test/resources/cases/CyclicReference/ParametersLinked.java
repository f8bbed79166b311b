import java.util.List;

class ParametersLinked {
    // the lists were not created here: whether this makes a cycle is the caller's business
    void link(List<Object> a, List<Object> b) {
        a.add(b);
        b.add(a);
    }
}
