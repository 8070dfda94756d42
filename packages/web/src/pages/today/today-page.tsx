import type { PageProps } from "../registry.js";
import { PageHeading } from "../../ui/page-heading.js";

export function TodayPage(_props: PageProps) {
  return (
    <section>
      <PageHeading>Today</PageHeading>
    </section>
  );
}
