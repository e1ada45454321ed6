package org.chorus.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A test's HTTP client for one running workbench. */
final class Http {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();
  private final URI base;

  Http(URI base) {
    this.base = base;
  }

  /** GETs {@code pathAndQuery} as typed (not re-encoded), so tests can send raw bytes. */
  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "")
        + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
  }

  JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
    return JSON.readTree(get(pathAndQuery).body());
  }

  static JsonNode parse(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }
}
