package org.civiclab.webhook;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AddressRuleTests {

	private final AddressRule rule = new AddressRule(properties(false));

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1/hook", "http://localhost:8080/hook", "https://10.1.2.3/hook",
			"http://172.16.0.1/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data", "http://0.0.0.0/",
			"http://[::1]/", "http://[fd00::1]/", "http://[fe80::1]/", "http://100.64.0.1/" })
	void anAddressOnTheLoopbackAPrivateOrALinkLocalNetworkIsRefused(String url) {
		assertThat(this.rule.refusal(url)).hasValueSatisfying((why) -> assertThat(why).contains("network"));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "ftp://93.184.215.14/hook", "file:///etc/passwd", "93.184.215.14/hook", "javascript:alert(1)" })
	void anAddressThatIsNotHttpOrHttpsIsRefused(String url) {
		assertThat(this.rule.refusal(url)).hasValue("must be an http or https address");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "https://93.184.215.14/hook", "http://93.184.215.14:8443/a?b=c", "https://[2606:4700::1]/" })
	void aPublicHttpOrHttpsAddressIsTaken(String url) {
		assertThat(this.rule.refusal(url)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:9000/hook", "http://localhost/hook", "http://10.0.0.1/" })
	void privateAddressesAreTakenWhereTheInstallationAllowsThem(String url) {
		assertThat(new AddressRule(properties(true)).refusal(url)).isEmpty();
	}

	private static WebhookProperties properties(boolean allowPrivate) {
		return new WebhookProperties(allowPrivate, Duration.ofSeconds(30), Duration.ofHours(1), 10,
				Duration.ofSeconds(10), 20);
	}

}
