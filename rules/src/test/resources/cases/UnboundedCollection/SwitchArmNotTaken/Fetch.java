import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

// How a mapped association is fetched; the program's code chooses it with an annotation.
enum FetchMode {
    JOINED, BATCHED
}

@Retention(RetentionPolicy.RUNTIME)
@interface Fetch {
    FetchMode value() default FetchMode.JOINED;

    int batch() default 16;
}
