// A constructor keeps its argument in a field, and the argument is then pointed back at: a field cycle.
class ConstructorKeepsArgument {
    static final class Owner {
        Pet pet;
    }

    static final class Pet {
        private final Owner owner;

        Pet(Owner owner) {
            this.owner = owner;
        }
    }

    Owner adopt() {
        Owner o = new Owner();
        Pet p = new Pet(o);
        // expect: CyclicReference note
        o.pet = p;
        return o;
    }
}
