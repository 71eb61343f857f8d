package org.civiclab.people;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who administers what, as a table: for each kind of person, whether they see the admin
 * pages at all, administer Norrvik (their own organisation) and Sjöstad, the
 * installation, manage a region's admin, and give or take the region's admin role.
 */
class AdministrationTests {

	private static final long NORRVIK = 1;

	private static final long SJOSTAD = 2;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# roles (of Norrvik)  | admin | Norrvik | Sjöstad | installation | manages region admin | grants region admin in Sjöstad | grants admin in Norrvik
					INTRAPRENEUR          | false | false   | false   | false        | false                | false                          | false
					LAB_LEAD              | false | false   | false   | false        | false                | false                          | false
					EXECUTIVE             | false | false   | false   | false        | false                | false                          | false
					LAB_LEAD EXECUTIVE    | false | false   | false   | false        | false                | false                          | false
					ADMIN                 | true  | true    | false   | false        | false                | false                          | true
					ADMIN LAB_LEAD        | true  | true    | false   | false        | false                | false                          | true
					REGION_ADMIN          | true  | true    | true    | true         | true                 | true                           | true
					ADMIN REGION_ADMIN    | true  | true    | true    | true         | true                 | true                           | true
					-                     | false | false   | false   | false        | false                | false                          | false
					""")
	void administersAsTheTableSays(String roles, boolean admin, boolean norrvik, boolean sjostad, boolean installation,
			boolean managesRegionAdmin, boolean grantsRegionAdmin, boolean grantsAdmin) {
		CurrentUser user = person(roles);

		assertThat(Administration.isAdmin(user)).as("is an admin").isEqualTo(admin);
		assertThat(Administration.administers(user, NORRVIK)).as("administers Norrvik").isEqualTo(norrvik);
		assertThat(Administration.administers(user, SJOSTAD)).as("administers Sjöstad").isEqualTo(sjostad);
		assertThat(Administration.administersInstallation(user)).as("administers the installation")
			.isEqualTo(installation);
		assertThat(Administration.manages(user, NORRVIK, EnumSet.of(Role.REGION_ADMIN)))
			.as("manages Norrvik's region admin")
			.isEqualTo(managesRegionAdmin);
		assertThat(
				Administration.maySetRoles(user, SJOSTAD, EnumSet.of(Role.INTRAPRENEUR), EnumSet.of(Role.REGION_ADMIN)))
			.as("makes a Sjöstad intrapreneur a region admin")
			.isEqualTo(grantsRegionAdmin);
		assertThat(Administration.maySetRoles(user, NORRVIK, EnumSet.of(Role.INTRAPRENEUR),
				EnumSet.of(Role.INTRAPRENEUR, Role.ADMIN)))
			.as("makes a Norrvik intrapreneur an admin")
			.isEqualTo(grantsAdmin);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# before              | after                 | by an organisation's admin | by a region's admin
			INTRAPRENEUR          | LAB_LEAD              | true                       | true
			INTRAPRENEUR          | REGION_ADMIN          | false                      | true
			REGION_ADMIN          | ADMIN                 | false                      | true
			REGION_ADMIN          | REGION_ADMIN LAB_LEAD | false                      | true
			ADMIN                 | INTRAPRENEUR          | true                       | true
			""")
	void onlyARegionsAdminGivesOrTakesTheRegionsAdminRole(String before, String after, boolean byAdmin,
			boolean byRegionAdmin) {
		assertThat(Administration.maySetRoles(person("ADMIN"), NORRVIK, roles(before), roles(after)))
			.isEqualTo(byAdmin);
		assertThat(Administration.maySetRoles(person("REGION_ADMIN"), NORRVIK, roles(before), roles(after)))
			.isEqualTo(byRegionAdmin);
	}

	private static CurrentUser person(String roles) {
		if ("-".equals(roles)) {
			return CurrentUser.ANONYMOUS;
		}
		return new CurrentUser(7L, "someone", "Someone", NORRVIK, null, roles(roles));
	}

	private static Set<Role> roles(String names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names.trim().split(" +")) {
			roles.add(Role.valueOf(name));
		}
		return roles;
	}

}
