package org.civiclab.lists;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each type of custom field takes, and how it stores it.
 */
class FieldRulesTests {

	@ParameterizedTest(name = "{0} ''{1}'' → ''{2}''")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			TEXT   |  Room 4       | Room 4
			NUMBER | 1500          | 1500
			NUMBER | 2.50          | 2.5
			NUMBER | 1e3           | 1000
			NUMBER | forty         | -
			DATE   | 2026-03-01    | 2026-03-01
			DATE   | 1/3/2026      | -
			DATE   | 2026-02-30    | -
			CHOICE | eu grant      | EU grant
			CHOICE | OWN BUDGET    | Own budget
			CHOICE | Lottery       | -
			""")
	void aValueIsStoredInItsTypesFormOrRefused(FieldType type, String value, String stored) {
		FieldSpec field = new FieldSpec(7L, "Field", type, false,
				(type == FieldType.CHOICE) ? List.of("EU grant", "Own budget") : List.of());

		FieldRules.Result result = FieldRules.check(field, value);

		assertThat(result.stored().orElse(null)).isEqualTo(stored);
		assertThat(result.problem() == null).isEqualTo(stored != null);
	}

}
