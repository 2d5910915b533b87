package dev.spinetriage.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The environment variables the application reads: every Quarkus setting of the extensions it is built with (each
 * extension's jar describes its settings, with their environment variable names, in
 * META-INF/quarkus-config-doc/quarkus-config-model.json), and every setting of application.properties in its
 * environment form (spinetriage.cds.public-base-url is SPINETRIAGE_CDS_PUBLIC_BASE_URL).
 */
final class KnownSettings {

    private static final String QUARKUS_MODEL = "META-INF/quarkus-config-doc/quarkus-config-model.json";

    private KnownSettings() {
    }

    static Set<String> environmentVariables() {
        Set<String> names = new TreeSet<>(quarkusEnvironmentVariables());
        applicationProperties().forEach(key -> names.add(environmentForm(key)));
        return names;
    }

    /** What SmallRye Config looks up in the environment for a property: upper case, other characters as _. */
    static String environmentForm(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    static Set<String> quarkusEnvironmentVariables() {
        Set<String> names = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (URL model : Collections.list(KnownSettings.class.getClassLoader().getResources(QUARKUS_MODEL))) {
                try (InputStream in = model.openStream()) {
                    json.readTree(in).findValues("environmentVariable").stream().map(JsonNode::asText)
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The keys of application.properties, without a %profile. prefix. */
    static Set<String> applicationProperties() {
        Set<String> keys = new TreeSet<>();
        properties().stringPropertyNames().forEach(key -> keys.add(key.replaceFirst("^%[^.]+\\.", "")));
        return keys;
    }

    /** A setting as application.properties gives it outside any profile: what a production start reads. */
    static String productionValue(String key) {
        String value = properties().getProperty(key);
        if (value == null) {
            throw new AssertionError(key + " is not in application.properties");
        }
        return value;
    }

    private static Properties properties() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
