package org.somaagent.sa01.schema.baseline;

import org.somaagent.sa01.engine.model.FunctionDef;

/** The body both legacy trigger functions share: stamp {@code updated_at} on every UPDATE. */
final class TouchUpdatedAt {

    private TouchUpdatedAt() {}

    static FunctionDef function(String name) {
        return new FunctionDef(name, """

                BEGIN
                    NEW.updated_at = NOW();
                    RETURN NEW;
                END;
                """);
    }
}
