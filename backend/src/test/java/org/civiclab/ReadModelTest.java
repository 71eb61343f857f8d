package org.civiclab;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * A slice test of the read models: the board's, the lessons' and the dashboard's queries
 * on an in-memory H2 database made by the Flyway migrations, with rows the test writes
 * ({@link IdeaRows}); each test's rows are rolled back. Every class with this annotation
 * shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@JdbcTest
@Import(ReadModelTest.Queries.class)
public @interface ReadModelTest {

	/** The queries, package-private in their features, found by name. */
	@TestConfiguration(proxyBeanMethods = false)
	@ComponentScan(basePackages = { "org.civiclab.board", "org.civiclab.portfolio" }, useDefaultFilters = false,
			includeFilters = @Filter(type = FilterType.REGEX,
					pattern = "org\\.civiclab\\.(board\\.BoardQuery|portfolio\\.(LessonsQuery|DashboardQuery|IdeaRecords))"))
	class Queries {

	}

}
