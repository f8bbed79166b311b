import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// An annotation the program puts on its own fields: how many places use it is fixed by the code.
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface Masked {
    char with() default '*';

    int keep() default 4;
}
