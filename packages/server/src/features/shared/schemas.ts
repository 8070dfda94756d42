import { z } from "zod";

/** Client-made idempotency key for offline replay: the same key twice stores one row. */
export const clientIdSchema = z
  .string()
  .min(8, "clientId must be 8–100 characters")
  .max(100, "clientId must be 8–100 characters")
  .regex(/^[A-Za-z0-9._:-]+$/, "clientId may hold letters, digits and . _ : -");

export const noteSchema = z.string().max(1000, "note must be at most 1000 characters");

export const idParam = z.strictObject({ id: z.string().min(1).max(64) });

export const noContent = z.null();
