// Negative: an enum constant lives as long as its class; storing itself keeps nothing that would die.
enum EnumConstantKeepsItself {
    INSTANCE;

    static EnumConstantKeepsItself lastUsed;

    void use() {
        lastUsed = this;
    }
}
