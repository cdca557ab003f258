package io.versioner.fault;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of our own, in a temporary directory on a free port, so that fault tests can stop,
 * crash and freeze it without touching the shared server on 5432. As root, its commands run as the
 * {@code postgres} user (PostgreSQL refuses to run as root).
 */
final class Postgres implements AutoCloseable {
    final Path dir;
    final int port;
    private final Path bin;

    private Postgres(Path dir, int port, Path bin) {
        this.dir = dir;
        this.port = port;
        this.bin = bin;
    }

    static Postgres start() throws Exception {
        Path bin = binDir();
        Path dir = Files.createTempDirectory("versioner-pg-");
        if (root()) {
            run(List.of("chown", "-R", "postgres", dir.toString()), Duration.ofSeconds(10));
        }
        Postgres pg = new Postgres(dir, freePort(), bin);
        Cleanup.register(pg);
        pg.asOwner(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust", "-U",
                "postgres", "--no-sync", "-E", "UTF8"), Duration.ofSeconds(180));
        pg.up();
        return pg;
    }

    /** Starts the server (again) on the same port and waits until it answers. */
    void up() throws Exception {
        asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "120", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=100", "start"),
                Duration.ofSeconds(130));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            try (Connection c = connect()) {
                return;
            } catch (SQLException e) {
                if (System.nanoTime() > until) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    /** Stops the server: "fast" (clean, sessions terminated) or "immediate" (like a crash; recovery on start). */
    void stop(String mode) throws Exception {
        asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", mode, "-w", "-t", "120",
                "stop"), Duration.ofSeconds(130));
    }

    /** Freezes (SIGSTOP) or thaws (SIGCONT) the server and all its processes: a hung database, not a dead one. */
    void signalAll(String signal) throws Exception {
        String postmaster = Files.readAllLines(dir.resolve("data").resolve("postmaster.pid")).get(0).trim();
        List<String> pids = new ArrayList<>(List.of(postmaster));
        Process children = new ProcessBuilder("pgrep", "-P", postmaster).redirectErrorStream(true).start();
        children.waitFor(10, TimeUnit.SECONDS);
        for (String line : new String(children.getInputStream().readAllBytes()).split("\\s+")) {
            if (!line.isBlank()) {
                pids.add(line.trim());
            }
        }
        List<String> cmd = new ArrayList<>(List.of("kill", "-" + signal));
        cmd.addAll(pids);
        run(cmd, Duration.ofSeconds(10));
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    Connection connect() throws SQLException {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", "postgres");
        p.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(jdbcUrl(), p);
    }

    long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        try {
            stop("immediate");
        } catch (Exception e) {
            // already stopped
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // leave it to the temp cleaner
        }
    }

    private void asOwner(List<String> cmd, Duration timeout) throws Exception {
        List<String> full = new ArrayList<>();
        if (root()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(cmd);
        run(full, timeout);
    }

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Runs a command to its end; its output goes to a file (never a pipe that could fill up and block it). */
    static String run(List<String> cmd, Duration timeout) throws Exception {
        Path out = Files.createTempFile("versioner-cmd-", ".log");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            boolean done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                p.destroyForcibly();
            }
            String text = Files.readString(out);
            if (!done) {
                throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s: " + cmd + "\n" + text);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("failed (" + p.exitValue() + "): " + cmd + "\n" + text);
            }
            return text;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** PostgreSQL's programs: VERSIONER_PG_BIN, else the newest /usr/lib/postgresql/N/bin. */
    static Path binDir() throws IOException {
        String env = System.getenv("VERSIONER_PG_BIN");
        if (env != null) {
            return Path.of(env);
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL server programs: set VERSIONER_PG_BIN"));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
