import java.util.ArrayList;
import java.util.List;

class NestedLoops {
    static final int ROWS = 1000;

    List<int[]> rows() {
        List<int[]> rows = new ArrayList<>();
        for (int r = 0; r < ROWS; r++) {
            int[] row = new int[1000];
            rows.add(row);
        }
        // expect: LargeAllocationReturned
        return rows;
    }

    List<Integer> grid() {
        List<Integer> cells = new ArrayList<>();
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < ROWS; c++) {
                cells.add(r * ROWS + c);
            }
        }
        // expect: LargeAllocationReturned
        return cells;
    }
}
