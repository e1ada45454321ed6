package org.chorus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chorus.app.Investigation;
import org.chorus.web.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code chorus bench serve}: the workbench under concurrent clients. Starts it in this process
 * over {@code --index} (or targets a running one at {@code --url}); each client loops for
 * {@code --seconds}, picking a view from {@link ServeMix} and sending that view's requests one
 * after another, as a page does, each timed from send to the whole body read. Requests are
 * counted per endpoint, and again as "cold" when no client had sent that exact URL before, so
 * a cache on the server cannot pass for speed: repeats are what a cache answers.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "The workbench under concurrent clients: latency per endpoint (p50, p90, p99,"
        + " max), errors, and the process's memory.")
public final class ServeBench implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", description = "Serve this index in-process.")
  private Path index;

  @Option(names = "--url", paramLabel = "URL", description = "Or load a running workbench.")
  private URI url;

  @Option(names = "--clients", defaultValue = "8", paramLabel = "N",
      description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  private int clients;

  @Option(names = "--seconds", defaultValue = "60", paramLabel = "S",
      description = "How long they run (default: ${DEFAULT-VALUE}).")
  private int seconds;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
      description = "Seed of the clients' choices (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--json", description = "Print the results as JSON Lines.")
  private boolean json;

  /** The optional endpoints, each with a request that tells whether the server has it. */
  private static final Map<String, String> PROBES = Map.of(
      "timeline", "/api/timeline?q=*",
      "copies", "/api/posts/%s/copies?limit=1",
      "accounts", "/api/accounts/%s",
      "clusters", "/api/clusters?q=nonexistentword",
      "network", "/api/network?q=nonexistentword",
      "narratives", "/api/narratives?q=nonexistentword");

  private final ObjectMapper mapper = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  @Override
  public Integer call() throws Exception {
    if ((index == null) == (url == null)) {
      throw new ParameterException(spec.commandLine(), "give --index DIR or --url URL");
    }
    if (clients < 1 || seconds < 1) {
      throw new ParameterException(spec.commandLine(), "--clients and --seconds must be 1+");
    }
    if (index == null) return run(url);
    try (Investigation investigation = Investigation.open(index);
        Workbench workbench = Workbench.start(investigation,
            new Workbench.Options(Workbench.Options.LOOPBACK, 0, null))) {
      return run(workbench.url());
    }
  }

  private int run(URI base) throws Exception {
    String root = base.toString().replaceAll("/$", "");
    JsonNode all = mapper.readTree(get(root + "/api/search?q=*&size=100&sort=time-desc").body());
    Map<String, Boolean> endpoints = new LinkedHashMap<>();
    String post = all.get("hits").size() > 0 ? all.get("hits").get(0).get("id").asText() : "x";
    String account = all.get("facets").get("accounts").size() > 0
        ? all.get("facets").get("accounts").get(0).get("value").asText() : "x";
    for (Map.Entry<String, String> p : PROBES.entrySet()) {
      String path = String.format(p.getValue(), ServeMix.enc(p.getKey().equals("copies")
          ? post : account));
      HttpResponse<String> r = get(root + path);
      // The probes name a post and an account the index holds: anything but 200 is absence.
      endpoints.put(p.getKey(), r.statusCode() == 200);
    }
    ServeMix mix = new ServeMix(all, endpoints);
    Set<String> seen = ConcurrentHashMap.newKeySet();
    Map<String, Samples> samples = new ConcurrentHashMap<>();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Random random = new Random(seed * 1_000 + c);
      running.add(pool.submit(() -> {
        while (System.nanoTime() < end) {
          ServeMix.View view = mix.next(random);
          long viewStart = System.nanoTime();
          boolean viewFailed = false;
          for (ServeMix.Request r : view.requests()) {
            boolean cold = seen.add(r.path());
            long start = System.nanoTime();
            boolean failed;
            try {
              failed = get(root + r.path()).statusCode() != 200;
            } catch (IOException e) {
              failed = true;
            }
            double ms = (System.nanoTime() - start) / 1e6;
            samples.computeIfAbsent(r.endpoint(), k -> new Samples()).add(ms, failed, cold);
            viewFailed |= failed;
          }
          if (view.requests().size() > 1) {
            samples.computeIfAbsent(view.name() + " (all its requests)", k -> new Samples())
                .add((System.nanoTime() - viewStart) / 1e6, viewFailed, false);
          }
        }
        return null;
      }));
    }
    for (Future<?> f : running) f.get();
    pool.shutdown();
    report(System.out, samples, mix, endpoints);
    return 0;
  }

  private HttpResponse<String> get(String uri) throws IOException {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60))
          .build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private void report(PrintStream out, Map<String, Samples> samples, ServeMix mix,
      Map<String, Boolean> endpoints) throws IOException {
    Map<String, Long> memory = memory();
    List<String> names = new ArrayList<>(samples.keySet());
    names.sort(null);
    if (json) {
      for (String name : names) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("endpoint", name);
        line.putAll(samples.get(name).summary());
        out.println(mapper.writeValueAsString(line));
      }
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("clients", clients);
      run.put("seconds", seconds);
      run.put("filters", mix.filters.size());
      run.put("endpoints", endpoints);
      run.putAll(memory);
      out.println(mapper.writeValueAsString(run));
      return;
    }
    out.printf(Locale.ROOT, "%d clients for %d s over %d filters; endpoints %s%n", clients,
        seconds, mix.filters.size(), endpoints);
    out.printf(Locale.ROOT, "%-32s %8s %6s %8s %8s %8s %8s   %s%n", "endpoint", "requests",
        "errors", "p50 ms", "p90 ms", "p99 ms", "max ms", "cold: n, p50, p99 ms");
    for (String name : names) {
      Map<String, Object> s = samples.get(name).summary();
      out.printf(Locale.ROOT, "%-32s %8d %6d %8.1f %8.1f %8.1f %8.1f   %s%n", name,
          s.get("requests"), s.get("errors"), s.get("p50"), s.get("p90"), s.get("p99"),
          s.get("max"), s.get("coldRequests").equals(0) ? "-"
              : s.get("coldRequests") + ", " + s.get("coldP50") + ", " + s.get("coldP99"));
    }
    out.printf(Locale.ROOT, "process RSS %d MB (peak %d MB)%s%n", memory.get("rssMb"),
        memory.get("peakRssMb"), index == null ? ", the bench's own, not the server's" : "");
  }

  /** This process's resident memory now and at its peak, from /proc (0 where there is none). */
  static Map<String, Long> memory() throws IOException {
    Map<String, Long> out = new LinkedHashMap<>(Map.of("rssMb", 0L, "peakRssMb", 0L));
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) return out;
    for (String line : Files.readAllLines(status)) {
      String[] f = line.split("\\s+");
      if (line.startsWith("VmRSS:")) out.put("rssMb", Long.parseLong(f[1]) / 1024);
      if (line.startsWith("VmHWM:")) out.put("peakRssMb", Long.parseLong(f[1]) / 1024);
    }
    return out;
  }

  /** One endpoint's latencies; all of them, and the cold ones apart. */
  private static final class Samples {
    private final List<Double> all = new ArrayList<>();
    private final List<Double> cold = new ArrayList<>();
    private int errors;

    synchronized void add(double ms, boolean failed, boolean first) {
      all.add(ms);
      if (first) cold.add(ms);
      if (failed) errors++;
    }

    synchronized Map<String, Object> summary() {
      double[] v = all.stream().mapToDouble(Double::doubleValue).toArray();
      double[] c = cold.stream().mapToDouble(Double::doubleValue).toArray();
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("requests", v.length);
      s.put("errors", errors);
      s.put("p50", round(Percentiles.percentile(v, 50)));
      s.put("p90", round(Percentiles.percentile(v, 90)));
      s.put("p99", round(Percentiles.percentile(v, 99)));
      s.put("max", round(Percentiles.percentile(v, 100)));
      s.put("coldRequests", c.length);
      s.put("coldP50", c.length == 0 ? null : round(Percentiles.percentile(c, 50)));
      s.put("coldP99", c.length == 0 ? null : round(Percentiles.percentile(c, 99)));
      return s;
    }

    private static double round(double ms) {
      return Math.round(ms * 10) / 10.0;
    }
  }
}
