import serverPackage from "../../package.json" with { type: "json" };

/**
 * The User-Agent Open Food Facts asks every app to send ("AppName/Version (contact)", their API
 * docs): our name and version, and this server's public origin when it has one, so the
 * operator can be reached; a self-hosted server has no shared contact of ours to give.
 */
export function offUserAgent(publicOrigin: string | null = null): string {
  return `leanback/${serverPackage.version} (self-hosted food diary${publicOrigin ? `; ${publicOrigin}` : ""})`;
}

/** The product fields the barcode lookup reads: asking for no more keeps the answer small. */
export const OFF_PRODUCT_FIELDS =
  "code,product_name,generic_name,brands,categories,serving_quantity,serving_size,nutriments";
