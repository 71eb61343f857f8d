package org.civiclab.webhook;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTests {

	@Test
	void theSignatureIsTheHexHmacSha256OfTheBodyAsRfc4231Gives() {
		// RFC 4231, test case 2
		String signature = WebhookSignature.of("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8));

		assertThat(signature).isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
	}

	@Test
	void theSignatureIsTheOneGitHubsReceiversAlreadyVerify() {
		// GitHub's documented example of validating webhook deliveries
		String signature = WebhookSignature.of("It's a Secret to Everybody",
				"Hello, World!".getBytes(StandardCharsets.UTF_8));

		assertThat(signature).isEqualTo("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");
	}

}
