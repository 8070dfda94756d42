import type { PageProps } from "../registry.js";
import { PageHeading } from "../../ui/page-heading.js";

export function SettingsPage(_props: PageProps) {
  return (
    <section>
      <PageHeading>Settings</PageHeading>
    </section>
  );
}
