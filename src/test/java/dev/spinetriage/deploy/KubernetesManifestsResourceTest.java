package dev.spinetriage.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * deploy/kubernetes/, parsed with the fabric8 Kubernetes model (the CloudNativePG Cluster as a generic resource),
 * agrees with the application: the probes ask for what it serves, the port is the one it listens on, every
 * environment variable is a setting it reads, and the database credentials come from the cluster's own Secret.
 */
@QuarkusTest
class KubernetesManifestsResourceTest {

    @Test
    void everyManifestParsesAndTheKustomizationAppliesThemAll() {
        Map<String, HasMetadata> manifests = DeployFiles.manifests();
        List<?> listed = (List<?>) DeployFiles.generic("Kustomization").getAdditionalProperties().get("resources");

        Set<String> resources = manifests.keySet().stream().filter(f -> !f.equals("kustomization.yaml"))
                .collect(Collectors.toSet());
        assertEquals(resources, Set.copyOf(listed), "kustomization.yaml must list every manifest");
        resources.forEach(file -> assertNotNull(manifests.get(file).getMetadata().getName(), file + " has no name"));
    }

    @Test
    void theProbesAskForWhatTheApplicationServesOnThePortItListensOn() {
        Container app = container();
        ContainerPort http = app.getPorts().get(0);
        int port = Integer.parseInt(KnownSettings.productionValue("quarkus.http.port"));

        assertEquals(port, http.getContainerPort());
        assertEquals("/q/health/started", probePath(app.getStartupProbe(), http));
        assertEquals("/q/health/ready", probePath(app.getReadinessProbe(), http));
        assertEquals("/q/health/live", probePath(app.getLivenessProbe(), http));
        for (Probe probe : List.of(app.getStartupProbe(), app.getReadinessProbe(), app.getLivenessProbe())) {
            given().when().get(probe.getHttpGet().getPath()).then().statusCode(200);
        }
    }

    @Test
    void everyEnvironmentVariableIsASettingTheApplicationReads() {
        Set<String> known = KnownSettings.environmentVariables();
        List<String> names = container().getEnv().stream().map(EnvVar::getName).toList();

        assertTrue(names.contains("QUARKUS_DATASOURCE_JDBC_URL"), names.toString());
        names.forEach(name -> assertTrue(known.contains(name), name + " is no setting the application reads"));
        assertEquals("true", env("QUARKUS_LOG_CONSOLE_JSON").getValue(), "logs must be JSON in the cluster");
    }

    @Test
    void theDatabaseIsTheCloudNativePgClusterWithItsOwnCredentialsSecret() {
        GenericKubernetesResource cluster = DeployFiles.generic("Cluster");
        String name = cluster.getMetadata().getName();
        Map<String, Object> spec = cluster.get("spec");
        Map<String, Object> initdb = cluster.get("spec", "bootstrap", "initdb");

        assertEquals("postgresql.cnpg.io/v1", cluster.getApiVersion());
        assertEquals(3, spec.get("instances"));
        assertEquals("jdbc:postgresql://" + name + "-rw:5432/" + initdb.get("database"),
                env("QUARKUS_DATASOURCE_JDBC_URL").getValue(), "the primary's service and the cluster's database");
        for (String credential : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            var secret = env(credential).getValueFrom().getSecretKeyRef();
            assertEquals(name + "-app", secret.getName(), credential + ": the Secret the operator creates");
        }
    }

    @Test
    void replicasRunAsTheImagesUserOnAReadOnlyRootWithEmptyDirsWhereTheyWrite() {
        Deployment deployment = DeployFiles.only(Deployment.class);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Container app = container();

        assertTrue(deployment.getSpec().getReplicas() >= 2, "at least two replicas");
        assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot());
        assertEquals(DeployFiles.instruction("USER").orElseThrow(),
                String.valueOf(pod.getSecurityContext().getRunAsUser()), "the Dockerfile's USER");
        assertEquals(Boolean.TRUE, app.getSecurityContext().getReadOnlyRootFilesystem());
        assertEquals(Boolean.FALSE, app.getSecurityContext().getAllowPrivilegeEscalation());
        Path keyFile = Path.of(DeployFiles.instruction("WORKDIR").orElseThrow())
                .resolve(KnownSettings.productionValue("spinetriage.security.bootstrap-key-file"));
        assertEmptyDirMountedAt(pod, app, keyFile.getParent().toString());
        assertEmptyDirMountedAt(pod, app, "/tmp");
        assertNotNull(app.getResources().getRequests().get("cpu"));
        assertNotNull(app.getResources().getRequests().get("memory"));
        assertNotNull(app.getResources().getLimits().get("memory"));
    }

    @Test
    void theServiceTheBudgetAndTheAutoscalerAllTakeTheDeploymentsPods() {
        Deployment deployment = DeployFiles.only(Deployment.class);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        Service service = DeployFiles.only(Service.class);
        PodDisruptionBudget budget = DeployFiles.only(PodDisruptionBudget.class);
        HorizontalPodAutoscaler autoscaler = DeployFiles.only(HorizontalPodAutoscaler.class);

        assertTrue(podLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet()));
        assertEquals(container().getPorts().get(0).getName(), service.getSpec().getPorts().get(0).getTargetPort()
                .getStrVal());
        assertTrue(podLabels.entrySet().containsAll(budget.getSpec().getSelector().getMatchLabels().entrySet()));
        assertTrue(budget.getSpec().getMinAvailable().getIntVal() < deployment.getSpec().getReplicas(),
                "the budget must let a node drain take one pod");
        assertEquals(deployment.getMetadata().getName(), autoscaler.getSpec().getScaleTargetRef().getName());
        assertEquals(deployment.getSpec().getReplicas(), autoscaler.getSpec().getMinReplicas());
        assertTrue(autoscaler.getSpec().getMaxReplicas() > autoscaler.getSpec().getMinReplicas());
    }

    /** A misspelt field would land in the model's additionalProperties, and Kubernetes would ignore it. */
    @Test
    void thePodSpecHasNoFieldKubernetesWouldIgnore() throws Exception {
        Container app = container();
        PodSpec pod = DeployFiles.only(Deployment.class).getSpec().getTemplate().getSpec();
        List<KubernetesResource> parts = List.of(DeployFiles.only(Deployment.class).getSpec(), pod,
                pod.getSecurityContext(), app, app.getSecurityContext(), app.getResources(), app.getStartupProbe(),
                app.getReadinessProbe(), app.getLivenessProbe(), app.getStartupProbe().getHttpGet(),
                app.getReadinessProbe().getHttpGet(), app.getLivenessProbe().getHttpGet());
        for (KubernetesResource part : parts) {
            Method extra = part.getClass().getMethod("getAdditionalProperties");
            assertEquals(Map.of(), extra.invoke(part), part.getClass().getSimpleName() + " has unknown fields");
        }
    }

    private static Container container() {
        List<Container> containers = DeployFiles.only(Deployment.class).getSpec().getTemplate().getSpec()
                .getContainers();
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    private static EnvVar env(String name) {
        return container().getEnv().stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("The Deployment does not set " + name));
    }

    private static String probePath(Probe probe, ContainerPort port) {
        assertNotNull(probe);
        assertEquals(port.getName(), probe.getHttpGet().getPort().getStrVal(), "probes use the named port");
        return probe.getHttpGet().getPath();
    }

    private static void assertEmptyDirMountedAt(PodSpec pod, Container app, String path) {
        VolumeMount mount = app.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("nothing mounted at " + path));
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst()
                .orElseThrow();
        assertNotNull(volume.getEmptyDir(), path + " must be an emptyDir");
    }
}
