package org.civiclab.lists;

import java.util.Arrays;

import org.civiclab.web.Problems;

import org.springframework.context.MessageSourceResolvable;

/**
 * The lists an organisation keeps, each under its name in the API.
 */
public enum ListKind {

	DEPARTMENTS("departments", "department"), THEMES("themes", "theme"),
	RECEIVING_UNITS("receiving-units", "receiving unit");

	private final String apiName;

	private final String singular;

	ListKind(String apiName, String singular) {
		this.apiName = apiName;
		this.singular = singular;
	}

	public String apiName() {
		return this.apiName;
	}

	/** The list's name in a message, in the reader's language. */
	MessageSourceResolvable label() {
		return Problems.message("list.kind." + this.apiName);
	}

	String singular() {
		return this.singular;
	}

	/** The kind of this name in a path; an unknown kind answers 404. */
	static ListKind of(String apiName) {
		return Arrays.stream(values())
			.filter((kind) -> kind.apiName.equals(apiName))
			.findFirst()
			.orElseThrow(() -> Problems.notFound("list.not-found", apiName));
	}

}
