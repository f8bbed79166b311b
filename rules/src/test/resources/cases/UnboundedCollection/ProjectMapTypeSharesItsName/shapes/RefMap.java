package shapes;

// Another package's class of the same simple name: the file that uses cache.RefMap means that one.
public class RefMap {
}
