import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

class StreamCollected {
    List<Integer> ids() {
        // expect: LargeAllocationReturned
        return IntStream.range(0, 1_000_000).boxed().collect(Collectors.toList());
    }

    List<String> names() {
        List<String> names = IntStream.range(0, 500_000).mapToObj(i -> "name-" + i).toList();
        // expect: LargeAllocationReturned
        return names;
    }
}
