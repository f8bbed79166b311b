package zoo;

public final class Keeper {
    Animal favourite;

    public void favour(Animal a) {
        this.favourite = a;
    }
}
