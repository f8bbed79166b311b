package com.example.modern;

import java.util.ArrayList;
import java.util.List;

/** Sealed types, records, record patterns and pattern-matching switches (Java 21). */
public final class Shapes {
    public sealed interface Shape permits Circle, Square, Group {
    }

    public record Circle(double radius) implements Shape {
    }

    public record Square(double side) implements Shape {
        public Square {
            if (side < 0) {
                throw new IllegalArgumentException("negative side");
            }
        }
    }

    public record Group(List<Shape> members) implements Shape {
    }

    private Shapes() {
    }

    public static double area(Shape shape) {
        return switch (shape) {
            case Circle c -> Math.PI * c.radius() * c.radius();
            case Square(double side) when side == 0 -> 0;
            case Square s -> s.side() * s.side();
            case Group(var members) -> members.stream().mapToDouble(Shapes::area).sum();
        };
    }

    public static String describe(Object o) {
        if (o instanceof Circle(double r) && r > 1) {
            return "big circle";
        }
        return o instanceof Shape s ? s.getClass().getSimpleName() : "not a shape";
    }

    /** The one deliberate finding: a grid of a million squares handed to the caller. */
    public static List<Shape> grid() {
        var squares = new ArrayList<Shape>();
        for (int i = 0; i < 1_000_000; i++) {
            squares.add(new Square(1));
        }
        return squares;
    }
}
