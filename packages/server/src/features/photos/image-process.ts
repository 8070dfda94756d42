import sharp from "sharp";
import { HttpError } from "../../http/errors.js";
import { appendedFile, sniffImage } from "./image-sniff.js";

/** Largest upload accepted, in bytes (a 50-megapixel phone JPEG is about 15 MB). */
export const PHOTO_MAX_BYTES = 25 * 1024 * 1024;
/** Largest side and pixel count accepted, read from the header before any pixel is decoded. */
export const PHOTO_MAX_SIDE = 10_000;
export const PHOTO_MAX_PIXELS = 60_000_000;
/** Stored photos are re-encoded JPEGs whose long side is at most this. */
export const PHOTO_LONG_SIDE = 1600;
const JPEG_QUALITY = 82;

// Private photos: libvips keeps no decoded images between requests.
sharp.cache(false);

export interface ProcessedPhoto {
  readonly data: Buffer;
  readonly contentType: "image/jpeg";
  readonly width: number;
  readonly height: number;
}

function refuse(status: number, code: string, message: string): HttpError {
  return new HttpError(status, code, message);
}

/**
 * Checks an upload and re-encodes it: type from the magic bytes (JPEG, PNG or WebP), no second
 * file (a document, archive or program) after the image's end, dimensions from the header within the limits, then turned upright by its
 * EXIF orientation, shrunk to PHOTO_LONG_SIDE and written as a fresh JPEG without any metadata
 * (EXIF, GPS, XMP, ICC: sharp drops it all unless asked to keep it).
 */
export async function processPhoto(bytes: Uint8Array): Promise<ProcessedPhoto> {
  if (bytes.length === 0) throw refuse(400, "empty_body", "send the image file as the request body");
  const sniffed = sniffImage(bytes);
  if (sniffed === null) {
    throw refuse(
      415,
      "unsupported_image_type",
      "the file is not a JPEG, PNG or WebP image (judged by its content, not its name or type)",
    );
  }
  if (sniffed.end === null) {
    throw refuse(422, "damaged_image", `the ${sniffed.kind.toUpperCase()} file is damaged or cut short`);
  }
  const hidden = appendedFile(bytes.subarray(sniffed.end));
  if (hidden !== null) {
    throw refuse(
      422,
      "image_not_alone",
      `after the end of its ${sniffed.kind.toUpperCase()} image the file holds ${hidden}; a file that is also something else is refused`,
    );
  }
  // Only the image itself goes to the decoder: a camera's trailer stops here.
  const image = bytes.subarray(0, sniffed.end);
  const input = () => sharp(image, { limitInputPixels: PHOTO_MAX_PIXELS, failOn: "error" });
  // Header only: no pixel is decoded here, so no pixel limit is needed for this step.
  const meta = await sharp(image, { limitInputPixels: false, failOn: "error" })
    .metadata()
    .catch(() => {
      throw refuse(422, "damaged_image", `the ${sniffed.kind.toUpperCase()} file cannot be read`);
    });
  if (meta.format !== sniffed.kind) {
    throw refuse(422, "damaged_image", `the file starts like ${sniffed.kind.toUpperCase()} but is not one`);
  }
  const { width, height } = meta;
  if (width > PHOTO_MAX_SIDE || height > PHOTO_MAX_SIDE || width * height > PHOTO_MAX_PIXELS) {
    throw refuse(
      422,
      "image_too_large",
      `the image is ${width} × ${height} px; at most ${PHOTO_MAX_SIDE.toLocaleString("en")} px a side and ${PHOTO_MAX_PIXELS / 1_000_000} megapixels`,
    );
  }
  try {
    const { data, info } = await input()
      .rotate()
      .resize({ width: PHOTO_LONG_SIDE, height: PHOTO_LONG_SIDE, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { data, contentType: "image/jpeg", width: info.width, height: info.height };
  } catch {
    throw refuse(422, "damaged_image", `the ${sniffed.kind.toUpperCase()} image cannot be decoded`);
  }
}
