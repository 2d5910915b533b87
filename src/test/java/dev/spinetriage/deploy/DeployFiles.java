package dev.spinetriage.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The files that run the service beyond one machine, read as their tools read them. */
final class DeployFiles {

    static final Path KUBERNETES = Path.of("deploy", "kubernetes");
    static final Path DOCKERFILE = Path.of("src", "main", "docker", "Dockerfile.jvm");
    static final Path COMPOSE = Path.of("docker-compose.yml");

    /** The kinds with a fabric8 model class; any other (the CloudNativePG Cluster, Kustomization) is generic. */
    private static final Map<String, Class<? extends HasMetadata>> MODELS = Map.of(
            "apps/v1/Deployment", Deployment.class,
            "v1/Service", Service.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);

    private static final YAMLMapper YAML = new YAMLMapper();

    private DeployFiles() {
    }

    /** Every manifest of deploy/kubernetes by file name, one resource per file. */
    static Map<String, HasMetadata> manifests() {
        Map<String, HasMetadata> manifests = new TreeMap<>();
        try (Stream<Path> files = Files.list(KUBERNETES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                JsonNode tree = YAML.readTree(file.toFile());
                String kind = tree.path("apiVersion").asText() + "/" + tree.path("kind").asText();
                Class<? extends HasMetadata> model = MODELS.getOrDefault(kind, GenericKubernetesResource.class);
                manifests.put(file.getFileName().toString(), YAML.treeToValue(tree, model));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return manifests;
    }

    static <T extends HasMetadata> T only(Class<T> type) {
        List<T> found = manifests().values().stream().filter(type::isInstance).map(type::cast).toList();
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + type.getSimpleName() + " in " + KUBERNETES + ", found "
                    + found.size());
        }
        return found.get(0);
    }

    static GenericKubernetesResource generic(String kind) {
        return manifests().values().stream().filter(m -> m instanceof GenericKubernetesResource && m.getKind()
                .equals(kind)).map(GenericKubernetesResource.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " in " + KUBERNETES));
    }

    static JsonNode compose() {
        try {
            return YAML.readTree(COMPOSE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String dockerfile() {
        try {
            return Files.readString(DOCKERFILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The argument of a Dockerfile instruction's last occurrence (continuation lines joined). */
    static Optional<String> instruction(String name) {
        Matcher m = Pattern.compile("^" + name + "\\s+(.*)$", Pattern.MULTILINE)
                .matcher(dockerfile().replace("\\\n", " "));
        String last = null;
        while (m.find()) {
            last = m.group(1).strip();
        }
        return Optional.ofNullable(last);
    }

    /** The names the Dockerfile's ENV instructions set. */
    static List<String> dockerfileEnvironment() {
        Matcher m = Pattern.compile("^ENV\\s+([A-Za-z_][A-Za-z0-9_]*)=", Pattern.MULTILINE).matcher(dockerfile());
        return m.results().map(r -> r.group(1)).toList();
    }
}
