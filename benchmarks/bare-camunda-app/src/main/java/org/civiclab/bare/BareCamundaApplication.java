package org.civiclab.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application with the embedded Camunda engine and nothing else: the
 * baseline that CivicLab's start-up time and memory are compared with.
 */
@SpringBootApplication
public class BareCamundaApplication {

	public static void main(String[] args) {
		SpringApplication.run(BareCamundaApplication.class, args);
	}

}
