package com.example.csl.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for tests against the running application (JDK HttpClient, Basic auth). */
public class Http {

  public static final String DEMO_PASSWORD = "Service#2026";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final String base;
  private final String authorization;

  private Http(String base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  public static Http anonymous(int port) {
    return new Http("http://localhost:" + port, null);
  }

  public static Http as(int port, String user) {
    return as(port, user, DEMO_PASSWORD);
  }

  public static Http as(int port, String user, String password) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Http("http://localhost:" + port, "Basic " + token);
  }

  public Response get(String path) {
    return send(builder(path).GET());
  }

  /** A GET with another Accept header, as a non-JSON client (a calendar client, a browser) sends. */
  public Response get(String path, String accept) {
    return send(builder(path).setHeader("Accept", accept).GET());
  }

  public Response delete(String path) {
    return send(builder(path).DELETE());
  }

  public Response post(String path, Object body) {
    return send(builder(path).header("Content-Type", "application/json").POST(bodyOf(body)));
  }

  /** A JSON POST with another Accept header (Tasklist asks the filter list as application/hal+json). */
  public Response postAccepting(String path, Object body, String accept) {
    return send(builder(path).setHeader("Accept", accept).header("Content-Type", "application/json").POST(bodyOf(body)));
  }

  /** A multipart/form-data POST: text fields, and files by name → content (sent as UTF-8). */
  public Response postMultipart(String path, java.util.Map<String, String> fields, java.util.Map<String, String> files) {
    String boundary = "----csl" + System.nanoTime();
    StringBuilder body = new StringBuilder();
    fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n")
        .append("Content-Type: text/plain; charset=UTF-8\r\n\r\n").append(value).append("\r\n"));
    files.forEach((name, content) -> body.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"files\"; filename=\"").append(name).append("\"\r\n")
        .append("Content-Type: application/octet-stream\r\n\r\n").append(content).append("\r\n"));
    body.append("--").append(boundary).append("--\r\n");
    return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
  }

  public Response patch(String path, Object body) {
    return send(builder(path).header("Content-Type", "application/json").method("PATCH", bodyOf(body)));
  }

  public Response put(String path, Object body) {
    return send(builder(path).header("Content-Type", "application/json").PUT(bodyOf(body)));
  }

  private HttpRequest.BodyPublisher bodyOf(Object body) {
    try {
      String text = body instanceof String s ? s : JSON.writeValueAsString(body);
      return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Status, body and content type of a response; {@link #json()} parses the body. */
  public record Response(int status, String body, String contentType) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + body, e);
      }
    }
  }
}
