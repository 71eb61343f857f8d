package org.civiclab.privacy;

import java.util.List;
import java.util.Map;

/**
 * One kind of record that holds a person's data (a table, or the engine's records): what
 * it holds about a person, for their download, and how it forgets them, for an erasure.
 * Every bean of this type is asked by both (docs/adr/0026): a new table with a person in
 * it gets a bean (or a line in {@link CivicLabRecords}), and nothing else changes.
 */
public interface PersonalRecords {

	/** Its name in the download, e.g. "comments". */
	String name();

	/** What it holds about the person, as rows of named values. */
	List<Map<String, Object>> of(DataSubject subject);

	/**
	 * Removes the person's data or replaces it with the pseudonym, in the transaction of
	 * the erasure. The person's own row is pseudonymised after every record has been.
	 */
	void pseudonymise(DataSubject subject, Pseudonym pseudonym);

}
