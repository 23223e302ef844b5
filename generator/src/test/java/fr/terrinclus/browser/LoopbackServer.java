package fr.terrinclus.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Serves a built site on the loopback interface under a sub-path, the way a pull-request
 * preview is hosted ({@code /preview/pr-12/}). Refuses paths outside the site.
 */
public final class LoopbackServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css"),
            Map.entry("js", "text/javascript"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain"),
            Map.entry("png", "image/png"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("wasm", "application/wasm"));

    private final HttpServer server;
    private final Path root;
    private final String prefix;
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final List<String> missing = new CopyOnWriteArrayList<>();

    public LoopbackServer(Path root, String prefix) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.prefix = prefix;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address of the site's root, ending with "/". */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    /** Every path the browser asked for. */
    public List<String> requested() {
        return List.copyOf(requested);
    }

    /** The paths answered with 404. */
    public List<String> missing() {
        return List.copyOf(missing);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = URI.create(exchange.getRequestURI().toString()).getPath();
        requested.add(path);
        Path file = null;
        if (path.startsWith(prefix)) {
            String rel = path.substring(prefix.length());
            file = root.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel).normalize();
        }
        if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
            missing.add(path);
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        exchange.getResponseHeaders().set("Content-Type", type);
        byte[] bytes = Files.readAllBytes(file);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
