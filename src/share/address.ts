/** A Belgian address as partners write it ("Kerkstraat 12, 1700 Dilbeek"), split for machines. */

export interface AddressParts {
  street: string;
  postalCode?: string;
  locality: string;
}

/**
 * Without a postal code and place we assume the site's municipality, as the map link does: partners
 * leave it out when the activity is in the municipality itself.
 */
export function splitAddress(address: string, municipality: string): AddressParts {
  const m = /^(.+?),\s*(\d{4})\s+(.+)$/.exec(address.trim());
  if (m) return { street: m[1]!.trim(), postalCode: m[2]!, locality: m[3]!.trim() };
  return { street: address.trim(), locality: municipality };
}
