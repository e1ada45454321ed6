package org.chorus.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.chorus.app.Investigation;
import org.chorus.app.RequestException;

/**
 * {@code chorus serve}: an embedded HTTP server over one open {@link Investigation}. It only
 * reads, unless started with a labels file for annotation ({@link AnnotateApi}): then answers,
 * a retrained model and the index's narrative fields are written, behind a CSRF token.
 */
public final class Workbench implements Closeable {
  /** Where the pages live on the class path; also the only folder static files come from. */
  static final String ASSETS = "/chorus-web";

  private final Javalin server;
  private final String host;

  private Workbench(Javalin server, String host) {
    this.server = server;
    this.host = host;
  }

  /**
   * Where to serve, and what with. {@code port} 0 picks a free port; {@code model}, when not
   * null, labels narratives for an index that {@code chorus label --index} has not labelled.
   * {@code labels}, when not null, turns annotation on: the labels file answers go to (and
   * retraining writes {@code model}, or a model beside the labels file).
   */
  public record Options(String host, int port, Path model, Path labels) {
    public static final String LOOPBACK = "127.0.0.1";

    public Options {
      Objects.requireNonNull(host, "host");
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
      }
    }

    /** Read-only. */
    public Options(String host, int port, Path model) {
      this(host, port, model, null);
    }

    /** True when the server can be reached from other machines. */
    public boolean exposed() {
      return !(host.equals(LOOPBACK) || host.equals("localhost") || host.equals("::1"));
    }
  }

  /** Starts serving {@code investigation}; it stays the caller's to close after the server. */
  public static Workbench start(Investigation investigation, Options options) {
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    if (options.model() != null && java.nio.file.Files.exists(options.model())) {
      try {
        investigation.loadModel(options.model());
      } catch (IOException e) {
        throw new RequestException("cannot read the model " + options.model() + ": " + e);
      }
    }
    List<Api> apis = List.of(new SearchApi(investigation), new TimelineApi(investigation),
        new ExportApi(investigation), new PostsApi(investigation), new CopiesApi(investigation),
        new NetworkApi(investigation), new AccountApi(investigation),
        new NarrativesApi(investigation, options.model() != null
            && java.nio.file.Files.exists(options.model()) ? options.model() : null),
        new AnnotateApi(investigation, options.labels(), options.labels() == null ? null
            : AnnotateApi.modelFor(options.labels(), options.model())));
    Javalin server = Javalin.create(config -> {
      config.jetty.host = options.host();
      config.jetty.port = options.port();
      config.startup.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(json, false));
      config.staticFiles.add(files -> {
        files.hostedPath = "/assets";
        files.directory = ASSETS;
        files.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
      SecurityHeaders.install(config);
      Pages.install(config);
      Errors.install(config);
      for (Api api : apis) api.routes(config.routes);
    });
    try {
      server.start();
    } catch (JavalinBindException e) {
      throw new RequestException("cannot listen on " + options.host() + ":" + options.port()
          + " (in use, or not an address of this machine); give another --port or --host");
    }
    return new Workbench(server, options.host());
  }

  public int port() {
    return server.port();
  }

  /** The address to open in a browser. */
  public URI url() {
    String h = host.equals("0.0.0.0") || host.equals("::") ? Options.LOOPBACK : host;
    if (h.contains(":")) h = "[" + h + "]";
    return URI.create("http://" + h + ":" + port() + "/");
  }

  @Override
  public void close() {
    server.stop();
  }
}
