package org.civiclab;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryTests {

	@Test
	void aRelativeDataDirectoryBecomesAbsolute() {
		assertThat(resolve("mydata")).isEqualTo(Path.of("mydata").toAbsolutePath().normalize().toString());
		assertThat(resolve("./data/../data")).isEqualTo(Path.of("data").toAbsolutePath().toString());
	}

	@Test
	void anAbsoluteDataDirectoryStaysAsItIs() {
		assertThat(resolve("/srv/civiclab")).isEqualTo("/srv/civiclab");
	}

	private static String resolve(String configured) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of(DataDirectory.PROPERTY, configured)));
		new DataDirectory().postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty(DataDirectory.PROPERTY);
	}

}
