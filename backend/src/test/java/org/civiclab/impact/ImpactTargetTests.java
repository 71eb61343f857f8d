package org.civiclab.impact;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "A target is met", the one rule the dashboard and the catalogue share.
 */
class ImpactTargetTests {

	@Test
	void aTargetAboveItsBaselineIsMetAtOrAboveIt() {
		assertThat(ImpactTarget.reached(dec("10"), dec("40"), dec("40"))).isTrue();
		assertThat(ImpactTarget.reached(dec("10"), dec("40"), dec("41"))).isTrue();
		assertThat(ImpactTarget.reached(dec("10"), dec("40"), dec("39.99"))).isFalse();
	}

	@Test
	void aTargetBelowItsBaselineIsMetAtOrBelowIt() {
		assertThat(ImpactTarget.reached(dec("100"), dec("50"), dec("50"))).isTrue();
		assertThat(ImpactTarget.reached(dec("100"), dec("50"), dec("12"))).isTrue();
		assertThat(ImpactTarget.reached(dec("100"), dec("50"), dec("50.5"))).isFalse();
	}

	@Test
	void aTargetWhoseBaselineIsToBeMeasuredIsNeverMet() {
		assertThat(ImpactTarget.reached(null, dec("40"), dec("400"))).isFalse();
		assertThat(ImpactTarget.reached(null, dec("40"), dec("-400"))).isFalse();
	}

	private static BigDecimal dec(String value) {
		return new BigDecimal(value);
	}

}
