/**
 * A value that breaks a rule of the domain. `field` names the input (as the caller spelled it
 * where possible) and `rule` says what was expected, so every edge (CLI flag, HTTP body) can
 * report it without guessing.
 *
 * @example
 * throw new InvalidInputError("heightCm", "height must be 100–250 cm");
 */
export class InvalidInputError extends Error {
  readonly field: string;
  readonly rule: string;

  constructor(field: string, rule: string) {
    super(`${field}: ${rule}`);
    this.name = "InvalidInputError";
    this.field = field;
    this.rule = rule;
  }
}

/**
 * Throws InvalidInputError unless `value` is a finite number within [min, max].
 *
 * @example
 * requireRange("ageYears", 34, 18, 100, "age must be 18–100 years"); // → 34
 */
export function requireRange(field: string, value: number, min: number, max: number, rule: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    throw new InvalidInputError(field, rule);
  }
  return value;
}
