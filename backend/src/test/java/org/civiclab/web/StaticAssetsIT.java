package org.civiclab.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app's files as a browser fetches them (docs/benchmarks.md, 9): the scripts and
 * styles that Vite names by their content are kept for a year and travel compressed; the
 * page that names them is asked for each time.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
// Closed after the class, before JUnit deletes its data directory: its pollers (mail,
// webhooks) would otherwise still write into it.
@DirtiesContext
class StaticAssetsIT {

	private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+\\.(?:js|css))\"");

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("civiclab.data-dir", dataDir::toString);
	}

	@LocalServerPort
	int port;

	// The JDK's client: it leaves the answer as the server sent it, compressed or not.
	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aHashedScriptIsKeptForAYearAndSentGzippedWhenTheBrowserAcceptsIt() throws Exception {
		String script = firstAsset(".js");

		HttpResponse<byte[]> gzipped = get(script, "gzip, deflate");
		HttpResponse<byte[]> plain = get(script, null);

		assertThat(gzipped.statusCode()).isEqualTo(200);
		assertThat(gzipped.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(cacheControl) -> assertThat(cacheControl).contains("max-age=31536000").contains("immutable"));
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
		assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void theStylesAreKeptForAYearAndSentGzippedToo() throws Exception {
		HttpResponse<byte[]> styles = get(firstAsset(".css"), "gzip");

		assertThat(styles.statusCode()).isEqualTo(200);
		assertThat(styles.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(cacheControl) -> assertThat(cacheControl).contains("max-age=31536000").contains("immutable"));
		assertThat(styles.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	@Test
	void thePageIsAskedForEachTime() throws Exception {
		HttpResponse<byte[]> page = get("/public", "gzip");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cacheControl) -> assertThat(cacheControl).contains("no-cache"));
	}

	private String firstAsset(String extension) throws IOException, InterruptedException {
		String page = new String(get("/", null).body());
		Matcher assets = ASSET.matcher(page);
		while (assets.find()) {
			if (assets.group(1).endsWith(extension)) {
				return assets.group(1);
			}
		}
		throw new AssertionError("No " + extension + " file named in " + page);
	}

	private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		return this.http.send(request.build(), BodyHandlers.ofByteArray());
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

}
