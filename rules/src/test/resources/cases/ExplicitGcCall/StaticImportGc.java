import static java.lang.System.gc;

class StaticImportGc {
    void tidy() {
        // expect: ExplicitGcCall
        gc();
    }
}
