package app;

class Broken {
    void oops() {
        int x = ;
    }
}
