package zoo;

// The constructor that keeps its argument is in another file: the project model knows that keeper and animal point
// at each other. A cycle through fields is the data structure itself, held by a static or not: no finding.
final class Zoo {
    static Keeper current;

    static void open() {
        Keeper k = new Keeper();
        Animal lion = new Animal(k);
        k.favourite = lion;
        current = k;
    }
}
