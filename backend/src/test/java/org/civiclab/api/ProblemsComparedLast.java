package org.civiclab.api;

import java.util.Comparator;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs {@link DocumentedProblemsIT} after every other test class of the run, which keep
 * the order they were given in: it compares the problems they provoked with the API
 * document (set in {@code junit-platform.properties}).
 */
public class ProblemsComparedLast implements ClassOrderer {

	@Override
	public void orderClasses(ClassOrdererContext context) {
		// A stable sort: the others stay in the order they came in.
		context.getClassDescriptors()
			.sort(Comparator.comparing((descriptor) -> descriptor.getTestClass() == DocumentedProblemsIT.class));
	}

}
