package org.civiclab.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.civiclab.people.PersonRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database with the demo: people for every role and ideas in every stage,
 * so that a newcomer sees a living pipeline. Off in production
 * ({@code civiclab.demo.enabled=false}).
 */
@Component
@ConditionalOnProperty(name = "civiclab.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoData implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	private final PersonRepository people;

	private final DemoPeople demoPeople;

	DemoData(PersonRepository people, DemoPeople demoPeople) {
		this.people = people;
		this.demoPeople = demoPeople;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.people.count() > 0) {
			return;
		}
		this.demoPeople.create();
		logger.info("Created the demo: {} people (password '{}')", DemoPeople.USERS.size(), DemoPeople.PASSWORD);
	}

}
