package org.civiclab.demo;

import java.util.List;
import java.util.Set;

import org.civiclab.people.PersonRepository;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production CivicLab refuses to start while a demo person exists or the cockpit's
 * administrator has a default or short password.
 */
@Component
@Profile("prod")
class ProductionGuard implements SmartInitializingSingleton {

	static final Set<String> DEFAULT_PASSWORDS = Set.of("admin", "demo", "password", "changeit", "camunda");

	static final int MINIMUM_PASSWORD_LENGTH = 12;

	private final PersonRepository people;

	private final String adminPassword;

	ProductionGuard(PersonRepository people, @Value("${camunda.bpm.admin-user.password:}") String adminPassword) {
		this.people = people;
		this.adminPassword = adminPassword;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> demoPeople = DemoPeople.USERS.stream()
			.map(DemoPeople.DemoUser::username)
			.filter((username) -> this.people.findByUsername(username).isPresent())
			.toList();
		if (!demoPeople.isEmpty()) {
			throw new IllegalStateException("Refusing to start in production: demo people exist " + demoPeople
					+ "; this database holds demo data");
		}
		if (DEFAULT_PASSWORDS.contains(this.adminPassword.toLowerCase())
				|| this.adminPassword.length() < MINIMUM_PASSWORD_LENGTH) {
			throw new IllegalStateException("Refusing to start in production: the cockpit administrator's password "
					+ "(CIVICLAB_ADMIN_PASSWORD) is a default or shorter than " + MINIMUM_PASSWORD_LENGTH
					+ " characters");
		}
	}

}
