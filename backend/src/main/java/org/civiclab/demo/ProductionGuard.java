package org.civiclab.demo;

import java.util.List;

import org.civiclab.people.PersonRepository;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production CivicLab refuses to start while a demo person exists. (The engine's
 * cockpit has no password of its own to check: CivicLab's admins sign in to it,
 * docs/adr/0027.)
 */
@Component
@Profile("prod")
class ProductionGuard implements SmartInitializingSingleton {

	private final PersonRepository people;

	ProductionGuard(PersonRepository people) {
		this.people = people;
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
	}

}
