package org.civiclab.challenge;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.civiclab.people.CurrentUser;
import org.civiclab.people.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The challenge rulebook as a table: who reads, manages and moderates a challenge of
 * organisation 1, per audience.
 */
class ChallengePolicyTests {

	private static final CurrentUser LAB_LEAD = user(1L, Role.LAB_LEAD);

	private static final CurrentUser EXECUTIVE = user(1L, Role.EXECUTIVE);

	private static final CurrentUser INTRAPRENEUR = user(1L, Role.INTRAPRENEUR);

	private static final CurrentUser ADMIN = user(1L, Role.ADMIN);

	private static final CurrentUser OTHER_LAB_LEAD = user(2L, Role.LAB_LEAD);

	private static final CurrentUser ANONYMOUS = CurrentUser.ANONYMOUS;

	static Stream<Arguments> rules() {
		return Stream.of(
		// @formatter:off
				// who, audience, reads, manages, moderates
				Arguments.of(LAB_LEAD, Audience.STAFF, true, true, true),
				Arguments.of(EXECUTIVE, Audience.STAFF, true, true, false),
				Arguments.of(INTRAPRENEUR, Audience.STAFF, true, false, false),
				Arguments.of(ADMIN, Audience.STAFF, true, false, false),
				Arguments.of(OTHER_LAB_LEAD, Audience.STAFF, false, false, false),
				Arguments.of(ANONYMOUS, Audience.STAFF, false, false, false),
				Arguments.of(OTHER_LAB_LEAD, Audience.REGION, true, false, false),
				Arguments.of(ANONYMOUS, Audience.REGION, false, false, false),
				Arguments.of(LAB_LEAD, Audience.PUBLIC, true, true, true),
				Arguments.of(OTHER_LAB_LEAD, Audience.PUBLIC, true, false, false),
				Arguments.of(ANONYMOUS, Audience.PUBLIC, true, false, false));
		// @formatter:on
	}

	@ParameterizedTest
	@MethodSource("rules")
	void whoReadsManagesAndModerates(CurrentUser user, Audience audience, boolean reads, boolean manages,
			boolean moderates) {
		ChallengePolicy.Facts challenge = new ChallengePolicy.Facts(1L, audience);

		assertThat(ChallengePolicy.mayRead(user, challenge)).as("reads").isEqualTo(reads);
		assertThat(ChallengePolicy.mayManage(user, challenge)).as("manages").isEqualTo(manages);
		assertThat(ChallengePolicy.mayModerate(user, challenge)).as("moderates").isEqualTo(moderates);
	}

	private static CurrentUser user(Long organisationId, Role role) {
		return new CurrentUser(organisationId * 10 + role.ordinal(), role.group() + organisationId, "Someone",
				organisationId, null, Set.of(role));
	}

}
