package org.civiclab.idea;

/**
 * How far an idea is shared, chosen by its lab lead (docs/adr/0035). Beyond its
 * organisation it is published only from its screening Go on, and there people get the
 * shared view, never the internal deliberation.
 */
public enum Sharing {

	/** Its organisation only. */
	ORGANISATION,

	/**
	 * Also the other organisations of this installation: their people see the shared
	 * view, follow it and discuss it in the cross-organisation thread.
	 */
	REGION,

	/** Also everyone: the public portfolio, the open data, other installations. */
	PUBLIC;

	/** Whether people of other organisations of the installation may see it. */
	public boolean reachesRegion() {
		return this != ORGANISATION;
	}

}
