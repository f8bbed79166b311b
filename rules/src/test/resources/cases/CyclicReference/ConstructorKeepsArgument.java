// A constructor keeps its argument in a field, and the argument is then pointed back at: a field cycle, which is
// the data structure itself (owner and pet know each other). Returned or not, it is not a finding.
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
        o.pet = p;
        return o;
    }
}
