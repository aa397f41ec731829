package org.somaagent.sa01.maven;

import javax.inject.Named;
import javax.inject.Singleton;
import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.codehaus.plexus.component.configurator.BasicComponentConfigurator;
import org.codehaus.plexus.component.configurator.ComponentConfigurationException;
import org.codehaus.plexus.component.configurator.ConfigurationListener;
import org.codehaus.plexus.component.configurator.converters.basic.AbstractBasicConverter;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluator;
import org.codehaus.plexus.configuration.PlexusConfiguration;

/**
 * Maven's configurator with one more converter: text to {@link DsnParameter}. Without it plexus
 * fills such a bean through its {@code set} method and {@code -X} prints the raw value, password
 * and all ({@code (s)  = postgresql://user:secret@...}); with it the only line is the field's,
 * {@code (f) dsn = postgresql://user:****@...}. Registered in META-INF/sisu/javax.inject.Named.
 */
@Named("sa01")
@Singleton
public class Sa01Configurator extends BasicComponentConfigurator {

    private volatile boolean registered;

    @Override
    public void configureComponent(Object component, PlexusConfiguration configuration, ExpressionEvaluator evaluator,
                                   ClassRealm realm, ConfigurationListener listener) throws ComponentConfigurationException {
        synchronized (this) {
            if (!registered) {
                converterLookup.registerConverter(new DsnConverter());
                registered = true;
            }
        }
        super.configureComponent(component, configuration, evaluator, realm, listener);
    }

    static final class DsnConverter extends AbstractBasicConverter {
        @Override
        public boolean canConvert(Class<?> type) {
            return DsnParameter.class.equals(type);
        }

        @Override
        protected Object fromString(String value) {
            return DsnParameter.of(value);
        }
    }
}
