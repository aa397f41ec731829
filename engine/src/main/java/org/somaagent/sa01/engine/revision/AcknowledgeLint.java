package org.somaagent.sa01.engine.revision;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a revision class: this lint check's warning is known and accepted, and {@link #reason()}
 * says why (e.g. "the table is empty in every deployment"), for the reviewer who reads it later.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(AcknowledgeLint.List.class)
public @interface AcknowledgeLint {

    /** The check's id, as the warning prints it (e.g. {@code index-not-concurrently}). */
    String check();

    String reason();

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        AcknowledgeLint[] value();
    }
}
