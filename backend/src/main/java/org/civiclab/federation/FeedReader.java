package org.civiclab.federation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Reads another installation's public pilots from its open data, page by page, within
 * bounds: at most {@code max-pages} pages, each no larger than {@code max-page-bytes},
 * each answered within {@code timeout}, all within {@code deadline}. Redirects are not
 * followed (an open data answer is never a redirect), and only a 200 with JSON is read.
 * Each pilot is checked by {@link RemotePilot}; one that is not well formed is left out.
 */
@Component
class FeedReader {

	private final FeedAddress addresses;

	private final FederationProperties properties;

	private final ObjectMapper json;

	/** Built on the first fetch, not at start (as webhooks' client). */
	private final SingletonSupplier<HttpClient> http;

	FeedReader(FeedAddress addresses, FederationProperties properties, ObjectMapper json) {
		this.addresses = addresses;
		this.properties = properties;
		this.json = json;
		this.http = SingletonSupplier.of(() -> HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
	}

	/** The pilots of the installation at this address, by reference, each once. */
	List<RemotePilot> read(String address) throws FeedUnreadable {
		String refused = this.addresses.refusal(address).orElse(null);
		if (refused != null) {
			throw new FeedUnreadable("the address " + refused);
		}
		Instant deadline = Instant.now().plus(this.properties.deadline());
		Map<String, RemotePilot> pilots = new LinkedHashMap<>();
		for (int page = 0; page < this.properties.maxPages(); page++) {
			JsonNode body = page(address, page, deadline);
			JsonNode ideas = body.path("ideas");
			if (!ideas.isArray() || !body.path("total").canConvertToLong()) {
				throw new FeedUnreadable("the answer is not CivicLab's open data");
			}
			ideas.forEach(
					(idea) -> RemotePilot.of(idea).ifPresent((pilot) -> pilots.putIfAbsent(pilot.reference(), pilot)));
			if (ideas.isEmpty() || (long) (page + 1) * this.properties.pageSize() >= body.path("total").asLong()) {
				break;
			}
		}
		return List.copyOf(pilots.values());
	}

	private JsonNode page(String address, int page, Instant deadline) throws FeedUnreadable {
		Duration left = Duration.between(Instant.now(), deadline);
		if (left.isNegative() || left.isZero()) {
			throw new FeedUnreadable("reading the feed took longer than " + this.properties.deadline());
		}
		Duration timeout = (left.compareTo(this.properties.timeout()) < 0) ? left : this.properties.timeout();
		HttpRequest request = HttpRequest
			.newBuilder(URI
				.create(address + FeedAddress.OPEN_DATA + "?page=" + page + "&size=" + this.properties.pageSize()))
			.timeout(timeout)
			.header("Accept", "application/json")
			.header("User-Agent", "CivicLab-Federation")
			.GET()
			.build();
		CompletableFuture<HttpResponse<byte[]>> answer = this.http.obtain()
			.sendAsync(request, (info) -> (info.statusCode() == 200) ? new CappedBody(this.properties.maxPageBytes())
					: HttpResponse.BodySubscribers.replacing(new byte[0]));
		try {
			HttpResponse<byte[]> response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			if (response.statusCode() != 200) {
				throw new FeedUnreadable("page " + page + " answered HTTP " + response.statusCode());
			}
			if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
				throw new FeedUnreadable("page " + page + " is not JSON");
			}
			return this.json.readTree(response.body());
		}
		catch (TimeoutException ex) {
			answer.cancel(true);
			throw new FeedUnreadable("page " + page + " was not read within " + timeout);
		}
		catch (ExecutionException ex) {
			for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
				if (cause instanceof FeedUnreadable unreadable) {
					throw unreadable;
				}
			}
			throw new FeedUnreadable(
					"page " + page + " could not be read (" + ex.getCause().getClass().getSimpleName() + ")");
		}
		catch (IOException ex) {
			throw new FeedUnreadable("page " + page + " is not JSON");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FeedUnreadable("interrupted");
		}
	}

}
