import { hash, verify } from "@node-rs/argon2";
import { InvalidInputError } from "@leanback/core/errors";
import { isCommonPassword } from "./common-passwords.js";

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * Password rules (NIST SP 800-63B §5.1.1.2: length, no composition rules, refuse known-common
 * values and context-specific words such as the account's e-mail). Throws InvalidInputError.
 */
export function checkPasswordRules(password: string, email: string, field = "password"): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new InvalidInputError(field, `password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > MAX_PASSWORD_LENGTH)
    throw new InvalidInputError(field, `password must have at most ${MAX_PASSWORD_LENGTH} characters`);
  if (isCommonPassword(password))
    throw new InvalidInputError(field, "password is too common; choose another");
  const lower = password.toLowerCase();
  const mail = email.toLowerCase();
  const local = mail.split("@")[0] ?? "";
  if (lower === mail || (local.length >= 4 && lower === local))
    throw new InvalidInputError(field, "password must not be your e-mail address");
}

/** argon2id (the library default algorithm) with its default cost (~13 ms on our 2-core machines; bench/). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A valid hash of a random string: verified against when the account is unknown, so timing is alike. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash("leanback-dummy-" + Math.random().toString(36));
  return dummyHash;
}
