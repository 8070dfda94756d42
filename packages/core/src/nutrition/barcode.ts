import { InvalidInputError } from "../errors.js";

/**
 * True when `code` is a GTIN-8, UPC-A (GTIN-12), EAN-13 or GTIN-14 with a valid GS1 mod-10
 * check digit (GS1 General Specifications §7.9.1: weights 3,1,3,… from the right, excluding
 * the check digit).
 *
 * @example
 * isValidGtin("4006381333931"); // → true
 */
export function isValidGtin(code: string): boolean {
  if (!/^(\d{8}|\d{12,14})$/.test(code)) return false;
  const digits = [...code].map(Number);
  const check = digits.pop();
  let sum = 0;
  digits.reverse().forEach((d, i) => {
    sum += d * (i % 2 === 0 ? 3 : 1);
  });
  return (10 - (sum % 10)) % 10 === check;
}

/**
 * Normalises a scanned code (spaces and dashes removed) and validates it, or throws
 * InvalidInputError naming `barcode`.
 *
 * @example
 * parseBarcode("0 12345 67890 5"); // → "012345678905"
 */
export function parseBarcode(raw: string): string {
  const code = raw.replace(/[\s-]/g, "");
  if (!/^\d+$/.test(code) || ![8, 12, 13, 14].includes(code.length)) {
    throw new InvalidInputError("barcode", "barcode must be 8, 12, 13 or 14 digits (EAN/UPC)");
  }
  if (!isValidGtin(code))
    throw new InvalidInputError("barcode", "barcode check digit is wrong (EAN/UPC mod-10)");
  return code;
}
