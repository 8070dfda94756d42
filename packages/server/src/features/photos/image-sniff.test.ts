import { describe, expect, it } from "vitest";
import { strToU8, zipSync } from "fflate";
import sharp from "sharp";
import { appendedFile, sniffImage } from "./image-sniff.js";
import { jpegOf, pngOf, SVG } from "./test-images.js";

describe("sniffImage", () => {
  it("knows JPEG, PNG and WebP by their bytes and finds where each image ends", async () => {
    const jpeg = await jpegOf(40, 30);
    const png = await pngOf(40, 30);
    const webp = await sharp(png).webp().toBuffer();
    const progressive = await sharp(png).jpeg({ progressive: true }).toBuffer();
    expect(sniffImage(jpeg)).toEqual({ kind: "jpeg", end: jpeg.length });
    expect(sniffImage(progressive)).toEqual({ kind: "jpeg", end: progressive.length });
    expect(sniffImage(png)).toEqual({ kind: "png", end: png.length });
    expect(sniffImage(webp)).toEqual({ kind: "webp", end: webp.length });
  });

  it("refuses SVG, GIF, text and empty files", async () => {
    const gif = await sharp(await pngOf(4, 4))
      .gif()
      .toBuffer();
    expect(sniffImage(SVG)).toBeNull();
    expect(sniffImage(gif)).toBeNull();
    expect(sniffImage(strToU8("hello"))).toBeNull();
    expect(sniffImage(new Uint8Array(0))).toBeNull();
  });

  it("ends an image before anything appended to it (a polyglot) and spots a cut-short one", async () => {
    const jpeg = await jpegOf(40, 30);
    const zip = zipSync({ "a.html": strToU8("<script>alert(1)</script>") });
    const polyglot = Buffer.concat([jpeg, zip]);
    expect(sniffImage(polyglot)).toEqual({ kind: "jpeg", end: jpeg.length });
    const png = await pngOf(8, 8);
    expect(sniffImage(Buffer.concat([png, strToU8("<html>")]))?.end).toBe(png.length);
    expect(sniffImage(jpeg.subarray(0, jpeg.length - 10))).toEqual({ kind: "jpeg", end: null });
    expect(sniffImage(png.subarray(0, png.length - 4))).toEqual({ kind: "png", end: null });
  });

  it("names a second file after the image: markup, an archive, a PDF or a program; not padding or video", () => {
    expect(appendedFile(strToU8("\n<HTML><body>hi"))).toBe("an HTML, SVG, XML or script document");
    expect(appendedFile(strToU8("xx<svg onload=alert(1)>"))).toBe("an HTML, SVG, XML or script document");
    expect(appendedFile(zipSync({ "a.txt": strToU8("a") }))).toBe("a ZIP archive");
    expect(appendedFile(strToU8("%PDF-1.7 ..."))).toBe("a PDF document");
    expect(appendedFile(strToU8("MZ\x90\0"))).toBe("a program");
    expect(appendedFile(new Uint8Array(256))).toBeNull();
    expect(appendedFile(strToU8("\0\0\0\x18ftypmp42 video bytes"))).toBeNull();
  });
});
