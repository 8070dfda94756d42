/**
 * The server modules the CLI uses, loaded on first use: `leanback --help`, `timer`, `plan` and the
 * other pure commands never load the database drivers or the HTTP stack, which is most of a cold
 * start (docs/benchmarks.md, "CLI start").
 *
 * @example
 * const s = await serverModules();
 * const rt = s.openRuntime(config);
 */
export async function serverModules() {
  const [operations, runtime, admin, auth, log, barcode, foodOps, fdc, personal, off, report, sr28] =
    await Promise.all([
      import("@leanback/server/operations"),
      import("@leanback/server/runtime"),
      import("@leanback/server/accounts/admin"),
      import("@leanback/server/accounts/auth"),
      import("@leanback/server/http/log"),
      import("@leanback/server/food/barcode-lookup"),
      import("@leanback/server/food/food-ops"),
      import("@leanback/server/food/import-fdc"),
      import("@leanback/server/features/imports/personal-import"),
      import("@leanback/server/food/import-off"),
      import("@leanback/server/food/import-report"),
      import("@leanback/server/food/sr28-seed"),
    ]);
  return {
    ...operations,
    ...runtime,
    ...admin,
    ...auth,
    ...log,
    ...barcode,
    ...foodOps,
    ...fdc,
    ...personal,
    ...off,
    ...report,
    ...sr28,
  };
}

export type ServerModules = Awaited<ReturnType<typeof serverModules>>;
