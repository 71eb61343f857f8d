package org.civiclab;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * CivicLab: an idea-to-scale pipeline for municipal innovation labs.
 */
@SpringBootApplication
public class CivicLabApplication {

	public static void main(String[] args) {
		SpringApplication.run(CivicLabApplication.class, args);
	}

}
