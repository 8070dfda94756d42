import { z } from "zod";

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: "must be an e-mail address" }))
  .transform((s) => s.toLowerCase());

/** Length only here; the common-password and e-mail rules run in checkPasswordRules. */
export const passwordSchema = z.string().min(1).max(256);

export const userSchema = z.strictObject({
  id: z.string(),
  email: z.string(),
  role: z.enum(["admin", "user"]),
  displayName: z.string().nullable(),
  coaches: z.boolean(),
});

export const userEnvelope = z.strictObject({ user: userSchema });
export const idParam = z.strictObject({ id: z.string().min(1).max(64) });
export const noContent = z.null();
