package kizuna;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs a real Neo4j 5.26 (Community) with a Bolt connector on loopback, for machines without a
 * Docker engine. Started and supervised by src/neo4j-local/ (Node); readiness is detected there
 * by a Bolt connection, not by anything printed here.
 *
 * <p>Configuration comes from system properties so that no secret appears in the process list:
 * kizuna.home (data directory), kizuna.port (Bolt port), kizuna.pagecache (e.g. "256m"), and the
 * password on the first line of standard input.
 *
 * <p>Lifetime: the JVM stops cleanly on SIGINT/SIGTERM (shutdown hook) and also when its standard
 * input closes, which happens when the parent Node process dies for any reason, even SIGKILL; so a
 * crashed parent never leaves an orphan JVM holding the store lock.
 */
public final class Neo4jLauncher {
  private Neo4jLauncher() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(required("kizuna.home")).toAbsolutePath();
    int port = Integer.parseInt(required("kizuna.port"));
    String pageCache = System.getProperty("kizuna.pagecache", "256m");
    InputStream stdin = System.in;
    String password = readLine(stdin);
    if (password == null || password.length() < 8) {
      System.err.println("[neo4j-launcher] the password (first line of stdin) must have at least 8 characters");
      System.exit(2);
    }

    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
            // On shutdown, wait at most 2 s (default 10 s) for open transactions; callers have drained already.
            .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
            // Netty's graceful shutdown otherwise keeps a quiet period that makes every stop take ~10 s.
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(3))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  long started = System.nanoTime();
                  service.shutdown();
                  System.out.println("[neo4j-launcher] Neo4j stopped in " + (System.nanoTime() - started) / 1_000_000 + " ms");
                  stopped.countDown();
                },
                "neo4j-shutdown"));

    // The password is (re)applied on every start so a changed NEO4J_PASSWORD takes effect on an
    // existing data directory; embedded transactions run with full privileges.
    service
        .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
        .executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));

    System.out.println("[neo4j-launcher] Neo4j started, Bolt on 127.0.0.1:" + port + ", home " + home);
    System.out.flush();

    // Block until the parent closes our stdin (it stopped or died), then exit through the hook.
    while (stdin.read() != -1) {
      // ignore anything else the parent writes
    }
    System.out.println("[neo4j-launcher] parent gone, stopping Neo4j");
    System.exit(0);
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      System.err.println("[neo4j-launcher] missing system property -D" + name);
      System.exit(2);
    }
    return value;
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      if (c != '\r') line.append((char) c);
    }
    return c == -1 && line.length() == 0 ? null : line.toString();
  }
}
