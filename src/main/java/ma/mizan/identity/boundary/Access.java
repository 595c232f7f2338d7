package ma.mizan.identity.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import ma.mizan.identity.entity.Role;

/**
 * Who may call a REST operation. Every operation must carry one (on the method or its class):
 * an operation without it is refused to everyone ({@link AccessFilter}, deny by default).
 * Record-level rules (an organization's own records, an auditor's window) are checked further in.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Access {

    /** The roles allowed; empty with {@code anonymous = true} means everyone. */
    Role[] value() default {};

    /** Open to anonymous callers (the public self-check, legal texts, the register). */
    boolean anonymous() default false;
}
