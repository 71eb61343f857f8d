package org.civiclab.demo;

import java.util.List;
import java.util.Set;

import org.civiclab.people.Role;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.springframework.lang.Nullable;

/**
 * In the demo, the sign-in page lists who one can sign in as. Absent in production.
 */
@RestController
@ConditionalOnProperty(name = "civiclab.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoUsersController {

	record DemoUserView(String username, String name, String organisation, @Nullable String department, Set<Role> roles,
			String password) {
	}

	/**
	 * List the demo's users. In the demo, who one can sign in as, for the sign-in page.
	 * Absent in production.
	 */
	@GetMapping("/api/session/demo-users")
	List<DemoUserView> demoUsers() {
		return DemoPeople.USERS.stream()
			.map((user) -> new DemoUserView(user.username(), user.name(), user.organisation(), user.department(),
					user.roles(), DemoPeople.PASSWORD))
			.toList();
	}

}
