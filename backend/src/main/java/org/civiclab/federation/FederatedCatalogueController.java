package org.civiclab.federation;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The other installations' public pilots, for anyone signed in: their open data, so
 * nothing in it is withheld from anyone here.
 */
@RestController
class FederatedCatalogueController {

	private final FederatedCatalogue catalogue;

	FederatedCatalogueController(FederatedCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/**
	 * List the other installations' public pilots. As last read from their open data,
	 * each marked with its installation, its address there, and stale if its feed could
	 * not be read last time.
	 */
	@GetMapping("/api/catalogue/federated")
	List<FederatedPilot> pilots() {
		return this.catalogue.pilots();
	}

}
