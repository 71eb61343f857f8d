package org.civiclab;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * CivicLab: an idea-to-scale pipeline for municipal innovation labs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CivicLabApplication {

	public static void main(String[] args) {
		SpringApplication.run(CivicLabApplication.class, args);
	}

}
