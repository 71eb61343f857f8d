package org.civiclab.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one CSV writer: a text cell a spreadsheet would take for a formula is written as
 * text; numbers, empty cells and ordinary text as they are.
 */
class SpreadsheetCsvTests {

	@ParameterizedTest
	@ValueSource(strings = { "=1+2", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "\uFF1D1+2", "\uFF0B1", "\uFF0D1",
			"\uFF20SUM(A1)" })
	void aTextCellStartingLikeAFormulaIsWrittenAsText(String formula) {
		assertThat(SpreadsheetCsv.cell(formula)).isEqualTo("'" + formula);
	}

	@Test
	void numbersEmptyCellsAndOrdinaryTextAreWrittenAsTheyAre() {
		assertThat(
				SpreadsheetCsv.write(List.of(Arrays.asList(-1500, new BigDecimal("-2.50"), null, "", "a = b", "x-1"))))
			.isEqualTo("-1500,-2.50,,,\"a = b\",x-1\n");
	}

}
