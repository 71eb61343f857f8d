package org.civiclab.opendata;

/**
 * The licence the open data is published under (docs/adr/0019).
 *
 * @param id the SPDX identifier
 * @param name the licence's name
 * @param url where it is published
 */
record OpenLicence(String id, String name, String url) {

	static final OpenLicence DATA = new OpenLicence("CC0-1.0", "Creative Commons Zero v1.0 Universal",
			"https://creativecommons.org/publicdomain/zero/1.0/");

}
