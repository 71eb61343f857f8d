package org.civiclab.challenge;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code civiclab.citizens.*}: how long residents' data is kept at most, and the limits
 * on what they send (docs/adr/0040-challenges.md).
 */
@ConfigurationProperties("civiclab.citizens")
record CitizenProperties(Period retention, int suggestionsPerHour, int supportsPerHour, int requestsPerMinute) {

	CitizenThrottle.Limit suggestions() {
		return new CitizenThrottle.Limit("suggestions", this.suggestionsPerHour, Duration.ofHours(1));
	}

	CitizenThrottle.Limit supports() {
		return new CitizenThrottle.Limit("supports", this.supportsPerHour, Duration.ofHours(1));
	}

	CitizenThrottle.Limit requests() {
		return new CitizenThrottle.Limit("client", this.requestsPerMinute, Duration.ofMinutes(1));
	}

}
