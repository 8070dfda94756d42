import type { PageProps } from "../registry.js";
import { PageHeading } from "../../ui/page-heading.js";

export function OnboardingPage(_props: PageProps) {
  return (
    <section>
      <PageHeading>Set up your plan</PageHeading>
    </section>
  );
}
