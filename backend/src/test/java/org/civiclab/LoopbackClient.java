package org.civiclab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 from a client address of the test's choosing on the loopback network: the
 * server listens on 127.0.0.1, the request comes from 127.0.0.2 (or any 127.x.y.z), as
 * from another machine. Java's own HTTP client cannot choose its local address before
 * Java 19. One request per connection; the answer is read whole.
 */
public final class LoopbackClient {

	private final InetAddress from;

	private final int port;

	private LoopbackClient(InetAddress from, int port) {
		this.from = from;
		this.port = port;
	}

	/** A client at this loopback address (e.g. {@code 127.0.0.2}). */
	public static LoopbackClient from(String address, int port) {
		try {
			return new LoopbackClient(InetAddress.getByName(address), port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What came back: status, headers (names lower case, every value), body. */
	public record Answer(int status, Map<String, List<String>> headers, String body) {

		public Optional<String> header(String name) {
			return this.headers.getOrDefault(name.toLowerCase(), List.of()).stream().findFirst();
		}

		public List<String> all(String name) {
			return this.headers.getOrDefault(name.toLowerCase(), List.of());
		}

	}

	/** Signs in through the web app's endpoint, with a CSRF token of its own making. */
	public Answer signIn(String username, String password) {
		String token = "loopback-csrf-token";
		return send("POST", "/api/session", Map.of("Cookie", "XSRF-TOKEN=" + token, "X-XSRF-TOKEN", token),
				"{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
	}

	public Answer get(String path, Map<String, String> headers) {
		return send("GET", path, headers, null);
	}

	public Answer send(String method, String path, Map<String, String> headers, String json) {
		byte[] body = (json != null) ? json.getBytes(StandardCharsets.UTF_8) : new byte[0];
		StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
		Map<String, String> all = new LinkedHashMap<>();
		all.put("Host", "127.0.0.1:" + this.port);
		all.put("Accept", "application/json, application/problem+json");
		all.put("Connection", "close");
		if (json != null) {
			all.put("Content-Type", "application/json");
			all.put("Content-Length", Integer.toString(body.length));
		}
		all.putAll(headers);
		all.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		request.append("\r\n");
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(this.from, 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 5_000);
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.flush();
			Answer answer = read(socket.getInputStream());
			ProblemsSeen.answered(method, java.net.URI.create(path), answer.status());
			return answer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Answer read(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		in.transferTo(all);
		String text = all.toString(StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		String[] head = text.substring(0, end).split("\r\n");
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < head.length; i++) {
			int colon = head[i].indexOf(':');
			headers.computeIfAbsent(head[i].substring(0, colon).trim().toLowerCase(), (name) -> new ArrayList<>())
				.add(head[i].substring(colon + 1).trim());
		}
		byte[] raw = all.toByteArray();
		byte[] rest = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
		String body = headers.getOrDefault("transfer-encoding", List.of()).contains("chunked") ? dechunk(rest)
				: new String(rest, StandardCharsets.UTF_8);
		return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, body);
	}

	private static String dechunk(byte[] chunked) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int at = 0;
		while (at < chunked.length) {
			int lineEnd = indexOf(chunked, at);
			int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).trim(), 16);
			if (size == 0) {
				break;
			}
			body.write(chunked, lineEnd + 2, size);
			at = lineEnd + 2 + size + 2;
		}
		return body.toString(StandardCharsets.UTF_8);
	}

	private static int indexOf(byte[] bytes, int from) {
		for (int i = from; i < bytes.length - 1; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
				return i;
			}
		}
		return bytes.length;
	}

}
