import java.util.ArrayList;
import java.util.List;

/** </script><img src=x onerror=alert(1)> in a Javadoc */
class Payload {
    static final String TAG = "</script><img src=x onerror=alert(1)>";

    List<String> build() {
        List<String> list = new ArrayList<>(); // </script><img src=x onerror=alert(1)>
        for (int i = 0; i < 1_000_000; i++) {
            list.add("</script><img src=x onerror=alert(1)>" + i);
        }
        return list; /* <b onmouseover="alert(2)">&amp;</b> */
    }
}
