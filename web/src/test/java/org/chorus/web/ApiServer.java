package org.chorus.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.chorus.app.Investigation;

/**
 * One workbench over the bundled index, shared by every API test of the run: none changes it,
 * and one server started once keeps each test class down to its own assertions.
 */
final class ApiServer {
  private static ApiServer shared;

  final Investigation investigation;
  final Workbench workbench;
  final Http http;

  private ApiServer() throws IOException {
    investigation = Investigation.open(BundledIndex.path());
    workbench = Workbench.start(investigation, new Workbench.Options("127.0.0.1", 0, null));
    http = new Http(workbench.url());
  }

  static synchronized ApiServer bundled() {
    if (shared == null) {
      try {
        shared = new ApiServer();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        shared.workbench.close();
        try {
          shared.investigation.close();
        } catch (IOException e) {
          // the run is ending; nothing to keep
        }
      }));
    }
    return shared;
  }

  /** A query parameter's value, encoded. */
  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
