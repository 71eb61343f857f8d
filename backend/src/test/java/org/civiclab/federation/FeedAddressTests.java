package org.civiclab.federation;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which addresses a feed may have, and how they are kept. */
class FeedAddressTests {

	private final FeedAddress closed = new FeedAddress(properties(false));

	@Test
	void keepsTheInstallationsAddressWithoutTheOpenDataPath() {
		assertThat(FeedAddress.normalized(" https://civiclab.example.org/api/open/ideas/ "))
			.isEqualTo("https://civiclab.example.org");
		assertThat(FeedAddress.normalized("https://example.org/civiclab/")).isEqualTo("https://example.org/civiclab");
	}

	@Test
	void refusesOtherSchemesCredentialsQueriesAndPrivateNetworks() {
		for (String refused : new String[] { "ftp://example.org", "file:///etc/passwd", "javascript:alert(1)",
				"https://user:pw@example.org", "https://example.org?page=1", "http://127.0.0.1:8080", "http://10.0.0.7",
				"http://169.254.169.254", "http://[::1]", "not an address" }) {
			assertThat(this.closed.refusal(refused)).as(refused).isPresent();
		}
		assertThat(new FeedAddress(properties(true)).refusal("http://127.0.0.1:8080")).isEmpty();
	}

	private static FederationProperties properties(boolean allowPrivate) {
		return new FederationProperties(Duration.ofMinutes(15), allowPrivate, Duration.ofSeconds(10),
				Duration.ofSeconds(60), 20, 100, 4_000_000);
	}

}
