package org.civiclab.scim;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.JsonUtils;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The SDK parses and evaluates a filter; CivicLab refuses one on an attribute it does not
 * keep, and sends a lone {@code userName eq} to the database.
 */
class ScimFiltersTests {

	static final List<UserResource> USERS = List.of(user("1", "kim@norrvik.example", true),
			user("2", "lo@norrvik.example", false), user("3", "sam@sjostad.example", true));

	@Test
	void combinedFiltersAreEvaluatedOnTheKeptAttributes() throws ScimException {
		assertThat(ids("userName ew \"norrvik.example\" and active eq true")).containsExactly("1");
		assertThat(ids("userName eq \"LO@norrvik.example\" or emails[value sw \"sam\"]")).containsExactly("2", "3");
		assertThat(ids("not (active eq true)")).containsExactly("2");
		assertThat(ids(null)).containsExactly("1", "2", "3");
	}

	@Test
	void aFilterOnAnAttributeCivicLabDoesNotKeepIsAnInvalidFilter() {
		BadRequestException title = catchThrowableOfType(BadRequestException.class,
				() -> ScimFilters.parse("userName eq \"kim\" and title co \"x\"", ScimFilters.USER_ATTRIBUTES));
		BadRequestException broken = catchThrowableOfType(BadRequestException.class,
				() -> ScimFilters.parse("userName eq", ScimFilters.USER_ATTRIBUTES));

		assertThat(title.getScimError().getScimType()).isEqualTo("invalidFilter");
		assertThat(title.getScimError().getDetail()).contains("title");
		assertThat(broken.getScimError().getScimType()).isEqualTo("invalidFilter");
	}

	@Test
	void onlyALoneEqualityGoesStraightToTheDatabase() throws ScimException {
		assertThat(ScimFilters.parse("USERNAME eq \"kim\"", ScimFilters.USER_ATTRIBUTES).equalityOn("userName"))
			.contains("kim");
		assertThat(ScimFilters.parse("userName eq \"kim\" and active eq true", ScimFilters.USER_ATTRIBUTES)
			.equalityOn("userName")).isEmpty();
		assertThat(ScimFilters.parse("externalId eq \"kim\"", ScimFilters.USER_ATTRIBUTES).equalityOn("userName"))
			.isEmpty();
	}

	private static List<String> ids(String filter) throws ScimException {
		return ScimFilters.parse(filter, ScimFilters.USER_ATTRIBUTES)
			.select(USERS, (user) -> (ObjectNode) JsonUtils.valueToNode(user))
			.stream()
			.map(UserResource::getId)
			.toList();
	}

	private static UserResource user(String id, String userName, boolean active) {
		UserResource user = new UserResource().setUserName(userName)
			.setActive(active)
			.setEmails(List.of(new Email().setValue(userName).setType("work")));
		user.setId(id);
		return user;
	}

}
