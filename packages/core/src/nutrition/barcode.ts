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
 * One product, one code: a valid GTIN in its shortest GS1 form. Every GTIN is the same number
 * padded to 14 digits (GS1 General Specifications §3.2), so a UPC-A "012345678905", its EAN-13
 * "0012345678905" and the GTIN-14 "00012345678905" are one product. The form kept: the EAN-8 when
 * the GTIN-14 starts with six zeros, else the EAN-13 when it starts with one, else the GTIN-14.
 *
 * @example
 * canonicalGtin("012345678905"); // → "0012345678905"
 * canonicalGtin("00000096385074"); // → "96385074"
 */
export function canonicalGtin(code: string): string {
  const gtin14 = code.padStart(14, "0");
  if (gtin14.startsWith("000000")) return gtin14.slice(6);
  if (gtin14.startsWith("0")) return gtin14.slice(1);
  return gtin14;
}

/**
 * Every length (14, 13, 12, 8 digits) the same GTIN can be written in, for finding foods stored
 * before codes were made canonical.
 *
 * @example
 * gtinForms("0012345678905"); // → ["00012345678905", "0012345678905", "012345678905"]
 */
export function gtinForms(code: string): string[] {
  const gtin14 = code.padStart(14, "0");
  return [14, 13, 12, 8]
    .filter((len) => /^0*$/.test(gtin14.slice(0, 14 - len)))
    .map((len) => gtin14.slice(14 - len));
}

/**
 * Normalises a scanned code (spaces and dashes removed), validates it and returns its canonical
 * GTIN (canonicalGtin), or throws InvalidInputError naming `barcode`.
 *
 * @example
 * parseBarcode("0 12345 67890 5"); // → "0012345678905"
 */
export function parseBarcode(raw: string): string {
  const code = raw.replace(/[\s-]/g, "");
  if (!/^\d+$/.test(code) || ![8, 12, 13, 14].includes(code.length)) {
    throw new InvalidInputError("barcode", "barcode must be 8, 12, 13 or 14 digits (EAN/UPC)");
  }
  if (!isValidGtin(code))
    throw new InvalidInputError("barcode", "barcode check digit is wrong (EAN/UPC mod-10)");
  return canonicalGtin(code);
}
