import java.util.ArrayList;
import java.util.List;

// A node kept in a list that the node points back at: the cycle runs through a field, so it is a field cycle, part
// of the data structure, and not a finding.
class ContainerAndFieldMixed {
    static final class Node {
        List<Node> siblings;
    }

    Node build() {
        Node n = new Node();
        List<Node> all = new ArrayList<>();
        all.add(n);
        n.siblings = all;
        return n;
    }
}
