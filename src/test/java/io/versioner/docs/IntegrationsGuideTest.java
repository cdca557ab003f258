package io.versioner.docs;

import static io.versioner.Api.admin;
import static io.versioner.Api.keyWithRole;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every request snippet of docs/integrations.md, sent against the running service as the CI system would. */
@QuarkusTest
class IntegrationsGuideTest {
    private static final Pattern SNIPPET = Pattern.compile(
            "^[ \\t]*# versioner:snippet (\\S+)\\n(.*?)^[ \\t]*# versioner:end", Pattern.MULTILINE | Pattern.DOTALL);

    @TestHTTPResource("/")
    URL base;

    static Map<String, String> snippets() throws IOException {
        String doc = Files.readString(Path.of("docs/integrations.md"), StandardCharsets.UTF_8);
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = SNIPPET.matcher(doc);
        while (m.find()) {
            out.put(m.group(1), dedent(m.group(2)));
        }
        return out;
    }

    static String dedent(String block) {
        List<String> lines = block.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return String.join("\n", lines.stream().map(l -> l.length() >= indent ? l.substring(indent) : l.strip()).toList());
    }

    @Test
    void everySnippetOfTheGuideIsAcceptedByTheService() throws Exception {
        Map<String, String> snippets = snippets();
        assertEquals(List.of("github-curl", "gitlab-build", "gitlab-deploy", "jenkins", "argocd-deployed", "k8s-job"),
                new ArrayList<>(snippets.keySet()));
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("VERSIONER_URL", base.toString().replaceAll("/$", ""));
        env.put("VERSIONER_API_KEY", keyWithRole("ingest"));
        env.put("GITHUB_REF_NAME", "v1.4.2-" + run);
        env.put("GITHUB_RUN_ID", "881" + run);
        env.put("GITHUB_SHA", "9fceb02d0ae598e95dc970b74767f19372d61af8");
        env.put("GITHUB_ACTOR", "octocat");
        env.put("CI_PROJECT_NAME", "gitlab-svc-" + run);
        env.put("CI_COMMIT_TAG", "2.0.0");
        env.put("CI_COMMIT_SHA", "1234567");
        env.put("CI_COMMIT_REF_NAME", "main");
        env.put("CI_PIPELINE_URL", "https://gitlab.example/p/1");
        env.put("CI_PIPELINE_ID", "77" + run);
        env.put("CI_JOB_STATUS", "success");
        env.put("CI_ENVIRONMENT_NAME", "production");
        env.put("CI_JOB_URL", "https://gitlab.example/j/1");
        env.put("GITLAB_USER_LOGIN", "dev");
        env.put("BUILD_RESULT", "FAILURE");
        env.put("APP_VERSION", "3.0.1-" + run);
        env.put("BUILD_TAG", "jenkins-billing-" + run);
        env.put("BUILD_URL", "https://jenkins.example/job/1");

        for (String name : List.of("github-curl", "gitlab-build", "gitlab-deploy", "k8s-job")) {
            shell(name, snippets.get(name), env);
        }
        // Jenkins: the step is a Groovy ''' string, where \\ is one backslash
        shell("jenkins", snippets.get("jenkins").replace("\\\\", "\\"), env);
        // Argo CD: a Go template body posted by the notification controller
        String body = snippets.get("argocd-deployed")
                .replace("{{.app.metadata.name}}", "argo-app-" + run)
                .replace("{{.app.status.sync.revision}}", "abc123")
                .replace("{{.app.spec.destination.namespace}}", "production")
                .replace("{{.app.status.operationState.startedAt}}", "2026-11-27T10:00:00Z");
        io.versioner.Api.as(env.get("VERSIONER_API_KEY")).body(body).post("/deployment-events/").then().statusCode(200)
                .body("status", equalTo("completed"));

        admin().get("/deployments?product=user-service&version=v1.4.2-" + run).then().body("items", hasSize(1))
                .body("items[0].invoke_id", equalTo("881" + run));
        admin().get("/deployments?product=gitlab-svc-" + run).then().body("items", hasSize(1))
                .body("items[0].status", equalTo("completed")).body("items[0].deployed_by", equalTo("dev"));
        admin().get("/versions?product=gitlab-svc-" + run).then().body("items[0].scm_sha", equalTo("1234567"));
        admin().get("/deployments?product=billing&environment=staging&version=3.0.1-" + run).then()
                .body("items", hasSize(1)).body("items[0].status", equalTo("failed"))
                .body("items[0].invoke_id", equalTo("jenkins-billing-" + run));
        admin().get("/deployments?product=api-gateway&version=3.0.1-" + run).then().body("items", hasSize(1));
    }

    private static void shell(String name, String script, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), name + " timed out");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), name + " failed: " + out + "\n--- script ---\n" + script);
        assertTrue(out.contains("\"id\""), name + " got no deployment/build id: " + out);
    }
}
