package app;

public interface Shape {
    double area();
}
