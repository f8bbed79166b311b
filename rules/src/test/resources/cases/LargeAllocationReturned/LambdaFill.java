import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

class LambdaFill {
    List<Integer> fill() {
        List<Integer> list = new ArrayList<>();
        IntStream.range(0, 1_000_000).forEach(i -> list.add(i));
        // expect: LargeAllocationReturned
        return list;
    }
}
