package org.civiclab.demo;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.civiclab.CivicLabApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production profile will not run on demo data. (Production runs on PostgreSQL; here
 * its profile runs on an H2 file.)
 */
class ProductionGuardIT {

	@TempDir
	Path dataDir;

	@Test
	void refusesToStartOnADatabaseWithDemoPeople() {
		try (ConfigurableApplicationContext demo = start("default")) {
			assertThat(demo.isActive()).isTrue();
		}

		assertThatThrownBy(() -> start("prod").close()).hasStackTraceContaining("demo people exist");
	}

	@Test
	void startsOnAnEmptyDatabaseWithNoDemo() {
		try (ConfigurableApplicationContext production = start("prod")) {
			assertThat(production.getBean(org.civiclab.people.PersonRepository.class).count()).isZero();
			assertThat(production.containsBean("demoData")).isFalse();
		}
	}

	private ConfigurableApplicationContext start(String profile) {
		String url = "jdbc:h2:file:" + this.dataDir + "/civiclab;DB_CLOSE_ON_EXIT=FALSE";
		// Without the web layer: the cockpit's filters keep a static reference to the
		// last
		// context, and a context that fails to start (as these should) would leave it
		// stale.
		return new SpringApplicationBuilder(CivicLabApplication.class).profiles(profile)
			.web(WebApplicationType.NONE)
			.run("--civiclab.data-dir=" + this.dataDir, "--spring.datasource.url=" + url,
					"--spring.datasource.username=sa", "--spring.datasource.password=");
	}

}
