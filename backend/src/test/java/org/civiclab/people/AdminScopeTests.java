package org.civiclab.people;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The one check every admin endpoint asks, as a table: what each kind of person gets for
 * their own organisation (Norrvik), another (Sjöstad), one that does not exist, and the
 * installation. 0 is let through; 403 and 404 are the refusals the house rules give.
 */
class AdminScopeTests {

	private static final long NORRVIK = 1;

	private static final long SJOSTAD = 2;

	private static final long NONE = 99;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# roles (of Norrvik) | admin | Norrvik | Sjöstad | no such organisation | installation
			INTRAPRENEUR         | 403   | 403     | 403     | 403                  | 403
			LAB_LEAD EXECUTIVE   | 403   | 403     | 403     | 403                  | 403
			ADMIN                | 0     | 0       | 404     | 404                  | 403
			REGION_ADMIN         | 0     | 0       | 0       | 404                  | 0
			-                    | 403   | 403     | 403     | 403                  | 403
			""")
	void refusesAsTheTableSays(String roles, int admin, int norrvik, int sjostad, int none, int installation) {
		OrganisationRepository organisations = mock(OrganisationRepository.class);
		given(organisations.existsById(anyLong())).willAnswer((call) -> !call.getArgument(0).equals(NONE));
		AdminScope scope = new AdminScope(organisations);
		CurrentUser user = person(roles);

		assertThat(status(() -> scope.requireAdmin(user))).as("an admin").isEqualTo(admin);
		assertThat(status(() -> scope.requireAdministers(user, NORRVIK))).as("Norrvik").isEqualTo(norrvik);
		assertThat(status(() -> scope.requireAdministers(user, SJOSTAD))).as("Sjöstad").isEqualTo(sjostad);
		assertThat(status(() -> scope.requireAdministers(user, NONE))).as("no such organisation").isEqualTo(none);
		assertThat(status(() -> scope.requireAdministersInstallation(user, "organisation.region-admin-only")))
			.as("the installation")
			.isEqualTo(installation);
	}

	private static int status(Runnable check) {
		ErrorResponseException refused = catchThrowableOfType(ErrorResponseException.class, check::run);
		return (refused != null) ? refused.getStatusCode().value() : 0;
	}

	private static CurrentUser person(String roles) {
		if ("-".equals(roles)) {
			return CurrentUser.ANONYMOUS;
		}
		Set<Role> held = Arrays.stream(roles.split(" "))
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
		return new CurrentUser(7L, "someone", "Someone", NORRVIK, null, held);
	}

}
