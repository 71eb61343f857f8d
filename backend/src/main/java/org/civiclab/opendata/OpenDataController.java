package org.civiclab.opendata;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.civiclab.web.PageNumber;
import org.civiclab.web.Problems;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public portfolio as open data, for anyone without signing in: JSON and CSV, a page
 * at a time, under an open licence, described by a published JSON Schema, cacheable by
 * ETag (docs/adr/0019).
 */
@RestController
@RequestMapping("/api/open")
@Validated
class OpenDataController {

	static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	static final MediaType JSON_SCHEMA = MediaType.parseMediaType("application/schema+json");

	private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic();

	private final PublicPortfolioQuery query;

	private final OpenIdeaSchema schema;

	private final Fingerprints fingerprints;

	OpenDataController(PublicPortfolioQuery query, OpenIdeaSchema schema, Fingerprints fingerprints) {
		this.query = query;
		this.schema = schema;
		this.fingerprints = fingerprints;
	}

	/** One page of the public portfolio, as {@code ideas.schema.json} describes it. */
	record OpenIdeasPage(OpenLicence licence, String schema, int page, int size, long total, List<OpenIdea> ideas) {
	}

	/**
	 * Read the public portfolio. One page of the public ideas, failures included, under
	 * an open licence, as ideas.schema.json describes them; cacheable by ETag. No sign-in
	 * needed.
	 */
	@GetMapping(path = "/ideas", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<OpenIdeasPage> ideas(@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		PublicPortfolioQuery.Page found = this.query.page(page, size);
		OpenIdeasPage body = new OpenIdeasPage(OpenLicence.DATA, OpenIdeaSchema.PATH, page, size, found.total(),
				found.ideas());
		return cacheable(this.fingerprints.ofJson(body)).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	/**
	 * Export the public portfolio as CSV. One page of the public ideas as CSV, under an
	 * open licence; cacheable by ETag. No sign-in needed.
	 */
	@GetMapping(path = "/ideas.csv", produces = "text/csv")
	ResponseEntity<String> ideasAsCsv(@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		PublicPortfolioQuery.Page found = this.query.page(page, size);
		String csv = this.schema.csv(found.ideas());
		return cacheable(this.fingerprints.of(csv)).header("X-Total-Count", Long.toString(found.total()))
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"civiclab-ideas-" + page + ".csv\"")
			.contentType(CSV)
			.body(csv);
	}

	/**
	 * Read a public idea. One idea of the public portfolio by its reference; an idea that
	 * is not public answers 404. No sign-in needed.
	 */
	@GetMapping(path = "/ideas/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<OpenIdea> idea(@PathVariable String reference) {
		OpenIdea idea = this.query.one(reference).orElseThrow(() -> Problems.notFound("opendata.not-found", reference));
		return cacheable(this.fingerprints.ofJson(idea)).contentType(MediaType.APPLICATION_JSON).body(idea);
	}

	/**
	 * Read the open data's JSON Schema. The published schema that describes the public
	 * portfolio's ideas. No sign-in needed.
	 */
	@GetMapping(path = "/schema/ideas.json", produces = "application/schema+json")
	ResponseEntity<String> schema() {
		return cacheable(this.fingerprints.of(this.schema.text())).contentType(JSON_SCHEMA).body(this.schema.text());
	}

	/**
	 * Answers with an ETag and a public cache lifetime, and names the licence; a request
	 * whose If-None-Match names the same ETag gets 304 from Spring MVC.
	 */
	private static ResponseEntity.BodyBuilder cacheable(String etag) {
		return ResponseEntity.ok()
			.eTag(etag)
			.cacheControl(FIVE_MINUTES)
			.header(HttpHeaders.LINK, "<" + OpenLicence.DATA.url() + ">; rel=\"license\"");
	}

}
