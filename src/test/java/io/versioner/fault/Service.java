package io.versioner.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One instance of the packaged service ({@code target/quarkus-app/quarkus-run.jar}) as its own process. */
final class Service implements AutoCloseable {
    static final String ADMIN_KEY = "sk_fault_test_admin_key_0123456789abcdefghijklmnop";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private Service(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts an instance against a database and waits until it is ready (at most 240 s: the machine is shared). */
    static Service start(String name, String jdbcUrl, Map<String, String> env) throws Exception {
        String jar = System.getProperty("versioner.jar", "target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(Path.of(jar))) {
            throw new IllegalStateException(jar + " is missing: run mvn package (or verify) first");
        }
        int port = Postgres.freePort();
        Path logs = Path.of("target", "fault-logs");
        Files.createDirectories(logs);
        Path log = logs.resolve(name + "-" + port + ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-jar", jar));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("VERSIONER_DB_SCHEMA"); // the test profile's schema switch; a fresh cluster uses public
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        pb.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        pb.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        pb.environment().put("VERSIONER_ADMIN_KEY", ADMIN_KEY);
        pb.environment().putAll(env);
        Service s = new Service(name, port, log, pb.start());
        Cleanup.register(s);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < until) {
            if (!s.process.isAlive()) {
                throw new IllegalStateException(name + " exited at startup, see " + log);
            }
            if (s.get("/q/health/ready", Duration.ofSeconds(2)).status() == 200) {
                return s;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready within 240 s, see " + log);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The outcome of one call: a status, or -1 when no answer came (connection refused, reset, timeout). */
    record Answer(int status, String body, String retryAfter, long millis, String error) {
    }

    Answer post(String path, String json, Map<String, String> headers, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(timeout)
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + ADMIN_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(b::header);
        return send(b.build());
    }

    Answer get(String path, Duration timeout) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(timeout)
                .header("Authorization", "Bearer " + ADMIN_KEY).GET().build());
    }

    private static Answer send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Retry-After").orElse(null),
                    (System.nanoTime() - start) / 1_000_000, null);
        } catch (IOException e) {
            return new Answer(-1, null, null, (System.nanoTime() - start) / 1_000_000, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null, null, (System.nanoTime() - start) / 1_000_000, "interrupted");
        }
    }

    /** SIGTERM: what an orchestrator sends to stop an instance. */
    void terminate() {
        process.destroy();
    }

    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
