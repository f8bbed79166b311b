import java.util.ArrayList;
import java.util.List;

class StoredInField {
    private List<Object> tree;

    void build() {
        List<Object> root = new ArrayList<>();
        List<Object> child = new ArrayList<>();
        this.tree = root;
        root.add(child);
        // expect: CyclicReference warning
        child.add(root);
    }
}
