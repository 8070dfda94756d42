import type { Locator, Page } from "playwright-core";

/** The Back photos screen: pose guide, capture form with preview, comparison, the photo list. */
export class PhotosPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/photos");
    await this.page.getByRole("heading", { level: 1, name: "Back photos" }).waitFor();
  }

  captureForm(): Locator {
    return this.page.locator("form.capture");
  }

  /** Picks a pose and a day, attaches the file, waits for the preview, and uploads it. */
  async upload(opts: {
    pose: string;
    date: string;
    name: string;
    mimeType: string;
    buffer: Buffer;
  }): Promise<void> {
    const form = this.captureForm();
    await form.getByRole("radio", { name: opts.pose }).check();
    await form.getByLabel("Day of the photo").fill(opts.date);
    await form.getByLabel("Photo", { exact: true }).setInputFiles({
      name: opts.name,
      mimeType: opts.mimeType,
      buffer: opts.buffer,
    });
    await this.preview().waitFor();
    // Shown, not just present: the picture decodes from its blob: URL under the page's CSP.
    await this.page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>(".capture__preview img");
      return img !== null && img.complete && img.naturalWidth > 0;
    });
    await form.getByRole("button", { name: "Upload photo" }).click();
    await form.getByRole("status").filter({ hasText: "Saved" }).waitFor();
  }

  preview(): Locator {
    return this.captureForm().getByRole("img", { name: /not yet uploaded/ });
  }

  comparison(): Locator {
    return this.page.locator("section.compare");
  }

  summary(): Locator {
    return this.page.getByTestId("compare-summary");
  }

  /** The comparison's photo of a day (side by side, or the slider's stacked pair). */
  comparedPhoto(date: string): Locator {
    return this.comparison().getByRole("img", { name: new RegExp(`on ${date}$`) });
  }

  async showSlider(): Promise<void> {
    await this.comparison().getByRole("radio", { name: "Slider" }).check();
    await this.comparison().getByRole("slider").waitFor();
  }

  slider(): Locator {
    return this.comparison().getByRole("slider");
  }

  /** True once the browser has decoded the image (the bytes came back as a picture). */
  async decoded(img: Locator): Promise<boolean> {
    return img.evaluate(
      (el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0,
    );
  }
}
