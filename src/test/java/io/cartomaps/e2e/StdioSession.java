package io.cartomaps.e2e;

import io.cartomaps.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A raw JSON-RPC session with the jar over stdio. Every stdout line is kept, so tests can check
 * that stdout carries JSON-RPC only; stderr is captured too.
 */
final class StdioSession implements AutoCloseable {

  final List<String> stdoutLines = Collections.synchronizedList(new ArrayList<>());
  final StringBuffer stderr = new StringBuffer();
  private final Process process;
  private final OutputStream stdin;
  private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
  private final AtomicInteger ids = new AtomicInteger();

  StdioSession(Path jar, Map<String, String> env, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("java", "-jar", jar.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().putAll(env);
    process = pb.start();
    stdin = process.getOutputStream();
    Thread out =
        new Thread(
            () ->
                pump(
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)),
                    true));
    Thread err =
        new Thread(
            () ->
                pump(
                    new BufferedReader(
                        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)),
                    false));
    out.setDaemon(true);
    err.setDaemon(true);
    out.start();
    err.start();
  }

  private void pump(BufferedReader reader, boolean isStdout) {
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        if (isStdout) {
          stdoutLines.add(line);
          try {
            messages.add(Json.parse(line));
          } catch (RuntimeException e) {
            // kept in stdoutLines; the test reports it
          }
        } else {
          stderr.append(line).append('\n');
        }
      }
    } catch (IOException e) {
      // process ended
    }
  }

  ObjectNode initialize() throws Exception {
    JsonNode r =
        request(
            "initialize",
            Json.parse(
                """
        {"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"stdio-test","version":"1"}}"""));
    notify("notifications/initialized");
    return (ObjectNode) r;
  }

  void notify(String method) throws IOException {
    send("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\"}");
  }

  /** Sends a request and waits (bounded) for its response; returns the whole response object. */
  JsonNode request(String method, JsonNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode req = Json.object();
    req.put("jsonrpc", "2.0");
    req.put("id", id);
    req.put("method", method);
    if (params != null) {
      req.set("params", params);
    }
    send(Json.compact(req));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      JsonNode m = messages.poll(1, TimeUnit.SECONDS);
      if (m != null && m.path("id").asInt(-1) == id) {
        return m;
      }
    }
    throw new AssertionError("No answer to " + method + " within 60 s; stderr:\n" + stderr);
  }

  /** Calls a tool; returns the CallToolResult. */
  JsonNode tool(String name, String argumentsJson) throws Exception {
    ObjectNode params = Json.object();
    params.put("name", name);
    params.set("arguments", Json.parse(argumentsJson));
    JsonNode r = request("tools/call", params);
    if (r.has("error")) {
      throw new AssertionError("tools/call " + name + " gave a JSON-RPC error: " + r);
    }
    return r.get("result");
  }

  /** Writes raw bytes to the server's stdin (malformed input on purpose). */
  void sendRaw(byte[] bytes) throws IOException {
    stdin.write(bytes);
    stdin.flush();
  }

  /** The next message on stdout, whatever its id (bounded wait). */
  JsonNode nextMessage() throws InterruptedException {
    JsonNode m = messages.poll(60, TimeUnit.SECONDS);
    if (m == null) {
      throw new AssertionError("No message on stdout within 60 s; stderr:\n" + stderr);
    }
    return m;
  }

  private void send(String line) throws IOException {
    stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    stdin.flush();
  }

  /** Closes stdin like a client does and waits for the process to end; returns its exit code. */
  int finish() throws Exception {
    stdin.close();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("The server did not exit after stdin closed");
    }
    Thread.sleep(100); // let the pumps drain
    return process.exitValue();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
