package org.civiclab;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code civiclab.data-dir} an absolute path before anything uses it, so that
 * {@code --civiclab.data-dir=mydata} works as well as {@code ./data} or {@code /srv/data}
 * (H2 refuses file paths that are implicitly relative).
 */
class DataDirectory implements EnvironmentPostProcessor {

	static final String PROPERTY = "civiclab.data-dir";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String configured = environment.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
			environment.getPropertySources()
				.addFirst(new MapPropertySource("civiclabDataDirectory", Map.of(PROPERTY, absolute)));
		}
	}

}
