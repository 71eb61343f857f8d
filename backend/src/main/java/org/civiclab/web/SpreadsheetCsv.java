package org.civiclab.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The one CSV writer of CivicLab, for files that people open in a spreadsheet (the open
 * data, the dashboard's export). A spreadsheet takes a cell that starts with {@code =},
 * {@code +}, {@code -} or {@code @} (or a tab or a carriage return before one, or their
 * full-width forms) for a formula, and a formula can fetch, link or run things; such a
 * text cell is written with an apostrophe in front, which spreadsheets read as "this is
 * text" (OWASP's advice on CSV injection). Numbers are written as they are: a number is
 * never a formula.
 */
public final class SpreadsheetCsv {

	private static final CsvMapper CSV = new CsvMapper();

	private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

	private SpreadsheetCsv() {
	}

	/** Rows of cells as CSV; a null cell is empty, an empty row an empty line. */
	public static String write(List<? extends List<?>> rows) {
		try (StringWriter out = new StringWriter();
				SequenceWriter writer = CSV.writerFor(Object[].class).with(CsvSchema.emptySchema()).writeValues(out)) {
			for (List<?> row : rows) {
				writer.write(row.stream().map(SpreadsheetCsv::cell).toArray());
			}
			writer.flush();
			return out.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!(value instanceof Number) && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
